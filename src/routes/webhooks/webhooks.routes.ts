import { createRoute } from "@hono/zod-openapi";
import { API_KEY_ERRORS, apiKeySecurity, emptyResponse, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent } from "../../lib/openapi";
import { requireWebhookManager } from "./webhook-access";
import { jsonBody } from "../../middleware/json-body";
import { EventSchema } from "../../schemas/events";
import {
  CreateWebhookSchema,
  UpdateWebhookSchema,
  WebhookIdParamsSchema,
  WebhookListSchema,
  WebhookSchema,
  WebhookWithSecretSchema,
} from "../../schemas/webhooks";

const tags = ["Webhooks"];
const security = apiKeySecurity("webhooks:manage");
const scope = requireWebhookManager();

export const create = createRoute({
  operationId: "createWebhook",
  method: "post",
  path: "/v1/webhooks",
  tags,
  summary: "Add a webhook endpoint",
  description:
    "Events of the chosen types (default: all) are POSTed to `url`, signed with the endpoint's `secret` (Standard " +
    "Webhooks). The secret is in this response only. At most 20 endpoints per account (422 `WEBHOOK_LIMIT_EXCEEDED`).",
  security,
  middleware: [scope, jsonBody()] as const,
  request: { body: jsonBodyOf(CreateWebhookSchema, "The endpoint") },
  responses: {
    201: jsonContent(WebhookWithSecretSchema, "The endpoint, with its secret (shown once)", "Location"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, "WEBHOOK_LIMIT_EXCEEDED"),
  },
});

export const list = createRoute({
  operationId: "listWebhooks",
  method: "get",
  path: "/v1/webhooks",
  tags,
  summary: "List the account's webhook endpoints",
  description: "Every endpoint of the account (at most 20), oldest first, without secrets.",
  security,
  middleware: [scope] as const,
  responses: { 200: jsonContent(WebhookListSchema, "Every endpoint, oldest first"), ...errorResponses(...API_KEY_ERRORS) },
});

export const getOne = createRoute({
  operationId: "getWebhook",
  method: "get",
  path: "/v1/webhooks/{id}",
  tags,
  summary: "Read a webhook endpoint",
  description: "The endpoint, without its secret (shown only when created or rotated). Another account's endpoint is a 404.",
  security,
  middleware: [scope] as const,
  request: { params: WebhookIdParamsSchema },
  responses: { 200: jsonContent(WebhookSchema, "The endpoint"), ...errorResponses(...API_KEY_ERRORS, "WEBHOOK_NOT_FOUND", "VALIDATION_ERROR") },
});

export const update = createRoute({
  operationId: "updateWebhook",
  method: "patch",
  path: "/v1/webhooks/{id}",
  tags,
  summary: "Change a webhook endpoint",
  description: "`url`, `events` (null: every type), `description`, `enabled` (true also clears `disabled_reason`).",
  security,
  middleware: [scope, jsonBody()] as const,
  request: { params: WebhookIdParamsSchema, body: jsonBodyOf(UpdateWebhookSchema, "The fields to change") },
  responses: {
    200: jsonContent(WebhookSchema, "The endpoint as it now is"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, "WEBHOOK_NOT_FOUND"),
  },
});

export const remove = createRoute({
  operationId: "deleteWebhook",
  method: "delete",
  path: "/v1/webhooks/{id}",
  tags,
  summary: "Remove a webhook endpoint",
  description: "Nothing more is sent to it; its deliveries are forgotten. Events stay listed.",
  security,
  middleware: [scope] as const,
  request: { params: WebhookIdParamsSchema },
  responses: { 204: emptyResponse("Removed"), ...errorResponses(...API_KEY_ERRORS, "WEBHOOK_NOT_FOUND", "VALIDATION_ERROR") },
});

export const rotateSecret = createRoute({
  operationId: "rotateWebhookSecret",
  method: "post",
  path: "/v1/webhooks/{id}/rotate-secret",
  tags,
  summary: "Give a webhook endpoint a new secret",
  description:
    "The new secret is in this response only. For 24 hours the old one keeps signing alongside it (every delivery " +
    "carries both signatures in `webhook-signature`), so a receiver can switch without missing an event.",
  security,
  middleware: [scope] as const,
  request: { params: WebhookIdParamsSchema },
  responses: {
    200: jsonContent(WebhookWithSecretSchema, "The endpoint, with its new secret (shown once)"),
    ...errorResponses(...API_KEY_ERRORS, "WEBHOOK_NOT_FOUND", "VALIDATION_ERROR"),
  },
});

export const sendTest = createRoute({
  operationId: "testWebhook",
  method: "post",
  path: "/v1/webhooks/{id}/test",
  tags,
  summary: "Send a test event to a webhook endpoint",
  description:
    "A `webhook.test` event goes to this endpoint alone (even when it is disabled, or filters its types), delivered " +
    "and retried like any other; its delivery appears in the endpoint's deliveries. It is not listed in `/v1/events`.",
  security,
  middleware: [scope] as const,
  request: { params: WebhookIdParamsSchema },
  responses: {
    202: jsonContent(EventSchema, "The test event, on its way"),
    ...errorResponses(...API_KEY_ERRORS, "WEBHOOK_NOT_FOUND", "VALIDATION_ERROR"),
  },
});
