import { createRoute } from "@hono/zod-openapi";
import { API_KEY_ERRORS, anyCredentialSecurity, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent } from "../../lib/openapi";
import { requireScope } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import { AccessTokenSchema, CreateAccessTokenSchema } from "../../schemas/access-tokens";

export const create = createRoute({
  operationId: "createAccessToken",
  method: "post",
  path: "/v1/access-tokens",
  tags: ["Access tokens"],
  summary: "Mint a short-lived access token",
  description:
    "For a browser or a device that must not hold a long-lived key: a token with some of the caller's scopes, " +
    "optionally restricted to one room or user, for 60 s to 24 h. It is used like a key (`Authorization: Bearer`), " +
    "can never do more than the key that minted it, answers 401 `TOKEN_EXPIRED` once expired, and stops at once when " +
    "that key is revoked. Asking for a scope the caller lacks, or for a room or user outside its restriction, is 403. " +
    "A token may mint tokens within its own scopes, restriction and lifetime.",
  security: anyCredentialSecurity(),
  middleware: [requireScope(null), jsonBody()] as const,
  request: { body: jsonBodyOf(CreateAccessTokenSchema, "The token's scopes, restriction and lifetime") },
  responses: {
    201: jsonContent(AccessTokenSchema, "The token (not stored: keep it; `Cache-Control: no-store`)", "Cache-Control"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS),
  },
});
