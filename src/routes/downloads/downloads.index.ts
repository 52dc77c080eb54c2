import { createRouter } from "../../lib/create-router";
import * as handlers from "./downloads.handlers";
import * as routes from "./downloads.routes";

/** Bulk ZIP downloads. Registered before the recordings router, whose `/v1/recordings/{id}` would take `download`. */
const router = createRouter()
  .openapi(routes.create, handlers.create, routes.limitFirst)
  .openapi(routes.getOne, handlers.getOne, routes.limitFirst);

// Hono answers HEAD with the GET handler (which reads no media for HEAD); document it too.
const { middleware: _, ...byQuery } = routes.getOne;
router.openAPIRegistry.registerPath({ ...byQuery, method: "head", operationId: "bulkDownloadByQueryHead", summary: `${byQuery.summary}: headers only` });

export default router;
