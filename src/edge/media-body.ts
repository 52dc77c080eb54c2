import { getMediaObject } from "../storage/media-objects";
import { dropSlice, fillSlice, matchSlice, type SliceCache } from "./slice-cache";
import { slicePlan, type SlicePart } from "./slices";

/** Where media bytes come from: R2, and the colo's slice cache when it is on (null: straight from R2). */
export interface MediaStore {
  bucket: R2Bucket;
  slices: SliceCache | null;
}

/** The stored object a body is read from. */
export interface StoredMedia {
  id: string;
  sha256: string;
  r2_key: string;
  byte_size: number;
}

type Range = { offset: number; length: number };

/**
 * The bytes `range` names of a media object (all of it without one), as a pulled stream; null when the
 * object is missing from R2. With the slice cache, each touched slice comes from the cache, or on a miss
 * from one ranged R2 read of the whole slice that also fills the cache; the slices are joined in order.
 * Callers authorize the request and decide the range first: nothing here looks at who is asking.
 */
export async function openMediaBody(store: MediaStore, media: StoredMedia, range?: Range): Promise<ReadableStream<Uint8Array> | null> {
  if (!store.slices) return (await getMediaObject(store.bucket, media.r2_key, range))?.body ?? null;
  const { offset, length } = range ?? { offset: 0, length: media.byte_size };
  const parts = slicePlan(offset, length, media.byte_size, store.slices.sliceBytes);
  const open = (i: number) => (i < parts.length ? openPart(store.bucket, store.slices!, media, parts[i]!) : null);
  const first = await open(0);
  if (!first) return null;
  let index = 0;
  let reader = first.getReader();
  // The next slice is looked up (and on a miss read) while this one streams, so joins cost no round trip.
  let ahead = open(1);
  const joined = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          const { done, value } = await reader.read();
          if (!done) return controller.enqueue(value);
          if (++index >= parts.length) return controller.close();
          const next = await ahead;
          if (!next) throw new Error(`media object ${media.id} disappeared from R2 while it was served`);
          reader = next.getReader();
          ahead = open(index + 1);
        }
      },
      async cancel(reason) {
        await Promise.all([reader.cancel(reason), ahead?.then((s) => s?.cancel(reason))]);
      },
    },
    { highWaterMark: 0 },
  );
  // A stream of known length, so the response is sent with its Content-Length rather than chunked.
  return joined.pipeThrough(new FixedLengthStream(length));
}

/** Bytes [from, to) of one slice: from the cache, or from R2 (filling the cache); null when R2 has no object. */
async function openPart(bucket: R2Bucket, slices: SliceCache, media: StoredMedia, part: SlicePart): Promise<ReadableStream<Uint8Array> | null> {
  const ref = { mediaId: media.id, sha256: media.sha256 };
  const cached = await matchSlice(slices, ref, part);
  if (cached) {
    // An entry whose body ends short is a miss from there on: the rest comes from R2, and the entry goes.
    return window(cached, part.from, part.to, async (got) => {
      dropSlice(slices, ref, part.index);
      const rest = await getMediaObject(bucket, media.r2_key, { offset: part.sliceStart + got, length: part.to - got });
      if (!rest) throw new Error(`media object ${media.id} disappeared from R2 while it was served`);
      return rest.body;
    });
  }
  const object = await getMediaObject(bucket, media.r2_key, { offset: part.sliceStart, length: part.sliceLength });
  if (!object) return null;
  const [toCache, toClient] = object.body.tee();
  fillSlice(slices, ref, part, toCache);
  return window(toClient, part.from, part.to);
}

/**
 * Bytes [from, to) of a stream that starts at byte 0 of a slice. When it ends before `to`, `resume(got)`
 * gives the bytes from `got` (at least `from`) on; without it, a short stream is an error.
 */
function window(
  source: ReadableStream<Uint8Array>,
  from: number,
  to: number,
  resume?: (got: number) => Promise<ReadableStream<Uint8Array>>,
): ReadableStream<Uint8Array> {
  let reader = source.getReader();
  let position = 0;
  let resumed = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          if (position >= to) {
            controller.close();
            return reader.cancel().catch(() => undefined);
          }
          const { done, value } = await reader.read();
          if (done) {
            if (!resume || resumed) throw new Error(`a media slice ended at byte ${position} of ${to}`);
            resumed = true;
            reader = (await resume(Math.max(position, from))).getReader();
            position = Math.max(position, from);
            continue;
          }
          const start = position;
          position += value.byteLength;
          if (position <= from) continue;
          const lo = Math.max(from - start, 0);
          const hi = Math.min(to - start, value.byteLength);
          return controller.enqueue(lo === 0 && hi === value.byteLength ? value : value.subarray(lo, hi));
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
