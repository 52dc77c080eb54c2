import { createRoute } from "@hono/zod-openapi";
import { ADMIN_ERRORS, ADMIN_SECURITY, emptyResponse, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent } from "../../lib/openapi";
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
import { AccountDetailsSchema, UpdateQuotaSchema } from "../../schemas/account";

const tags = ["Admin"];

export const createAccount = createRoute({
  method: "post",
  operationId: "createAccount",
  path: "/v1/admin/accounts",
  tags,
  summary: "Create an account (a tenant)",
  description: "An account owns recordings and API keys; nothing one account's keys do reaches another's data.",
  security: ADMIN_SECURITY,
  middleware: [requireAdmin(), jsonBody()] as const,
  request: { body: jsonBodyOf(CreateAccountSchema, "The account's name") },
  responses: {
    201: jsonContent(AccountSchema, "The account"),
    ...errorResponses(...ADMIN_ERRORS, ...JSON_BODY_ERRORS),
  },
});

export const updateQuota = createRoute({
  method: "patch",
  operationId: "updateAccountQuota",
  path: "/v1/admin/accounts/{account_id}",
  tags,
  summary: "Set an account's quotas",
  description:
    "`max_bytes_stored` and `max_recordings` (null: no limit). Uploads (by `Content-Length`), resumable uploads (by " +
    "`Upload-Length`, at creation) and creates that would pass a quota get 403 `QUOTA_EXCEEDED`; reads, deletes and " +
    "restores keep working. A quota below the current usage stops new data until usage falls under it. Usage reaching " +
    "80 % or 100 % of a quota, by new data or by a quota lowered here, records `account.quota_warning`.",
  security: ADMIN_SECURITY,
  middleware: [requireAdmin(), jsonBody()] as const,
  request: { params: AccountIdParamsSchema, body: jsonBodyOf(UpdateQuotaSchema, "The quotas to change; absent ones stay as they are") },
  responses: {
    200: jsonContent(AccountDetailsSchema, "The account with its quotas"),
    ...errorResponses(...ADMIN_ERRORS, ...JSON_BODY_ERRORS, "ACCOUNT_NOT_FOUND"),
  },
});

export const createKey = createRoute({
  method: "post",
  operationId: "createApiKey",
  path: "/v1/admin/accounts/{account_id}/keys",
  tags,
  summary: "Create an API key for an account",
  description:
    "The key is in this response only (`Cache-Control: no-store`); the service keeps a hash of it. With `restrict`, the " +
    "key sees and acts on only one room's (or one user's) recordings, everywhere (lists, reads, media, links, ZIPs, " +
    "changes, deletes, uploads); another room's recording answers 404, as a missing one does.",
  security: ADMIN_SECURITY,
  middleware: [requireAdmin(), jsonBody()] as const,
  request: {
    params: AccountIdParamsSchema,
    body: jsonBodyOf(CreateKeySchema, "The key's name, scopes and optional restriction"),
  },
  responses: {
    201: jsonContent(CreatedKeySchema, "The key, shown once", "Cache-Control"),
    ...errorResponses(...ADMIN_ERRORS, ...JSON_BODY_ERRORS, "ACCOUNT_NOT_FOUND"),
  },
});

export const removeKey = createRoute({
  method: "delete",
  operationId: "revokeApiKey",
  path: "/v1/admin/keys/{key_id}",
  tags,
  summary: "Revoke an API key",
  description: "The key stops working at once, for every request after this one.",
  security: ADMIN_SECURITY,
  middleware: [requireAdmin()] as const,
  request: { params: KeyIdParamsSchema },
  responses: {
    204: emptyResponse("Revoked"),
    ...errorResponses(...ADMIN_ERRORS, "KEY_NOT_FOUND", "VALIDATION_ERROR"),
  },
});
