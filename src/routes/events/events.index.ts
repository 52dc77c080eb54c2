import { createRouter } from "../../lib/create-router";
import * as handlers from "./events.handlers";
import * as routes from "./events.routes";

/** The account's events, oldest first: what webhooks deliver, for reconciling. */
const router = createRouter().openapi(routes.list, handlers.list);

export default router;
