import { createRouter } from "../../lib/create-router";
import * as deliveries from "./deliveries.handlers";
import * as deliveryRoutes from "./deliveries.routes";
import * as handlers from "./webhooks.handlers";
import * as routes from "./webhooks.routes";

/** Webhook endpoints: add, list, change, remove, rotate secrets, test; their deliveries and manual retries. */
const router = createRouter()
  .openapi(routes.create, handlers.create)
  .openapi(routes.list, handlers.list)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.update, handlers.update)
  .openapi(routes.remove, handlers.remove)
  .openapi(routes.rotateSecret, handlers.rotateSecret)
  .openapi(routes.sendTest, handlers.sendTest)
  .openapi(deliveryRoutes.list, deliveries.list)
  .openapi(deliveryRoutes.retry, deliveries.retry);

export default router;
