import { createRoute } from "@hono/zod-openapi";
import { ADMIN_SECURITY, errorResponses, jsonContent } from "../../lib/openapi";
import { requireAdmin } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import {
  AccountIdParamsSchema,
  AccountSchema,
  CreateAccountSchema,
  CreatedKeySchema,
  CreateKeySchema,
  KeyIdParamsSchema,
} from "../../schemas/auth";

const tags = ["Admin"];

export const createAccount = createRoute({
  method: "post",
  operationId: "createAccount",
  path: "/v1/admin/accounts",
  tags,
  summary: "Create an account (a tenant)",
  security: ADMIN_SECURITY,
  middleware: [requireAdmin(), jsonBody()] as const,
  request: { body: { ...jsonContent(CreateAccountSchema, "The account's name"), required: true } },
  responses: {
    201: jsonContent(AccountSchema, "The account"),
    ...errorResponses(400, 401, 413, 415, 422),
  },
});

export const createKey = createRoute({
  method: "post",
  operationId: "createApiKey",
  path: "/v1/admin/accounts/{account_id}/keys",
  tags,
  summary: "Create an API key for an account",
  description: "The key is in this response only; the service keeps a hash of it.",
  security: ADMIN_SECURITY,
  middleware: [requireAdmin(), jsonBody()] as const,
  request: {
    params: AccountIdParamsSchema,
    body: { ...jsonContent(CreateKeySchema, "The key's name and scopes"), required: true },
  },
  responses: {
    201: jsonContent(CreatedKeySchema, "The key, shown once"),
    ...errorResponses(400, 401, 404, 413, 415, 422),
  },
});

export const removeKey = createRoute({
  method: "delete",
  operationId: "revokeApiKey",
  path: "/v1/admin/keys/{key_id}",
  tags,
  summary: "Revoke an API key",
  description: "The key stops working at once.",
  security: ADMIN_SECURITY,
  middleware: [requireAdmin()] as const,
  request: { params: KeyIdParamsSchema },
  responses: {
    204: { description: "Revoked" },
    ...errorResponses(401, 404, 422),
  },
});
