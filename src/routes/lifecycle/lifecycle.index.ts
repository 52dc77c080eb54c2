import { createRouter } from "../../lib/create-router";
import * as handlers from "./lifecycle.handlers";
import * as routes from "./lifecycle.routes";

/** Delete recordings (to the trash or for good) and restore them, one or up to 100 at once. */
const router = createRouter()
  .openapi(routes.bulkRemove, handlers.bulkRemove)
  .openapi(routes.bulkRestore, handlers.bulkRestore)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.restore, handlers.restore);

export default router;
