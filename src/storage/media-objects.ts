import { crc32 } from "node:zlib";
import { toHex } from "../lib/crypto";

/** The R2 key of a media object: by account, then recording, so a tenant's objects share a prefix. */
export function mediaObjectKey(accountId: string, recordingId: string, mediaId: string): string {
  return `accounts/${accountId}/recordings/${recordingId}/media/${mediaId}`;
}

/** What was stored: the byte count and the digests computed while streaming. */
export interface StoredObject {
  byteSize: number;
  sha256: string;
  crc32: number;
}

/** Thrown when the body did not have exactly the declared number of bytes. */
export class BodyLengthError extends Error {}

/**
 * Streams `body` into R2 under `key` without buffering it: the bytes pass through SHA-256 and CRC-32
 * on their way, and a FixedLengthStream gives R2 the length it needs up front.
 * @throws BodyLengthError when the body is shorter or longer than `length`
 */
export async function putMediaObject(
  bucket: R2Bucket,
  key: string,
  body: ReadableStream<Uint8Array> | null,
  { length, contentType }: { length: number; contentType: string },
): Promise<StoredObject> {
  const digest = new crypto.DigestStream("SHA-256");
  const digestWriter = digest.getWriter();
  let crc = 0;
  let seen = 0;
  const meter = new TransformStream<Uint8Array, Uint8Array>({
    async transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > length) throw new BodyLengthError(`The body is longer than Content-Length (${length})`);
      crc = crc32(chunk, crc);
      await digestWriter.write(chunk);
      controller.enqueue(chunk);
    },
    async flush() {
      if (seen !== length) throw new BodyLengthError(`The body is shorter than Content-Length (${length})`);
      await digestWriter.close();
    },
  });
  const source = body ?? new Blob([]).stream();
  const httpMetadata = { contentType };
  if (length === 0) {
    await source.pipeThrough(meter).pipeTo(new WritableStream());
    await bucket.put(key, new Uint8Array(0), { httpMetadata });
  } else {
    const fixed = new FixedLengthStream(length);
    // When R2 gives up, nothing reads the stream any more: stop pumping the body, or it waits forever.
    const stop = new AbortController();
    const piping = source.pipeThrough(meter).pipeTo(fixed.writable, { signal: stop.signal });
    const putting = bucket.put(key, fixed.readable, { httpMetadata }).catch((err: unknown) => {
      stop.abort(err);
      throw err;
    });
    const [piped, put] = await Promise.allSettled([piping, putting]);
    if (piped.status === "rejected" && piped.reason instanceof BodyLengthError) throw piped.reason;
    if (put.status === "rejected") throw put.reason;
    if (piped.status === "rejected") throw piped.reason;
  }
  return { byteSize: seen, sha256: toHex(await digest.digest), crc32: crc };
}

/** The object's bytes, or the part `range` names; null when the object is missing. */
export async function getMediaObject(
  bucket: R2Bucket,
  key: string,
  range?: { offset: number; length: number },
): Promise<R2ObjectBody | null> {
  return bucket.get(key, range ? { range } : undefined);
}

/** Removes objects; missing keys are not an error. */
export async function deleteMediaObjects(bucket: R2Bucket, keys: string[]): Promise<void> {
  if (keys.length > 0) await bucket.delete(keys);
}
