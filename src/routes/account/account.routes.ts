import { createRoute } from "@hono/zod-openapi";
import { API_KEY_ERRORS, anyCredentialSecurity, apiKeySecurity, emptyResponse, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent } from "../../lib/openapi";
import { requireScope, requireUnrestricted } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import {
  AccountDetailsSchema,
  LegalHoldSchema,
  PlaceLegalHoldSchema,
  UpdateAccountSchema,
  UpdatedAccountSchema,
  UsageQuerySchema,
  UsageReportSchema,
} from "../../schemas/account";

const tags = ["Account"];

export const getOne = createRoute({
  operationId: "getAccount",
  method: "get",
  path: "/v1/account",
  tags,
  summary: "The key's account: settings, usage, quota, legal hold",
  description:
    "Usage is exact (kept in the same transactions as the rows it counts) and counts the trash, which still occupies " +
    "storage. Any credential of the account may read it, but one restricted to a room or a user (403 `FORBIDDEN`).",
  security: anyCredentialSecurity(),
  middleware: [requireScope(null), requireUnrestricted()] as const,
  responses: {
    200: jsonContent(AccountDetailsSchema, "The account"),
    ...errorResponses(...API_KEY_ERRORS),
  },
});

export const update = createRoute({
  operationId: "updateAccount",
  method: "patch",
  path: "/v1/account",
  tags,
  summary: "Change the account's retention settings",
  description:
    "`retention_days` (1–36500, or null: keep forever): the scheduled job moves every recording whose `ended_at` (else " +
    "`created_at`) is older to the trash (`deleted_by: \"retention\"`), never one in progress or under legal hold. " +
    "`trash_retention_days` (1–365): how long the trash keeps a recording before the purge. The answer says how many " +
    "recordings the job will move under the new settings (`affected_recordings`), before it runs.",
  security: apiKeySecurity("account:manage"),
  middleware: [requireScope("account:manage"), requireUnrestricted(), jsonBody()] as const,
  request: { body: jsonBodyOf(UpdateAccountSchema, "The settings to change; absent ones stay as they are") },
  responses: {
    200: jsonContent(UpdatedAccountSchema, "The account with its new settings"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS),
  },
});

export const usage = createRoute({
  operationId: "getAccountUsage",
  method: "get",
  path: "/v1/account/usage",
  tags,
  summary: "Daily usage",
  description:
    "One row per UTC day from `from` to `to` (at most 366 days; not before the account existed, not after today): " +
    "`bytes_stored` and `recordings` at the day's end (today: now), and what was uploaded, created and purged that day.",
  security: anyCredentialSecurity(),
  middleware: [requireScope(null), requireUnrestricted()] as const,
  request: { query: UsageQuerySchema },
  responses: {
    200: jsonContent(UsageReportSchema, "The days"),
    ...errorResponses(...API_KEY_ERRORS, "VALIDATION_ERROR"),
  },
});

export const placeHold = createRoute({
  operationId: "placeAccountLegalHold",
  method: "put",
  path: "/v1/account/legal-hold",
  tags,
  summary: "Hold every recording of the account",
  description:
    "While it stands, no recording of the account is deleted or purged, by anyone or any job (409 `LEGAL_HOLD`); " +
    "recordings in the trash stay there, and can be restored. Placing it again replaces the reason.",
  security: apiKeySecurity("legal_holds:manage"),
  middleware: [requireScope("legal_holds:manage"), requireUnrestricted(), jsonBody()] as const,
  request: { body: jsonBodyOf(PlaceLegalHoldSchema, "Why") },
  responses: {
    200: jsonContent(LegalHoldSchema, "The hold"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS),
  },
});

export const releaseHold = createRoute({
  operationId: "releaseAccountLegalHold",
  method: "delete",
  path: "/v1/account/legal-hold",
  tags,
  summary: "Release the account's legal hold",
  description: "Recordings with a hold of their own stay held.",
  security: apiKeySecurity("legal_holds:manage"),
  middleware: [requireScope("legal_holds:manage"), requireUnrestricted()] as const,
  responses: {
    204: emptyResponse("Released"),
    ...errorResponses(...API_KEY_ERRORS, "LEGAL_HOLD_NOT_FOUND"),
  },
});
