import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppBindings } from "../lib/types";
import { setResponseHeader } from "../middleware/response-headers";

/**
 * CORS for the credentialed API, so a front-end on another origin can use an access token (or a key):
 * any origin, since the credential is the `Authorization` header, never a cookie (no CSRF surface).
 */
const EXPOSED = [
  "X-Request-Id", "Location", "ETag", "Last-Modified", "Content-Range", "Content-Length", "Accept-Ranges",
  "Content-Disposition", "WWW-Authenticate", "X-D1-Bookmark",
];

/** CORS preflights (OPTIONS with Access-Control-Request-Method): hono's middleware answers them whole. */
const preflights = cors({
  origin: "*",
  allowMethods: ["GET", "HEAD", "POST", "PATCH", "DELETE"],
  allowHeaders: [
    "Authorization", "Content-Type", "Content-Digest", "Range", "If-Match", "If-None-Match", "If-Modified-Since",
    "If-Unmodified-Since", "If-Range", "X-Request-Id", "X-D1-Bookmark",
  ],
  exposeHeaders: EXPOSED,
  maxAge: 86400,
});
const EXPOSED_LIST = EXPOSED.join(",");

/**
 * Answers CORS preflights (an OPTIONS naming `Access-Control-Request-Method`; any other OPTIONS goes on
 * to the routes, 405) and lets any origin read the answers. The resumable uploads keep their own (tus
 * discovery is OPTIONS too), so their paths are left alone.
 */
export function bearerCors(): MiddlewareHandler<AppBindings> {
  return async function bearerCorsMiddleware(c, next) {
    if (/\/uploads(\/|$)/.test(c.req.path)) return next();
    if (c.req.method === "OPTIONS") return c.req.header("access-control-request-method") === undefined ? next() : preflights(c, next);
    // Set on the handler's own response, after it: set before, on the response hono prepares, they would
    // make hono copy the handler's response into a new one (measured: about 5 % of a keyed media read's CPU).
    await next();
    setResponseHeader(c, "Access-Control-Allow-Origin", "*");
    setResponseHeader(c, "Access-Control-Expose-Headers", EXPOSED_LIST);
  };
}
