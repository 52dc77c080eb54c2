import type { MiddlewareHandler } from "hono";
import type { AppBindings } from "../lib/types";
import { setResponseHeader } from "./response-headers";

const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is a safe token, else a UUID)
 * and echoes it in the `X-Request-Id` response header, errors included.
 */
export function requestId(): MiddlewareHandler<AppBindings> {
  return async function requestIdMiddleware(c, next) {
    const incoming = c.req.header("x-request-id");
    const id = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    await next();
    setResponseHeader(c, "X-Request-Id", id);
  };
}
