import type { MediaRow } from "../db/media";
import { formatHttpDate, type Validators } from "../http/conditional";
import { contentDisposition } from "../http/content-disposition";
import { contentRangeHeader } from "../http/range";
import { decideAnswer } from "../http/representation";
import { ApiError } from "../lib/errors";
import { mayBeInline } from "./content-types";
import { openMediaBody, type MediaStore } from "../edge/media-body";

export interface ServeOptions {
  /** Asked for; types a browser could run (`mayBeInline`) are always attachments. */
  disposition: "inline" | "attachment";
  /** `private` with an API key; bounded by the expiry for signed links. `no-transform` is added. */
  cacheControl: string;
  /** Extra response headers (CORS for signed links, `Vary` for negotiation). */
  headers?: Record<string, string>;
}

/**
 * Headers on every media response, 304s included: nothing served can run on the API's origin
 * (a sandboxed, resource-less document, no sniffing), and nothing re-encodes the bytes on the way out
 * (ranges, lengths and ETags describe the stored bytes; an explicit identity coding stops the edge, and
 * wrangler dev's copy of it, from compressing text types).
 */
export const MEDIA_SAFETY_HEADERS = {
  "Content-Security-Policy": "sandbox; default-src 'none'",
  "X-Content-Type-Options": "nosniff",
  "Content-Encoding": "identity",
};

/** The validators of a media item: its SHA-256 as a strong ETag, its upload time (whole seconds). */
export function mediaValidators(media: Pick<MediaRow, "sha256" | "created_at">): Required<Validators> {
  return {
    etag: `"${media.sha256}"`,
    lastModified: new Date(Math.floor(Date.parse(media.created_at) / 1000) * 1000),
  };
}

/** 416 for a range outside a representation of `size` bytes (`what`: "media", "archive"). */
export function rangeNotSatisfiable(size: number, what: string): ApiError {
  return new ApiError(416, "RANGE_NOT_SATISFIABLE", `The range is outside the ${what}'s ${size} bytes`, undefined, {
    "Content-Range": contentRangeHeader("unsatisfiable", size),
    "Accept-Ranges": "bytes",
  });
}

/**
 * Answers GET or HEAD for one stored media item as RFC 9110 says: preconditions (304/412), `If-Range`,
 * one byte range (206/416) read as a checked offset and length, the whole object otherwise, from the
 * store (the slice cache, else R2). HEAD never reads bytes and ignores ranges. Callers authorize first.
 * @throws ApiError 412 PRECONDITION_FAILED, 416 RANGE_NOT_SATISFIABLE, 404 MEDIA_NOT_FOUND (object missing)
 */
export async function serveMedia(
  store: MediaStore,
  request: Request,
  media: MediaRow,
  options: ServeOptions,
): Promise<Response> {
  const validators = mediaValidators(media);
  const size = media.byte_size;
  const answer = decideAnswer(request, validators, size);
  if (answer.status === 412) {
    throw new ApiError(412, "PRECONDITION_FAILED", "A precondition in the request does not hold for this media");
  }
  // One object, handed to the Response once: no Headers object to build and then set field by field.
  const headers: Record<string, string> = {
    ETag: validators.etag,
    "Last-Modified": formatHttpDate(validators.lastModified),
    "Cache-Control": `${options.cacheControl}, no-transform`,
    ...MEDIA_SAFETY_HEADERS,
    ...options.headers,
  };
  if (answer.status === 304) return new Response(null, { status: 304, headers });
  if (answer.status === 416) throw rangeNotSatisfiable(size, "media");

  const partial = answer.status === 206 ? answer : null;
  headers["Accept-Ranges"] = "bytes";
  headers["Content-Type"] = media.content_type;
  headers["Content-Disposition"] = contentDisposition(mayBeInline(media.content_type) ? options.disposition : "attachment", media.filename);
  headers["Content-Length"] = String(partial ? partial.length : size);
  if (partial) headers["Content-Range"] = contentRangeHeader(partial, size);
  const status = partial ? 206 : 200;
  if (request.method === "HEAD" || size === 0) return new Response(null, { status, headers });

  const body = await openMediaBody(store, media, partial ? { offset: partial.offset, length: partial.length } : undefined);
  if (!body) {
    console.error(JSON.stringify({ error: "media object missing from R2", media_id: media.id, key: media.r2_key }));
    throw new ApiError(404, "MEDIA_NOT_FOUND", `Media ${media.id} is not available`);
  }
  return new Response(body, { status, headers, encodeBody: "manual" });
}
