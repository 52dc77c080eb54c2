import { createRouter } from "../../lib/create-router";
import * as handlers from "./account.handlers";
import * as routes from "./account.routes";
import * as holdHandlers from "./legal-holds.handlers";
import * as holdRoutes from "./legal-holds.routes";

/** The key's account (settings, usage, its legal hold) and the legal holds on recordings. */
const router = createRouter()
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.update, handlers.update)
  .openapi(routes.usage, handlers.usage)
  .openapi(routes.placeHold, handlers.placeHold)
  .openapi(routes.releaseHold, handlers.releaseHold)
  .openapi(holdRoutes.place, holdHandlers.place)
  .openapi(holdRoutes.release, holdHandlers.release);

export default router;
