// Binding wrappers that count, per request, the calls that leave the Worker: D1 (to the primary or to a
// replica, by the Sessions API's routing rules), R2, and the colo cache. Benchmark only.

/** One request's calls. */
export interface Counts {
  d1Primary: number;
  d1Replica: number;
  r2: number;
  cacheMatch: number;
  cacheHit: number;
  cachePut: number;
}

export const emptyCounts = (): Counts => ({ d1Primary: 0, d1Replica: 0, r2: 0, cacheMatch: 0, cacheHit: 0, cachePut: 0 });

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i;
const EXECUTE = new Set(["run", "all", "first", "raw"]);

/**
 * Where D1 sends a query of a session (developers.cloudflare.com/d1/best-practices/read-replication):
 * writes to the primary; the first query of a "first-primary" session to the primary; every other read
 * to a replica (with a bookmark, one at least that new). Queries on the binding itself always reach the
 * primary: D1 uses replicas only through sessions.
 */
function router(counts: Counts, start: string | null): (write: boolean) => void {
  let first = true;
  return (write) => {
    const primary = start === null || write || (first && start === "first-primary");
    first = false;
    if (primary) counts.d1Primary += 1;
    else counts.d1Replica += 1;
  };
}

const sqlOf = new WeakMap<object, string>();

function countedStatement(statement: D1PreparedStatement, sql: string, route: (write: boolean) => void): D1PreparedStatement {
  const wrapped = new Proxy(statement, {
    get(target, name) {
      if (name === "bind") return (...values: unknown[]) => countedStatement(target.bind(...values), sql, route);
      const value = Reflect.get(target, name);
      if (typeof name === "string" && EXECUTE.has(name)) {
        return (...args: unknown[]) => {
          route(WRITE.test(sql));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  sqlOf.set(wrapped, sql);
  return wrapped;
}

function countedDatabase<D extends D1Database | D1DatabaseSession>(db: D, counts: Counts, start: string | null): D {
  const route = router(counts, start);
  return new Proxy(db, {
    get(target, name) {
      if (name === "prepare") return (sql: string) => countedStatement(target.prepare(sql), sql, route);
      if (name === "batch") {
        return (statements: D1PreparedStatement[]) => {
          route(statements.some((s) => WRITE.test(sqlOf.get(s) ?? "")));
          return target.batch(statements);
        };
      }
      if (name === "withSession") return (constraint: string) => countedDatabase((target as D1Database).withSession(constraint), counts, constraint);
      const value = Reflect.get(target, name);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function countedBucket(bucket: R2Bucket, counts: Counts): R2Bucket {
  return new Proxy(bucket, {
    get(target, name) {
      const value = Reflect.get(target, name);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        counts.r2 += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** `env` with D1 and R2 counted into `counts`. */
export function countingEnv<E extends { DB: D1Database; MEDIA: R2Bucket }>(env: E, counts: Counts): E {
  return { ...env, DB: countedDatabase(env.DB, counts, null), MEDIA: countedBucket(env.MEDIA, counts) };
}

/**
 * Counts the colo cache's calls into whatever `current()` returns at the time of the call: the app reaches
 * `caches.default` directly, so it is wrapped in place once (requests are sent one at a time).
 */
export function countCacheCalls(current: () => Counts | null): void {
  const cache = caches.default;
  const match = cache.match.bind(cache);
  const put = cache.put.bind(cache);
  Object.assign(cache, {
    async match(...args: Parameters<Cache["match"]>) {
      const counts = current();
      const hit = await match(...args);
      if (counts) {
        counts.cacheMatch += 1;
        if (hit) counts.cacheHit += 1;
      }
      return hit;
    },
    put(...args: Parameters<Cache["put"]>) {
      const counts = current();
      if (counts) counts.cachePut += 1;
      return put(...args);
    },
  });
}
