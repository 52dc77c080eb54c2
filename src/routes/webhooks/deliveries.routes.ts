import { createRoute } from "@hono/zod-openapi";
import { API_KEY_ERRORS, apiKeySecurity, errorResponses, jsonContent } from "../../lib/openapi";
import { requireWebhookManager } from "./webhook-access";
import { DeliveryPageSchema, DeliveryParamsSchema, DeliverySchema, ListDeliveriesQuerySchema, WebhookIdParamsSchema } from "../../schemas/webhooks";

const tags = ["Webhooks"];

export const list = createRoute({
  operationId: "listWebhookDeliveries",
  method: "get",
  path: "/v1/webhooks/{id}/deliveries",
  tags,
  summary: "List a webhook endpoint's deliveries",
  description:
    "Newest first: each delivery of an event to this endpoint, with every attempt (time, status code, duration, error) " +
    "and the next retry. Kept 30 days.",
  security: apiKeySecurity("webhooks:manage"),
  middleware: [requireWebhookManager()] as const,
  request: { params: WebhookIdParamsSchema, query: ListDeliveriesQuerySchema },
  responses: {
    200: jsonContent(DeliveryPageSchema, "A page of deliveries"),
    ...errorResponses(...API_KEY_ERRORS, "WEBHOOK_NOT_FOUND", "VALIDATION_ERROR", "INVALID_CURSOR"),
  },
});

export const retry = createRoute({
  operationId: "retryWebhookDelivery",
  method: "post",
  path: "/v1/webhooks/{id}/deliveries/{delivery_id}/retry",
  tags,
  summary: "Send a delivery again now",
  description:
    "Queues one attempt of this delivery now, whatever its status (a succeeded one is sent again, with the same " +
    "`webhook-id`). A failed manual attempt is not retried automatically.",
  security: apiKeySecurity("webhooks:manage"),
  middleware: [requireWebhookManager()] as const,
  request: { params: DeliveryParamsSchema },
  responses: {
    202: jsonContent(DeliverySchema, "The delivery, pending its attempt"),
    ...errorResponses(...API_KEY_ERRORS, "WEBHOOK_NOT_FOUND", "DELIVERY_NOT_FOUND", "VALIDATION_ERROR"),
  },
});
