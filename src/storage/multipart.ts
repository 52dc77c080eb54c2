// The R2 side of resumable uploads: one multipart upload per tus upload, one part per PATCH.
import { crc32 } from "node:zlib";
import type { ResumableSha256 } from "../tus/sha256";
import { BodyLengthError } from "./media-objects";

/** One stored part, as R2 needs it to complete the upload. */
export type StoredPart = R2UploadedPart;

/** Starts the multipart upload that will become the object at `key`; returns its R2 upload id. */
export async function createMultipart(bucket: R2Bucket, key: string, contentType: string): Promise<string> {
  const upload = await bucket.createMultipartUpload(key, { httpMetadata: { contentType } });
  return upload.uploadId;
}

/**
 * Streams `body` (exactly `length` bytes, never buffered whole) into part `partNumber`, continuing the
 * CRC-32 `crc` and the SHA-256 `sha256` over it.
 * @throws BodyLengthError when the body is shorter or longer than `length` (nothing is recorded for
 *   the part then); R2's error when R2 refuses it
 */
export async function uploadPart(
  bucket: R2Bucket,
  key: string,
  uploadId: string,
  { partNumber, body, length, crc, sha256 }: {
    partNumber: number; body: ReadableStream<Uint8Array>; length: number; crc: number; sha256: ResumableSha256;
  },
): Promise<{ part: StoredPart; crc: number }> {
  let seen = 0;
  let running = crc;
  const meter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > length) throw new BodyLengthError(`The body is longer than Content-Length (${length})`);
      running = crc32(chunk, running);
      sha256.update(chunk);
      controller.enqueue(chunk);
    },
    flush() {
      if (seen !== length) throw new BodyLengthError(`The body is shorter than Content-Length (${length})`);
    },
  });
  const fixed = new FixedLengthStream(length);
  // When R2 gives up, nothing reads the stream any more: stop pumping the body, or it waits forever.
  const stop = new AbortController();
  const piping = body.pipeThrough(meter).pipeTo(fixed.writable, { signal: stop.signal });
  const multipart = bucket.resumeMultipartUpload(key, uploadId);
  const putting = multipart.uploadPart(partNumber, fixed.readable).catch((err: unknown) => {
    stop.abort(err);
    throw err;
  });
  const [piped, put] = await Promise.allSettled([piping, putting]);
  if (piped.status === "rejected" && piped.reason instanceof BodyLengthError) throw piped.reason;
  if (put.status === "rejected") throw put.reason;
  if (piped.status === "rejected") throw piped.reason;
  return { part: put.value, crc: running };
}

/** Joins the parts into the object at `key`. */
export async function completeMultipart(bucket: R2Bucket, key: string, uploadId: string, parts: StoredPart[]): Promise<void> {
  await bucket.resumeMultipartUpload(key, uploadId).complete(parts);
}

/** Discards the multipart upload and its parts; one that is already gone is not an error. */
export async function abortMultipart(bucket: R2Bucket, key: string, uploadId: string): Promise<void> {
  try {
    await bucket.resumeMultipartUpload(key, uploadId).abort();
  } catch (err) {
    if (!/NoSuchUpload|does not exist|not found/i.test(String(err))) throw err;
  }
}
