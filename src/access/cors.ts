import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppBindings } from "../lib/types";

/**
 * CORS for the credentialed API, so a front-end on another origin can use an access token (or a key):
 * any origin, since the credential is the `Authorization` header, never a cookie (no CSRF surface).
 */
const corsForBearers = cors({
  origin: "*",
  allowMethods: ["GET", "HEAD", "POST", "PATCH", "DELETE"],
  allowHeaders: [
    "Authorization", "Content-Type", "Content-Digest", "Range", "If-Match", "If-None-Match", "If-Modified-Since",
    "If-Unmodified-Since", "If-Range", "X-Request-Id", "X-D1-Bookmark",
  ],
  exposeHeaders: [
    "X-Request-Id", "Location", "ETag", "Last-Modified", "Content-Range", "Content-Length", "Accept-Ranges",
    "Content-Disposition", "WWW-Authenticate", "X-D1-Bookmark",
  ],
  maxAge: 86400,
});

/**
 * Answers CORS preflights (an OPTIONS naming `Access-Control-Request-Method`; any other OPTIONS goes on
 * to the routes, 405) and lets any origin read the answers. The resumable uploads keep their own (tus
 * discovery is OPTIONS too), so their paths are left alone.
 */
export function bearerCors(): MiddlewareHandler<AppBindings> {
  return async function bearerCorsMiddleware(c, next) {
    if (/\/uploads(\/|$)/.test(c.req.path)) return next();
    if (c.req.method === "OPTIONS" && c.req.header("access-control-request-method") === undefined) return next();
    return corsForBearers(c, next);
  };
}
