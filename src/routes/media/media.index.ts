import { createRouter } from "../../lib/create-router";
import * as handlers from "./media.handlers";
import * as routes from "./media.routes";

/** Upload media to a recording and serve it with ranges and conditionals. */
const router = createRouter()
  .openapi(routes.upload, handlers.upload)
  .openapi(routes.getPrimary, handlers.getPrimary)
  .openapi(routes.getOne, handlers.getOne);

export default router;
