import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { createRouter } from "../../lib/create-router";
import type { AppBindings } from "../../lib/types";
import { TUS_EXPOSED_HEADERS, TUS_VERSION } from "../../tus/protocol";
import { discoveryHeaders } from "./upload-request";
import * as handlers from "./uploads.handlers";
import * as routes from "./uploads.routes";

const PATHS = ["/v1/recordings/:id/uploads", "/v1/recordings/:id/uploads/:upload_id"];

/** Every tus response says `Tus-Resumable: 1.0.0` (the requests' check is `requireTus`, after auth). */
function tusResumable(): MiddlewareHandler<AppBindings> {
  return async function tusResumableMiddleware(c, next) {
    try {
      await next();
    } finally {
      c.res.headers.set("Tus-Resumable", TUS_VERSION);
    }
  };
}

/** Browser tus clients (tus-js-client, Uppy) on other origins: the key is the credential, not a cookie. */
const corsForBrowsers = cors({
  origin: "*",
  allowMethods: ["POST", "GET", "HEAD", "PATCH", "DELETE", "OPTIONS"],
  allowHeaders: [
    "Authorization", "Content-Type", "Tus-Resumable", "Upload-Length", "Upload-Metadata", "Upload-Offset",
    "Upload-Defer-Length", "Upload-Concat", "X-Request-Id", "X-Requested-With", "X-D1-Bookmark",
  ],
  exposeHeaders: TUS_EXPOSED_HEADERS,
  maxAge: 86400,
});

/** CORS, where only an OPTIONS naming Access-Control-Request-Method is a preflight: tus discovery is OPTIONS too. */
function browserClients(): MiddlewareHandler<AppBindings> {
  return async function browserClientsMiddleware(c, next) {
    const preflight = c.req.method === "OPTIONS" && c.req.header("access-control-request-method") !== undefined;
    if (c.req.method === "OPTIONS" && !preflight) {
      await next();
      if (c.req.header("origin")) c.res.headers.set("Access-Control-Allow-Origin", "*");
      return;
    }
    const answered = await corsForBrowsers(c, next);
    if (!preflight) return answered;
    // A preflight of the collection is also its tus discovery answer.
    const res = answered ?? c.res;
    res.headers.set("Tus-Resumable", TUS_VERSION);
    for (const [name, value] of Object.entries(discoveryHeaders(c.env))) res.headers.set(name, value);
    return res;
  };
}

/** Resumable uploads, tus 1.0.0 (contract section 10). */
const router = createRouter();
for (const path of PATHS) router.use(path, browserClients(), tusResumable());
router
  .openapi(routes.options, handlers.options)
  .openapi(routes.create, handlers.create)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.patch, handlers.patch)
  .openapi(routes.remove, handlers.remove);

export default router;
