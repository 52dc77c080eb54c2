import { createRouter } from "../../lib/create-router";
import * as handlers from "./signed.handlers";
import * as routes from "./signed.routes";

/** What signed links open, with no credentials: one media item, or a share page. */
const router = createRouter()
  .openapi(routes.getMedia, handlers.getMedia)
  .openapi(routes.getSharePage, handlers.getSharePage);

// Hono answers HEAD with the GET handler; document it, and the CORS preflight the app answers.
for (const { middleware: _, ...route } of [routes.getMedia, routes.getSharePage]) {
  router.openAPIRegistry.registerPath({ ...route, method: "head", operationId: `${route.operationId}Head`, summary: `${route.summary}: headers only` });
}
router.openAPIRegistry.registerPath({
  method: "options",
  path: routes.getMedia.path,
  operationId: "preflightSignedMedia",
  tags: routes.getMedia.tags,
  summary: "CORS preflight for signed media (any origin; GET and HEAD)",
  responses: { 204: { description: "Allowed: `Access-Control-Allow-Origin: *`, methods GET and HEAD, range and conditional headers" } },
});

export default router;
