import { UnsupportedPathError, type Result, type Router } from "hono/router";
import { RegExpRouter } from "hono/router/reg-exp-router";
import { TrieRouter } from "hono/router/trie-router";

/** A path with no parameter (`:name`), no optional part and no wildcard: it matches itself only. */
function isStatic(path: string): boolean {
  return !/[:*?]/.test(path);
}

/**
 * The app's router: hono's one-regular-expression router for every request it can answer, its trie
 * router for the rest, chosen per request path, so neither a static route beside a parameter nor the
 * route set's order costs the hot paths anything.
 *
 * Why: RegExpRouter, by far the faster matcher, refuses a route set where a static path sits beside a
 * parameter at the same place (`GET /v1/recordings/download` next to `GET /v1/recordings/:id`), and hono's
 * SmartRouter then falls back to TrieRouter for every request (measured: about 8 % of the CPU of a keyed
 * media read). Here every route goes to the trie, and every route that is not static goes to a
 * RegExpRouter as well, which then never sees a static path to refuse. A request whose path is one of the
 * static routes' paths asks the trie; any other path cannot match a static route, so the RegExpRouter,
 * holding every other route, gives it exactly the trie's answer (the same handlers, in the same order).
 *
 * RegExpRouter also refuses two parameters, or a parameter and a static segment, at the same place of two
 * non-static routes (`/docs/:file` beside `/docs/vendor/swagger-ui/:file`). Should a route ever do that, the
 * trie answers every request, as hono's SmartRouter would: slower, never wrong. `fast` says which it is, and
 * a test keeps the app's routes on the fast side.
 */
export class SplitRouter<T> implements Router<T> {
  name = "SplitRouter";
  readonly #trie = new TrieRouter<T>();
  #regExp: RegExpRouter<T> | undefined = new RegExpRouter<T>();
  readonly #staticPaths = new Set<string>();

  /** Whether requests to paths that are not a static route's are matched by the RegExpRouter. */
  get fast(): boolean {
    return this.#regExp !== undefined;
  }

  add(method: string, path: string, handler: T): void {
    this.#trie.add(method, path, handler);
    if (isStatic(path)) this.#staticPaths.add(path);
    else this.#tryRegExp((router) => router.add(method, path, handler));
  }

  match(method: string, path: string): Result<T> {
    if (!this.#staticPaths.has(path)) {
      // The first match builds the RegExpRouter's expression, which can refuse the routes too.
      const result = this.#tryRegExp((router) => router.match(method, path));
      if (result) return result;
    }
    return this.#trie.match(method, path);
  }

  /** Runs `use` on the RegExpRouter; when it refuses the routes, drops it for good (undefined). */
  #tryRegExp<R>(use: (router: RegExpRouter<T>) => R): R | undefined {
    if (!this.#regExp) return undefined;
    try {
      return use(this.#regExp);
    } catch (error) {
      if (!(error instanceof UnsupportedPathError)) throw error;
      this.#regExp = undefined;
      return undefined;
    }
  }
}
