import { createRouter } from "../../lib/create-router";
import { preflightOperation } from "../../lib/openapi-signed";
import * as handlers from "./signed.handlers";
import * as routes from "./signed.routes";

/** What signed links open, with no credentials: one media item, or a share page. */
const router = createRouter()
  .openapi(routes.getMedia, handlers.getMedia)
  .openapi(routes.getSharePage, handlers.getSharePage);

// signedResponses() answers the CORS preflight of every signed path; document it beside each GET.
for (const route of [routes.getMedia, routes.getSharePage]) router.openAPIRegistry.registerPath(preflightOperation(route));

export default router;
