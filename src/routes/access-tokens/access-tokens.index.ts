import { createRouter } from "../../lib/create-router";
import * as handlers from "./access-tokens.handlers";
import * as routes from "./access-tokens.routes";

/** Short-lived access tokens minted by a key (or a token) for browsers and devices (contract section 2). */
const router = createRouter().openapi(routes.create, handlers.create);

export default router;
