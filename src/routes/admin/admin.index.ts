import { createRouter } from "../../lib/create-router";
import * as handlers from "./admin.handlers";
import * as routes from "./admin.routes";

/** Accounts (and their quotas) and API keys, behind the admin token. */
const router = createRouter()
  .openapi(routes.createAccount, handlers.createAccount)
  .openapi(routes.updateQuota, handlers.updateQuota)
  .openapi(routes.createKey, handlers.createKey)
  .openapi(routes.removeKey, handlers.removeKey);

export default router;
