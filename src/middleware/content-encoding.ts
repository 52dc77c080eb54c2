import type { MiddlewareHandler } from "hono";
import { ApiError } from "../lib/errors";
import type { AppBindings } from "../lib/types";

/** The codings of a `Content-Encoding` field that are not `identity` (RFC 9110 §8.4), lower-cased. */
export function unsupportedCodings(field: string | undefined): string[] {
  if (field === undefined) return [];
  return field
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity");
}

/**
 * Refuses a request body the API would have to decode: any `Content-Encoding` other than `identity`
 * is 415 `UNSUPPORTED_MEDIA_TYPE` with `Accept-Encoding: identity` (RFC 9110 §15.5.16), before the body
 * is read, so gzip bytes are never stored or parsed as if they were the content.
 */
export function identityBodies(): MiddlewareHandler<AppBindings> {
  return function identityBodiesMiddleware(c, next) {
    if (c.req.raw.body === null) return next();
    const codings = unsupportedCodings(c.req.header("content-encoding"));
    if (codings.length > 0) {
      const message = `Content-Encoding ${codings.join(", ")} is not supported; send the body unencoded`;
      throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", message, undefined, { "Accept-Encoding": "identity" });
    }
    return next();
  };
}
