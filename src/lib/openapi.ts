import type { ZodType } from "zod";
import { ErrorSchema } from "../schemas/common";

const ERROR_DESCRIPTIONS = {
  400: "Malformed request (`MALFORMED_JSON`; `BODY_LENGTH_MISMATCH`: the body ended before, broke off at, or ran past its `Content-Length`; …)",
  401: "Missing or invalid credentials (`UNAUTHORIZED`)",
  403: "The key lacks the scope (`FORBIDDEN`)",
  404: "Not found, or another account's (`…_NOT_FOUND`)",
  406: "No representation matches `Accept` (`NOT_ACCEPTABLE`)",
  409: "Conflicts with the resource's state (`RECORDING_IN_PROGRESS`, …)",
  411: "`Content-Length` is required (`LENGTH_REQUIRED`)",
  412: "A precondition failed (`PRECONDITION_FAILED`)",
  413: "The body is too large (`PAYLOAD_TOO_LARGE`)",
  415: "The body has a `Content-Encoding` other than `identity` (`UNSUPPORTED_MEDIA_TYPE`); send it unencoded",
  416: "The range cannot be satisfied (`RANGE_NOT_SATISFIABLE`)",
  422: "The body, query or path fails its schema (`VALIDATION_ERROR`, `INVALID_CURSOR`)",
} as const;

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** JSON content of `schema` for a route's request or response. */
export function jsonContent<T extends ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

/** The error responses a route can give, each with the contract's error body. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  const out = {} as Record<S, ReturnType<typeof jsonContent<typeof ErrorSchema>>>;
  for (const status of statuses) out[status] = jsonContent(ErrorSchema, ERROR_DESCRIPTIONS[status]);
  return out;
}

/** Every route that takes an API key names both schemes. */
export const API_KEY_SECURITY: Record<string, string[]>[] = [{ bearerAuth: [] }, { basicAuth: [] }];
export const ADMIN_SECURITY: Record<string, string[]>[] = [{ adminToken: [] }];

/** Raw bytes of any type, in a request or response body. */
export const BINARY = { schema: { type: "string" as const, format: "binary" } };

/** The successful answers of every media GET (keyed or signed): the bytes, one range, or not modified. */
export const MEDIA_RESPONSES = {
  200: { description: "The media bytes", content: { "audio/*": BINARY, "video/*": BINARY, "*/*": BINARY } },
  206: { description: "One byte range (`Content-Range: bytes a-b/size`)" },
  304: { description: "Not modified (`If-None-Match`, `If-Modified-Since`)" },
};
