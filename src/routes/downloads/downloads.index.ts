import { createRouter } from "../../lib/create-router";
import { preflightOperation } from "../../lib/openapi-signed";
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

// signedResponses() answers the CORS preflight of every signed path; document it beside the GET.
const { path, operationId, tags } = routes.getSigned;
router.openAPIRegistry.registerPath(preflightOperation({ path, operationId, tags }));

export default router;
