import type { MiddlewareHandler } from "hono";
import { errorResponse } from "../lib/error-handler";
import { validationError } from "../lib/errors";
import type { AppBindings, AppEnv } from "../lib/types";
import { setResponseHeader } from "../middleware/response-headers";
import { BOOKMARK_HEADER, readBookmark, sessionStart, type SessionStart } from "./bookmark";

/**
 * `env` with its `DB` replaced by one D1 session (the Sessions API) starting at `start`: the only way
 * the app reaches D1. Requests get theirs from {@link d1Session}; the scheduled jobs and any queue
 * consumer call this with "first-primary", because what they read decides what they delete or send.
 * With `D1_READ_REPLICAS` "off" every query goes to the primary through the binding itself (D1 uses
 * replicas only through sessions), as before sessions: no bookmark is made.
 */
export function withD1Session(env: Env, start: SessionStart): AppEnv {
  const db = env.D1_READ_REPLICAS === "off" ? primaryOnly(env.DB) : env.DB.withSession(typeof start === "string" ? start : start.bookmark);
  // The other bindings are inherited rather than copied: a copy of every binding cost measurable CPU per request.
  // A literal with `__proto__` is V8's fast way to make such an object (Object.create with descriptors is not).
  return { __proto__: env, DB: db } as unknown as AppEnv;
}

/** The binding itself, shaped as a session that never has a bookmark. */
function primaryOnly(db: D1Database): D1DatabaseSession {
  return { prepare: (sql) => db.prepare(sql), batch: (statements) => db.batch(statements), getBookmark: () => null } as D1DatabaseSession;
}

const MALFORMED = validationError([
  { loc: ["header", BOOKMARK_HEADER], msg: "Must be a bookmark this API sent in X-D1-Bookmark", type: "invalid_format" },
]);

/**
 * Opens the request's one D1 session and hands it to everything after it as `c.env.DB` (handlers, auth,
 * db/ functions), so no query of the request can go around it. The session starts where
 * `sessionStart` says (a valid `X-D1-Bookmark`, the primary, or any replica); a malformed bookmark is
 * 422 `VALIDATION_ERROR`. Every response, errors included, carries the session's latest bookmark in
 * `X-D1-Bookmark` (the one sent, when the request made no query; empty when neither exists).
 */
export function d1Session(): MiddlewareHandler<AppBindings> {
  return async function d1SessionMiddleware(c, next) {
    const presented = readBookmark(c.req.raw.headers.get(BOOKMARK_HEADER));
    const env = withD1Session(c.env as unknown as Env, sessionStart(c.req.method, c.req.path, presented));
    c.env = env;
    if (presented.kind === "malformed") c.res = errorResponse(c, MALFORMED);
    else await next();
    const bookmark = env.DB.getBookmark() ?? (presented.kind === "bookmark" ? presented.value : "");
    setResponseHeader(c, BOOKMARK_HEADER, bookmark);
  };
}
