import { createRouter } from "../../lib/create-router";
import * as handlers from "./recordings.handlers";
import * as routes from "./recordings.routes";

/** Create, list, get (with content negotiation) and update recordings. */
const router = createRouter()
  .openapi(routes.create, handlers.create)
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.update, handlers.update);

export default router;
