import { createRouter } from "../../lib/create-router";
import * as handlers from "./media.handlers";
import * as routes from "./media.routes";

/** Upload media to a recording and serve it with ranges and conditionals. */
const router = createRouter()
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.getPrimary, handlers.getPrimary)
  .openapi(routes.getOne, handlers.getOne);

// Hono answers HEAD with the GET handler (which skips R2 and ranges for HEAD); document it too.
for (const { middleware: _, ...route } of [routes.getPrimary, routes.getOne]) {
  router.openAPIRegistry.registerPath({
    ...route,
    method: "head",
    operationId: `${route.operationId}Head`,
    summary: `${route.summary}: headers only`,
  });
}

export default router;
