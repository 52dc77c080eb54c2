import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "./error-codes";

/** One validation problem: where it is (`["body", "recording_ids", 3]`), what is wrong, and its kind. */
export interface ErrorDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
  /** On `QUOTA_EXCEEDED`: what the account uses, its limit, and what the request asked for. */
  usage?: number;
  limit?: number;
  requested?: number;
}

/**
 * The one error type the app throws. `onError` turns it into the contract's error body.
 * @example throw new ApiError(404, "RECORDING_NOT_FOUND", `Recording ${id} not found`);
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The contract's error body (section 1). */
export interface ErrorBody {
  status: "error";
  error_code: ErrorCode;
  message: string;
  request_id: string;
  details?: ErrorDetail[];
}

/** Builds the JSON error body for `error`, tagged with the request id. */
export function errorBody(error: ApiError, requestId: string): ErrorBody {
  const body: ErrorBody = {
    status: "error",
    error_code: error.code,
    message: error.message,
    request_id: requestId,
  };
  if (error.details) body.details = error.details;
  return body;
}

/** 422 `VALIDATION_ERROR` with the located problems. */
export function validationError(details: ErrorDetail[]): ApiError {
  return new ApiError(422, "VALIDATION_ERROR", "The request is not valid", details);
}

/** 405 `METHOD_NOT_ALLOWED` for `method` on a path that has `allowed` (listed in `Allow`). */
export function methodNotAllowed(method: string, allowed: readonly string[]): ApiError {
  const list = allowed.join(", ");
  return new ApiError(405, "METHOD_NOT_ALLOWED", `${method} is not allowed here; use ${list}`, undefined, { Allow: list });
}

/** 404 for a recording that does not exist, is in the trash, or belongs to another account. */
export function recordingNotFound(id: string): ApiError {
  return new ApiError(404, "RECORDING_NOT_FOUND", `Recording ${id} not found`);
}

/** 404 for a media item that does not exist on this recording. */
export function mediaNotFound(id: string): ApiError {
  return new ApiError(404, "MEDIA_NOT_FOUND", `Media ${id} not found`);
}

/** 409 for a recording whose media cannot be served or removed yet. */
export function inProgress(id: string): ApiError {
  return new ApiError(409, "RECORDING_IN_PROGRESS", `Recording ${id} is still in progress`);
}

/** 409 for a PATCH that would move a status backwards or out of a final status (contract section 3). */
export function invalidStatusTransition(from: string, to: string): ApiError {
  return new ApiError(409, "INVALID_STATUS_TRANSITION", `The status cannot change from ${from} to ${to}`);
}

/**
 * 400 `BODY_LENGTH_MISMATCH`: the request body ended before, broke off at, or ran past its
 * `Content-Length`. `cause` (what the body reader said) is logged as a client error, never sent.
 */
export function bodyLengthMismatch(message: string, cause?: unknown): ApiError {
  const error = new ApiError(400, "BODY_LENGTH_MISMATCH", message);
  if (cause !== undefined) error.cause = cause;
  return error;
}
