import type { MediaRow } from "../db/media";
import { getMediaObject } from "../storage/media-objects";
import { chunkSource, type BufferPool, type ChunkSource } from "../zip/chunk-source";
import { ZipSourceError, type MediaRange } from "../zip/zip-stream";

/**
 * Most bytes asked of R2 in one ranged read: a longer part of an entry is read in windows of this size,
 * one after another. Local R2 (wrangler dev) gathers a multipart object's range before sending its first
 * byte, so one read of a 4 GiB entry held gigabytes and minutes; R2 itself streams either way, and a
 * window costs one more read operation per 64 MiB.
 */
export const R2_READ_WINDOW = 64 * 1024 * 1024;

/**
 * Opens `range` of a media item for the archive: ranged R2 reads of at most `window` bytes in turn, each
 * checked to come from an object of the size the entry records and to deliver exactly its bytes.
 */
export function archiveMediaOpener(bucket: R2Bucket, window = R2_READ_WINDOW) {
  return async (media: MediaRow, range: MediaRange, pool: BufferPool): Promise<ChunkSource> => {
    const end = range.offset + range.length;
    let next = range.offset;
    let left = 0;
    const openWindow = async (): Promise<ChunkSource> => {
      const length = Math.min(window, end - next);
      const object = await getMediaObject(bucket, media.r2_key, { offset: next, length });
      if (!object) throw new ZipSourceError(`media ${media.id} is missing from R2 (${media.r2_key})`);
      if (object.size !== media.byte_size) {
        await object.body.cancel().catch(() => undefined);
        throw new ZipSourceError(`media ${media.id} holds ${object.size} bytes in R2, not ${media.byte_size}`);
      }
      next += length;
      left = length;
      return chunkSource(object.body, pool);
    };
    let current = await openWindow();
    return {
      async read(want) {
        for (;;) {
          const chunk = await current.read(Math.min(want, Math.max(left, 1)));
          if (chunk !== null) {
            left -= chunk.byteLength;
            return chunk;
          }
          if (left !== 0) throw new ZipSourceError(`media ${media.id} ended ${left} bytes early in R2`);
          if (next >= end) return null;
          current = await openWindow();
        }
      },
      cancel: (reason) => current.cancel(reason),
    };
  };
}
