import type { MiddlewareHandler } from "hono";
import type { AppBindings } from "../lib/types";
import { setResponseHeader } from "./response-headers";

/**
 * Gives responses that set no `Cache-Control` of their own this one (`private` for an account's data,
 * `no-store` for admin answers that show a key once), so no shared cache keeps authenticated JSON.
 */
export function defaultCacheControl(value: string): MiddlewareHandler<AppBindings> {
  return async function defaultCacheControlMiddleware(c, next) {
    await next();
    if (!c.res.headers.has("Cache-Control")) setResponseHeader(c, "Cache-Control", value);
  };
}
