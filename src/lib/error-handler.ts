import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "./error-codes";
import { ApiError, errorBody, methodNotAllowed } from "./errors";
import type { AppBindings } from "./types";

const CODES_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  406: "NOT_ACCEPTABLE",
  411: "LENGTH_REQUIRED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  416: "RANGE_NOT_SATISFIABLE",
};

/** Maps anything thrown to an ApiError: ours as they are, Hono's HTTPExceptions by status, the rest to 500. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    if (status === 400 && /json/i.test(err.message)) {
      return new ApiError(400, "MALFORMED_JSON", "The request body is not valid JSON");
    }
    const code = CODES_BY_STATUS[status];
    if (code) return new ApiError(status, code, err.message || code);
  }
  return new ApiError(500, "INTERNAL_SERVER_ERROR", "Something went wrong on our side; the request id identifies it in our logs");
}

/** Writes the contract's JSON error response for `error`, with the request id and any headers it carries. */
export function errorResponse(c: Context<AppBindings>, error: ApiError): Response {
  const requestId = c.get("requestId") ?? crypto.randomUUID();
  const response = c.json(errorBody(error, requestId), error.status);
  response.headers.set("X-Request-Id", requestId);
  response.headers.set("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(error.headers ?? {})) response.headers.set(name, value);
  return response;
}

/** The single place errors become responses; internals are logged, never sent, and client errors with a cause as warnings. */
export const onError: ErrorHandler<AppBindings> = (err, c) => {
  const error = toApiError(err);
  const requestId = c.get("requestId");
  if (error.status >= 500) {
    console.error(JSON.stringify({ request_id: requestId, error: String(err), stack: (err as Error)?.stack }));
  } else if (error.cause !== undefined) {
    // A client's fault with something underneath (a body cut off): one line, no stack.
    const cause = error.cause instanceof Error && error.cause.cause !== undefined ? error.cause.cause : error.cause;
    console.warn(JSON.stringify({ request_id: requestId, client_error: error.code, message: error.message, cause: String(cause) }));
  }
  return errorResponse(c, error);
};

/**
 * Builds the handler for requests no route took: 405 with `Allow` when the path exists under
 * other methods, 404 `NOT_FOUND` otherwise.
 */
export function notFound(allowedMethods: (path: string) => string[]): NotFoundHandler<AppBindings> {
  return (c) => {
    const allowed = allowedMethods(c.req.path);
    // A method the path has that found nothing (a /docs file that does not exist) is a 404, not a 405.
    if (allowed.length > 0 && !allowed.includes(c.req.method)) return errorResponse(c, methodNotAllowed(c.req.method, allowed));
    return errorResponse(c, new ApiError(404, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`));
  };
}
