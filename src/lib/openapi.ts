/**
 * Building blocks every route uses to describe itself in the OpenAPI document, so that a new route
 * inherits the same exact description. How a route documents itself:
 *
 * ```ts
 * export const getThing = createRoute({
 *   operationId: "getThing",                  // unique, camelCase
 *   method: "get", path: "/v1/things/{id}",
 *   tags: ["Things"],                         // declared with a description in TAGS (openapi-document.ts)
 *   summary: "…", description: "…",           // both: what it does, and what a caller must know
 *   security: apiKeySecurity("recordings:read"),   // or ADMIN_SECURITY, or PUBLIC; the scope the middleware checks
 *   middleware: [requireScope("recordings:read")] as const,
 *   request: { params: …, query: …, headers: z.object({ ...RangeHeaders }) },  // every field with a description
 *   responses: {
 *     200: jsonContent(ThingSchema, "The thing", "ETag"),           // response headers by name (openapi-headers.ts)
 *     ...errorResponses(...API_KEY_ERRORS, "THING_NOT_FOUND"),      // every code it can answer; adds `default` (500)
 *   },
 * });
 * ```
 *
 * Media answers (ranges, conditionals) are in openapi-media.ts, the signed paths' in openapi-signed.ts.
 * New error codes go into ERROR_CODES (error-codes.ts), which types `ApiError`. GET operations get
 * their HEAD twin documented automatically (`documentHeadRequests`). The integration tests check every
 * response against the document, so a route that answers what it does not document fails its tests.
 */
import type { RouteConfig } from "@hono/zod-openapi";
import type { ZodType } from "zod";
import type { Scope } from "../schemas/auth";
import { ERROR_CODES, type ErrorCode } from "./error-codes";
import { responseHeaders, type ResponseHeaderName } from "./openapi-headers";

type ResponseConfig = RouteConfig["responses"][string];

/** A JSON response of `schema`, with `X-Request-Id` and any other named response headers. */
export function jsonContent<T extends ZodType>(schema: T, description: string, ...headers: ResponseHeaderName[]) {
  return { description, headers: responseHeaders(...headers), content: { "application/json": { schema } } };
}

/** A JSON request body of `schema`. */
export function jsonBodyOf<T extends ZodType>(schema: T, description: string, required = true) {
  return { description, required, content: { "application/json": { schema } } };
}

/** A response without a body (204, 304), with `X-Request-Id` and the named headers. */
export function emptyResponse(description: string, ...headers: ResponseHeaderName[]) {
  return { description, headers: responseHeaders(...headers) };
}

/** Headers an error response carries beside `X-Request-Id`. */
const ERROR_HEADERS: Partial<Record<ErrorCode, ResponseHeaderName[]>> = {
  UNAUTHORIZED: ["WWW-Authenticate"],
  TOKEN_EXPIRED: ["WWW-Authenticate"],
  METHOD_NOT_ALLOWED: ["Allow"],
  RANGE_NOT_SATISFIABLE: ["Content-Range", "Accept-Ranges"],
  UNSUPPORTED_MEDIA_TYPE: ["Accept-Encoding"],
  TUS_VERSION_UNSUPPORTED: ["Tus-Version"],
};

/** The contract's error body whose `error_code` is one of `codes`. */
function errorSchema(codes: ErrorCode[]) {
  return {
    allOf: [
      { $ref: "#/components/schemas/Error" },
      { type: "object" as const, properties: { error_code: { type: "string" as const, enum: codes } } },
    ],
  };
}

function errorResponse(codes: ErrorCode[]): ResponseConfig {
  const lines = codes.map((code) => `\`${code}\`: ${ERROR_CODES[code].description}.`);
  const headers = [...new Set(codes.flatMap((code) => ERROR_HEADERS[code] ?? []))];
  return {
    description: lines.join("\n"),
    headers: responseHeaders("Cache-Control", ...headers),
    content: { "application/json": { schema: errorSchema(codes) } },
  };
}

/** The error codes every operation behind an API key can answer. */
export const API_KEY_ERRORS = ["UNAUTHORIZED", "TOKEN_EXPIRED", "FORBIDDEN"] as const satisfies ErrorCode[];
/** …behind the admin token. */
export const ADMIN_ERRORS = ["UNAUTHORIZED"] as const satisfies ErrorCode[];
/** …with a JSON body (read by `jsonBody()`, then checked against its schema). */
export const JSON_BODY_ERRORS = [
  "MALFORMED_JSON",
  "BODY_LENGTH_MISMATCH",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "VALIDATION_ERROR",
] as const satisfies ErrorCode[];

/**
 * The error responses of an operation: one per status, naming exactly the `codes` it can answer
 * (their `error_code` is an enum of them), plus `default` for 500 `INTERNAL_SERVER_ERROR`. Every
 * operation can answer 422 `VALIDATION_ERROR` (a malformed `X-D1-Bookmark`), so that is always among them.
 * @example errorResponses(...API_KEY_ERRORS, "RECORDING_NOT_FOUND", "VALIDATION_ERROR")
 */
export function errorResponses(...codes: ErrorCode[]): Record<string, ResponseConfig> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set<ErrorCode>([...codes, "VALIDATION_ERROR"])) {
    const { status } = ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, ResponseConfig> = {};
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) out[status] = errorResponse(group);
  out.default = errorResponse(["INTERNAL_SERVER_ERROR"]);
  return out;
}

type Security = Record<string, string[]>[];

/**
 * An API key with `scope` by either scheme, or an access token with it (Bearer only); the scope is the
 * requirement's role (OpenAPI 3.1 §4.8.30).
 */
export function apiKeySecurity(scope: Scope): Security {
  return [{ bearerAuth: [scope] }, { accessToken: [scope] }, { basicAuth: [scope] }];
}

/** Any working API key or access token, whatever its scopes. */
export function anyCredentialSecurity(): Security {
  return [{ bearerAuth: [] }, { accessToken: [] }, { basicAuth: [] }];
}

/** The admin token. */
export const ADMIN_SECURITY: Security = [{ adminToken: [] }];

/** No credentials. */
export const PUBLIC: Security = [];

/** `headers` with every one optional: for a response that has them only in some of its forms. */
export function optionalHeaders(headers: ReturnType<typeof responseHeaders>): ReturnType<typeof responseHeaders> {
  return Object.fromEntries(Object.entries(headers).map(([name, header]) => [name, { ...header, required: false }]));
}
