/**
 * Wrapper bindings that fail like an outage on the nth D1 or R2 call (counted together), so a test
 * can stop a multi-step operation at every point in turn. The real bindings do all the work.
 */
export class FaultPlan {
  calls = 0;
  #unwrap = new WeakMap<object, D1PreparedStatement>();

  /** `failOn`: the 1-based call that throws (0 never fails: count only). */
  constructor(readonly failOn: number) {}

  /** Whether the injected failure happened. */
  get tripped(): boolean {
    return this.failOn > 0 && this.calls >= this.failOn;
  }

  #call<T>(what: string, run: () => Promise<T>): Promise<T> {
    this.calls += 1;
    if (this.calls === this.failOn) return Promise.reject(new Error(`injected outage: ${what}, call ${this.calls}`));
    return run();
  }

  #statement(statement: D1PreparedStatement): D1PreparedStatement {
    const wrapped = new Proxy(statement, {
      get: (target, name) => {
        if (name === "bind") return (...values: unknown[]) => this.#statement(target.bind(...values));
        if (name === "run" || name === "all" || name === "first" || name === "raw") {
          return (...args: unknown[]) => this.#call(`D1 ${String(name)}`, () => (target[name] as (...a: unknown[]) => Promise<unknown>)(...args));
        }
        const value = Reflect.get(target, name);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    this.#unwrap.set(wrapped, statement);
    return wrapped;
  }

  /** The D1 binding (or a session of it), failing on the planned call (a statement's run/all/first/raw, or a batch); its sessions fail alike. */
  d1<D extends D1Database | D1DatabaseSession>(db: D): D {
    return new Proxy(db, {
      get: (target, name) => {
        if (name === "prepare") return (sql: string) => this.#statement(target.prepare(sql));
        if (name === "withSession") return (start?: string) => this.d1((target as D1Database).withSession(start));
        if (name === "batch") {
          return (statements: D1PreparedStatement[]) =>
            this.#call("D1 batch", () => target.batch(statements.map((s) => this.#unwrap.get(s) ?? s)));
        }
        const value = Reflect.get(target, name);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  /** The R2 binding, failing on the planned call (any method). */
  r2(bucket: R2Bucket): R2Bucket {
    return new Proxy(bucket, {
      get: (target, name) => {
        const value = Reflect.get(target, name);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => this.#call(`R2 ${String(name)}`, () => value.apply(target, args));
      },
    });
  }

  /** `env` with both storage bindings wrapped. */
  env<E extends { DB: D1Database; MEDIA: R2Bucket }>(env: E): E {
    return { ...env, DB: this.d1(env.DB), MEDIA: this.r2(env.MEDIA) };
  }
}

/**
 * The real D1 binding (or a session of it), except that batches (the writes that belong together) fail
 * like an outage would; sessions made from it fail alike, so the per-request session middleware keeps
 * the failure.
 */
export function d1FailingBatches<D extends D1Database | D1DatabaseSession>(db: D): D {
  return new Proxy(db, {
    get(target, name) {
      if (name === "batch") return () => Promise.reject(new Error("D1_ERROR: injected outage"));
      if (name === "withSession") return (start?: string) => d1FailingBatches((target as D1Database).withSession(start));
      const value = Reflect.get(target, name);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
