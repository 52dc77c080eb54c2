import { RegExpRouter } from "hono/router/reg-exp-router";
import { TrieRouter } from "hono/router/trie-router";
import type { Result } from "hono/router";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { SplitRouter } from "../../src/lib/router";
import { documentsOnly } from "../../src/lib/create-router";
import { ArchiveRequestHeadersSchema, MediaRequestHeadersSchema } from "../../src/lib/openapi-headers";
import { z } from "@hono/zod-openapi";

/** A router's answer as text: each handler in order, with its parameters (sorted by name). */
function answer(result: Result<string>): string[] {
  const [handlers, stash] = result as [[string, Record<string, string | number>][], string[]?];
  return handlers.map(([handler, params]) => {
    const values = Object.entries(params).map(([name, v]) => [name, stash ? stash[v as number] : v]);
    return `${handler} ${JSON.stringify(values.sort())}`;
  });
}

const routes = createApp().routes;
const label = (i: number) => `${i} ${routes[i]!.method} ${routes[i]!.path}`;

/** Every route's path with its parameters filled in twice over (an ordinary value, and one that spells a static sibling), with and without a trailing slash, and a few that match nothing. */
function samplePaths(): string[] {
  const paths = new Set(["/", "/nope", "/v1", "/v1/", "/docs/", "/v1/recordings//media"]);
  for (const { path } of routes) {
    for (const value of ["p1", "download", "bulk-download"]) {
      const filled = path.replace(/:[A-Za-z_]+/g, value).replace(/\*$/, "a/b");
      paths.add(filled);
      paths.add(`${filled}/`);
    }
  }
  return [...paths];
}

describe("the app's router", () => {
  it("gives every request the trie router's answer: the same handlers, in the same order, with the same parameters", () => {
    const trie = new TrieRouter<string>();
    const split = new SplitRouter<string>();
    routes.forEach((r, i) => {
      trie.add(r.method, r.path, label(i));
      split.add(r.method, r.path, label(i));
    });
    let compared = 0;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "BREW"]) {
      for (const path of samplePaths()) {
        expect(answer(split.match(method, path)), `${method} ${path}`).toEqual(answer(trie.match(method, path)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("matches every route with a parameter or wildcard with one regular expression, which hono's own would refuse for the whole set", () => {
    const whole = new RegExpRouter<string>();
    expect(() => routes.forEach((r, i) => whole.add(r.method, r.path, label(i)))).toThrow(/\/v1\/recordings\/:id/);
    const dynamic = new RegExpRouter<string>();
    routes.forEach((r, i) => {
      if (/[:*?]/.test(r.path)) dynamic.add(r.method, r.path, label(i));
    });
    const media = answer(dynamic.match("GET", "/v1/recordings/rec_1/media/med_1"));
    expect(media.some((h) => h.includes("GET /v1/recordings/:id/media/:media_id") && h.includes('["id","rec_1"]'))).toBe(true);
  });

  it("is on its fast side for the app: no two routes with parameters that RegExpRouter refuses", () => {
    const app = createApp();
    const router = app.router as SplitRouter<unknown>;
    expect(router).toBeInstanceOf(SplitRouter);
    router.match("GET", "/v1/recordings/rec_1/media");
    expect(router.fast).toBe(true);
  });

  it("falls back to the trie for every request when RegExpRouter refuses a route, and still answers right", () => {
    const trie = new TrieRouter<string>();
    const split = new SplitRouter<string>();
    for (const [method, path] of [["ALL", "*"], ["GET", "/docs"], ["GET", "/docs/:file"], ["GET", "/docs/vendor/swagger-ui/:file"]] as const) {
      trie.add(method, path, `${method} ${path}`);
      split.add(method, path, `${method} ${path}`);
    }
    expect(split.fast).toBe(false);
    for (const path of ["/docs", "/docs/api.md", "/docs/vendor/swagger-ui/a.js", "/docs/vendor/x/y"]) {
      expect(answer(split.match("GET", path)), path).toEqual(answer(trie.match("GET", path)));
    }
  });
});

describe("documentation-only request headers", () => {
  it("are optional strings without checks: ranges, conditionals, digests; anything else is validated", () => {
    expect(documentsOnly(MediaRequestHeadersSchema)).toBe(true);
    expect(documentsOnly(ArchiveRequestHeadersSchema)).toBe(true);
    expect(documentsOnly(z.object({ Range: z.string().optional(), "X-Count": z.string().regex(/^\d+$/).optional() }))).toBe(false);
    expect(documentsOnly(z.object({ Range: z.string() }))).toBe(false);
    expect(documentsOnly(z.object({ Count: z.coerce.number().optional() }))).toBe(false);
  });
});
