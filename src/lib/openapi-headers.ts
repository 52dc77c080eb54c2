import { z } from "@hono/zod-openapi";

/**
 * The HTTP headers the API reads and writes, defined once for the OpenAPI document. Request headers
 * are zod schemas for a route's `request.headers` (all optional strings: a malformed conditional or
 * range is ignored as RFC 9110 says, never refused); response headers are OpenAPI header objects
 * for a response's `headers`. The names are the canonical spellings; HTTP compares them case-insensitively.
 */

// Keys are the canonical spellings: @hono/zod-validator matches request headers to them case-insensitively.
const requestHeader = (description: string, example: string) => z.string().optional().openapi({ description, example });

/** `Range` and `If-Range` (RFC 9110 §14.2, §13.1.5): one byte range, honoured only while `If-Range` holds. */
export const RangeHeaders = {
  Range: requestHeader(
    "One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; " +
      "a malformed one, another unit or several ranges are ignored (200 with the whole media).",
    "bytes=0-1023",
  ),
  "If-Range": requestHeader(
    "A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200.",
    '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"',
  ),
};

/** The conditional request headers of RFC 9110 §13.1, evaluated in its order (§13.2.2). */
export const ConditionalHeaders = {
  "If-Match": requestHeader("Entity tags (strong comparison) or `*`; when none matches: 412.", '"9f86d0…"'),
  "If-None-Match": requestHeader(
    "Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`.",
    '"9f86d0…"',
  ),
  "If-Modified-Since": requestHeader(
    "An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present.",
    "Sun, 22 Nov 2026 10:15:00 GMT",
  ),
  "If-Unmodified-Since": requestHeader(
    "An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present.",
    "Sun, 22 Nov 2026 10:15:00 GMT",
  ),
};

/** The request headers of a media GET: ranges and conditionals. */
export const MediaRequestHeadersSchema = z.object({ ...RangeHeaders, ...ConditionalHeaders });

/** The request headers of a resumable bulk ZIP: ranges and the entity-tag conditionals (it has no date). */
export const ArchiveRequestHeadersSchema = z.object({
  Range: requestHeader(
    "One byte range of the archive, as for media. An unsatisfiable range is a 416; a malformed one, another unit or several " +
      "ranges are ignored (200 with the whole archive).",
    "bytes=1048576-",
  ),
  "If-Range": requestHeader(
    "The archive's strong `ETag`: the `Range` is honoured only while the archive would still be the same bytes, else 200 with the whole new archive.",
    '"5f1d7a0c9b3e…"',
  ),
  "If-Match": ConditionalHeaders["If-Match"],
  "If-None-Match": ConditionalHeaders["If-None-Match"],
});

/** `Content-Digest` (RFC 9530) of an upload. */
export const ContentDigestHeaders = {
  "Content-Digest": requestHeader(
    "`sha-256=:<base64 of the SHA-256 of the body>:`. When given, the stored bytes are checked against it " +
      "(400 `DIGEST_MISMATCH`, nothing stored); other algorithms in the list are ignored.",
    "sha-256=:n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=:",
  ),
};

/** An OpenAPI response header object (a type, not an interface, so it fits the generator's index-signed type). */
type HeaderObject = {
  description: string;
  required?: boolean;
  schema: { type: "string" | "integer"; minimum?: number };
  example?: string | number;
};

const text = (description: string, example?: string, required = true): HeaderObject => ({
  description,
  required,
  schema: { type: "string" },
  ...(example === undefined ? {} : { example }),
});

/** Every response header the API writes, by name. */
export const RESPONSE_HEADERS = {
  "X-Request-Id": text("This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`", "0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b"),
  "X-D1-Bookmark": text(
    "The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither " +
      "read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; " +
      "without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.",
    "00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683",
  ),
  ETag: text("Strong entity tag: the media's SHA-256 in quotes", '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"'),
  "Last-Modified": text("When the media was uploaded (an HTTP date)", "Sun, 22 Nov 2026 10:15:00 GMT"),
  "Accept-Ranges": text("Always `bytes`", "bytes"),
  "Content-Range": text("The range sent, `bytes first-last/size` (206), or `bytes */size` (416)", "bytes 0-1023/48000"),
  "Content-Length": {
    description: "Bytes in this body (206: in the range)",
    required: true,
    schema: { type: "integer", minimum: 0 },
    example: 1024,
  } satisfies HeaderObject,
  "Content-Disposition": text(
    "`inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`",
    "inline; filename=\"call.wav\"; filename*=UTF-8''call.wav",
  ),
  "Cache-Control": text(
    "`private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets",
    "private, no-transform",
  ),
  "X-Content-Type-Options": text("Always `nosniff` on media", "nosniff"),
  "Content-Security-Policy": text("On media `sandbox; default-src 'none'`: nothing served can run on the API's origin", "sandbox; default-src 'none'"),
  "Content-Encoding": text("Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them", "identity"),
  "Access-Control-Allow-Origin": text("`*` through a signed link: the signature is the credential", "*"),
  "Access-Control-Expose-Headers": text(
    "What a cross-origin page may read of a signed response",
    "Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition",
  ),
  "Access-Control-Allow-Methods": text("Preflight: the methods a signed link allows", "GET, HEAD"),
  "Access-Control-Allow-Headers": text("Preflight: the request headers a signed link allows", "Range, If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since, If-Range"),
  "Access-Control-Max-Age": text("Preflight: how long a browser may keep this answer (seconds)", "86400"),
  Vary: text("The request headers the answer depends on", "Accept, Authorization"),
  Location: text("The URL of what was created", "/v1/recordings/6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10"),
  Allow: text("The methods this path has", "GET, HEAD, PATCH"),
  "Accept-Encoding": text("On 415: the only content coding a request body may have", "identity"),
  "Tus-Resumable": text("The tus protocol version of the answer, `1.0.0`", "1.0.0"),
  "Tus-Version": text("The tus versions the server supports", "1.0.0"),
  "Tus-Extension": text("The tus extensions the server supports", "creation,creation-with-upload,termination,expiration"),
  "Tus-Max-Size": text("The largest `Upload-Length` accepted, in bytes", "107374182400"),
  "Upload-Chunk-Min-Size": text("The smallest chunk of a PATCH that does not finish the upload, in bytes (5 MiB)", "5242880"),
  "Upload-Chunk-Rule": text("The chunk rule, in words", "Every PATCH but the last must carry the same number of bytes, at least 5242880 (5 MiB), and the last no more"),
  "Upload-Offset": text("Bytes of the upload stored so far", "8388608"),
  "Upload-Length": text("The upload's whole size, in bytes", "62914560"),
  "Upload-Expires": text("When the unfinished upload is discarded (an HTTP date)", "Tue, 24 Nov 2026 07:08:18 GMT"),
  "Upload-Media-Id": text("The media item the finished upload became", "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10"),
  "WWW-Authenticate": text("The schemes that would be accepted", 'Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"'),
} as const satisfies Record<string, HeaderObject>;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

/** The named response headers as an OpenAPI `headers` object; `X-Request-Id` and `X-D1-Bookmark` are always among them. */
export function responseHeaders(...names: ResponseHeaderName[]): Record<string, HeaderObject> {
  const out: Record<string, HeaderObject> = {
    "X-Request-Id": RESPONSE_HEADERS["X-Request-Id"],
    "X-D1-Bookmark": RESPONSE_HEADERS["X-D1-Bookmark"],
  };
  for (const name of names) out[name] = RESPONSE_HEADERS[name];
  return out;
}
