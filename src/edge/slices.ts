/**
 * Media as fixed-size aligned slices (pure: no bindings). The edge cache keeps each object as slices
 * `[i × size, min((i + 1) × size, objectSize))`, so any byte range is served by joining the parts of the
 * slices it touches, and one entry never nears the cache's 512 MB limit.
 */

/** The slice size unless `MEDIA_CACHE_SLICE_BYTES` says otherwise: 8 MiB. */
export const DEFAULT_SLICE_BYTES = 8 * 1024 * 1024;
/** Bounds of a configured slice size: below 4 KiB the per-slice calls dominate; a cache entry must stay under 512 MB. */
export const MIN_SLICE_BYTES = 4096;
export const MAX_SLICE_BYTES = 256 * 1024 * 1024;

/** The slice size from its configuration text; the default when it is missing or out of bounds. */
export function sliceBytesFrom(text: string | undefined): number {
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= MIN_SLICE_BYTES && value <= MAX_SLICE_BYTES ? value : DEFAULT_SLICE_BYTES;
}

/** The part of one slice a range needs: the slice (index, where it starts, its length) and the bytes of it wanted, [from, to). */
export interface SlicePart {
  index: number;
  sliceStart: number;
  sliceLength: number;
  from: number;
  to: number;
}

/**
 * The slices bytes `[offset, offset + length)` of an object of `size` bytes touch, in order, each with
 * the part of it wanted. Empty for an empty range.
 * @example slicePlan(6, 6, 10, 4) // slices 1 (bytes 2–3 of it) and 2 (bytes 0–1)
 */
export function slicePlan(offset: number, length: number, size: number, sliceBytes: number): SlicePart[] {
  const end = Math.min(offset + length, size);
  const parts: SlicePart[] = [];
  for (let index = Math.floor(offset / sliceBytes); index * sliceBytes < end; index++) {
    const sliceStart = index * sliceBytes;
    const sliceLength = Math.min(sliceBytes, size - sliceStart);
    parts.push({ index, sliceStart, sliceLength, from: Math.max(offset, sliceStart) - sliceStart, to: end - sliceStart > sliceLength ? sliceLength : end - sliceStart });
  }
  return parts;
}
