import type { SlicePart } from "./slices";

/**
 * The colo's cache of media slices (the Workers Cache API, `caches.default`). An entry holds the bytes of
 * one slice and nothing else: no credential, signature or response header of any request is in its key
 * or its value, so any authorized request may be answered from it and answers exactly as R2 would.
 */
export interface SliceCache {
  cache: Cache;
  sliceBytes: number;
  /** The API's own origin: entries are keyed under it, on a path no route serves. */
  origin: string;
  /** Keeps a fill running after the response is sent (the execution context's `waitUntil`). */
  waitUntil(promise: Promise<unknown>): void;
}

/** What identifies one slice's bytes: the media item, its content (the SHA-256 that is its ETag), the slicing. */
export interface SliceOf {
  mediaId: string;
  sha256: string;
}

/** How long a slice may stay cached. The key changes with the content, so this bounds only how long bytes linger. */
export const SLICE_TTL_SECONDS = 86_400;

/** The cache key of one slice: media id, ETag, slice size and index; nothing from the request. */
export function sliceKey(cache: Pick<SliceCache, "origin" | "sliceBytes">, media: SliceOf, index: number): string {
  return `${cache.origin}/.media-slices/${media.mediaId}/${media.sha256}/${cache.sliceBytes}/${index}`;
}

/** The value an intact entry carries in `X-Slice`, checked on every hit. */
function identity(media: SliceOf, part: SlicePart): string {
  return `${media.mediaId}/${media.sha256}/${part.index}/${part.sliceLength}`;
}

/**
 * The cached bytes of a slice, or null on a miss. An entry that is not exactly what was stored (another
 * status, identity or length) counts as a miss and is dropped; a body that ends short is caught by the reader.
 */
export async function matchSlice(slices: SliceCache, media: SliceOf, part: SlicePart): Promise<ReadableStream<Uint8Array> | null> {
  const key = sliceKey(slices, media, part.index);
  const hit = await slices.cache.match(key);
  if (!hit) return null;
  const intact =
    hit.status === 200 &&
    hit.body !== null &&
    hit.headers.get("X-Slice") === identity(media, part) &&
    hit.headers.get("Content-Length") === String(part.sliceLength);
  if (intact) return hit.body;
  await hit.body?.cancel();
  dropSlice(slices, media, part.index);
  return null;
}

/** Removes a slice's entry (it was found corrupt or short), after the response. */
export function dropSlice(slices: SliceCache, media: SliceOf, index: number): void {
  slices.waitUntil(slices.cache.delete(sliceKey(slices, media, index)).catch(() => false));
}

/**
 * Stores a slice's bytes as they stream from R2, after the response if need be. A body that ends short or
 * breaks stores nothing (the fixed length refuses it); a failed fill is logged and never fails the request.
 */
export function fillSlice(slices: SliceCache, media: SliceOf, part: SlicePart, body: ReadableStream<Uint8Array>): void {
  const fixed = new FixedLengthStream(part.sliceLength);
  const headers = {
    "Content-Type": "application/octet-stream",
    "Content-Length": String(part.sliceLength),
    "Cache-Control": `public, max-age=${SLICE_TTL_SECONDS}`,
    "X-Slice": identity(media, part),
  };
  const stored = Promise.all([
    body.pipeTo(fixed.writable),
    slices.cache.put(sliceKey(slices, media, part.index), new Response(fixed.readable, { headers })),
  ]).catch((err: unknown) => {
    console.warn(JSON.stringify({ event: "media_slice_fill_failed", media_id: media.mediaId, slice: part.index, error: String(err) }));
  });
  slices.waitUntil(stored);
}
