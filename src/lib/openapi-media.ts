// The OpenAPI description of media answers: raw bytes, and a media GET's 200, 206 and 304 (RFC 9110 ranges and
// conditionals) with the headers every one of them carries. The building blocks every route uses are in openapi.ts.
import { emptyResponse } from "./openapi";
import { responseHeaders, type ResponseHeaderName } from "./openapi-headers";

/** Raw bytes of any type, in a request or response body. */
export const BINARY = { schema: { type: "string" as const, format: "binary" } };

/** Media types a media response may have: the stored type, whatever it is. */
export const MEDIA_CONTENT = { "audio/*": BINARY, "video/*": BINARY, "*/*": BINARY };

/** Headers every media response has, 304s included: caching and the safety headers. */
const MEDIA_SAFETY = ["Cache-Control", "Content-Security-Policy", "X-Content-Type-Options", "Content-Encoding"] as const;
const MEDIA_HEADERS = [
  "Content-Length",
  "Accept-Ranges",
  "ETag",
  "Last-Modified",
  "Content-Disposition",
  ...MEDIA_SAFETY,
] as const satisfies ResponseHeaderName[];

/**
 * The successful answers of a media GET (RFC 9110): 200 with the whole media, 206 with one range,
 * 304 when a conditional says the client's copy is current. Pair with `MediaRequestHeadersSchema`,
 * and with `errorResponses(…, "PRECONDITION_FAILED", "RANGE_NOT_SATISFIABLE")`.
 */
export function mediaResponses(content: Record<string, typeof BINARY> = MEDIA_CONTENT, ...extra: ResponseHeaderName[]) {
  return {
    200: { description: "The whole media, in its stored content type", headers: responseHeaders(...MEDIA_HEADERS, ...extra), content },
    206: {
      description: "One byte range of the media (`Content-Range: bytes first-last/size`)",
      headers: responseHeaders(...MEDIA_HEADERS, "Content-Range", ...extra),
      content,
    },
    304: emptyResponse("Not modified: `If-None-Match` or `If-Modified-Since` matched", "ETag", "Last-Modified", ...MEDIA_SAFETY, ...extra),
  };
}
