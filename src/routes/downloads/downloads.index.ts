import { createRouter } from "../../lib/create-router";
import * as handlers from "./downloads.handlers";
import * as routes from "./downloads.routes";

/**
 * Bulk ZIP downloads, by the API or through a signed link. Registered before the recordings router,
 * whose `/v1/recordings/{id}` would take `download`.
 */
const router = createRouter()
  .openapi(routes.create, handlers.create, routes.limitFirst)
  .openapi(routes.getOne, handlers.getOne, routes.limitFirst)
  .openapi(routes.createLink, handlers.createLink, routes.limitFirst)
  .openapi(routes.getSigned, handlers.getSigned);

// Hono answers HEAD with the GET handler (which reads no media for HEAD); document it too.
for (const { middleware: _, ...route } of [routes.getOne, routes.getSigned]) {
  router.openAPIRegistry.registerPath({ ...route, method: "head", operationId: `${route.operationId}Head`, summary: `${route.summary}: headers only` });
}

export default router;
