// The OpenAPI description of the paths under /v1/signed/ (`signedResponses()` in middleware/signed-link.ts): the
// CORS headers every answer carries, errors a browser may get as HTML, and the documented preflight.
import type { RouteConfig } from "@hono/zod-openapi";
import type { ErrorCode } from "./error-codes";
import { emptyResponse, errorResponses, PUBLIC } from "./openapi";
import { responseHeaders, type ResponseHeaderName } from "./openapi-headers";

type ResponseConfig = RouteConfig["responses"][string];

/** Headers every answer through a signed link has: any origin may read it (the signature is the credential). */
export const SIGNED_CORS_HEADERS = ["Access-Control-Allow-Origin", "Access-Control-Expose-Headers"] as const satisfies ResponseHeaderName[];

/**
 * `errorResponses` for an operation under `/v1/signed/` (`signedResponses()` in middleware/signed-link.ts):
 * every answer carries the CORS headers, and a browser that prefers HTML gets the error as a readable page.
 */
export function signedErrorResponses(...codes: ErrorCode[]): Record<string, ResponseConfig> {
  const out: Record<string, ResponseConfig> = {};
  for (const [status, response] of Object.entries(errorResponses(...codes))) {
    const { headers, content } = response as { headers: ReturnType<typeof responseHeaders>; content: Record<string, unknown> };
    out[status] = {
      ...response,
      headers: { ...headers, ...responseHeaders(...SIGNED_CORS_HEADERS) },
      content: { ...content, "text/html": { schema: { type: "string" } } },
    };
  }
  return out;
}

/** The CORS preflight `signedResponses()` answers for a signed path: documents OPTIONS beside its GET. */
export function preflightOperation(route: {
  path: string;
  operationId?: string;
  tags?: string[];
  request?: { params?: NonNullable<RouteConfig["request"]>["params"] };
}) {
  return {
    method: "options" as const,
    path: route.path,
    request: { params: route.request?.params },
    operationId: `${route.operationId}Preflight`,
    tags: route.tags,
    summary: "CORS preflight (any origin; GET and HEAD)",
    description: "Answered for any origin, with no credentials: the signature in the link is the credential.",
    security: PUBLIC,
    responses: {
      204: emptyResponse(
        "Allowed",
        ...SIGNED_CORS_HEADERS,
        "Access-Control-Allow-Methods",
        "Access-Control-Allow-Headers",
        "Access-Control-Max-Age",
      ),
      ...signedErrorResponses(),
    },
  };
}
