import { createRouter } from "../../lib/create-router";
import * as handlers from "./links.handlers";
import * as routes from "./links.routes";

/** Make expiring signed links: to one media item, and to a share page. */
const router = createRouter()
  .openapi(routes.createDownloadUrl, handlers.createDownloadUrl)
  .openapi(routes.createShareUrl, handlers.createShareUrl);

export default router;
