// The R2 side of resumable uploads: one multipart upload per tus upload, one part per PATCH.
import { ingest, type ByteObserver } from "./ingest";

/** One stored part, as R2 needs it to complete the upload. */
export type StoredPart = R2UploadedPart;

/** Starts the multipart upload that will become the object at `key`; returns its R2 upload id. */
export async function createMultipart(bucket: R2Bucket, key: string, contentType: string): Promise<string> {
  const upload = await bucket.createMultipartUpload(key, { httpMetadata: { contentType } });
  return upload.uploadId;
}

/**
 * Streams `body` (exactly `length` bytes, never buffered whole) through the ingest pump into part
 * `partNumber`, while the observers (the upload's running CRC-32 and SHA-256) see every byte.
 * @throws BodyLengthError when the body is shorter or longer than `length` or breaks off (R2 records
 *   no part then); R2's error when R2 refuses it
 */
export async function uploadPart(
  bucket: R2Bucket,
  key: string,
  uploadId: string,
  { partNumber, body, length, observers }: { partNumber: number; body: ReadableStream<Uint8Array>; length: number; observers: ByteObserver[] },
): Promise<StoredPart> {
  const multipart = bucket.resumeMultipartUpload(key, uploadId);
  return ingest(body, { length, observers, store: (stream) => multipart.uploadPart(partNumber, stream) });
}

/** The multipart upload is gone (aborted, or expired in R2) and its parts were never joined. */
export class MultipartGoneError extends Error {}

const NO_SUCH_UPLOAD = /NoSuchUpload|does not exist|not found/i;

/**
 * Joins the parts into the object at `key`, which must come to `size` bytes. Idempotent: when a
 * first join already succeeded (a finish cut short after R2 completed the upload), R2 refuses the
 * second, and the object already at `key` with that size is the join (the key is the upload's own).
 * @throws MultipartGoneError when the upload is gone and no object was joined; R2's error otherwise
 */
export async function completeMultipart(bucket: R2Bucket, key: string, uploadId: string, parts: StoredPart[], size: number): Promise<void> {
  try {
    await bucket.resumeMultipartUpload(key, uploadId).complete(parts);
  } catch (err) {
    const object = await bucket.head(key);
    if (object?.size === size) return;
    if (NO_SUCH_UPLOAD.test(String(err))) throw new MultipartGoneError(`The multipart upload of ${key} is gone`, { cause: err });
    throw err;
  }
}

/** Discards the multipart upload and its parts; one that is already gone is not an error. */
export async function abortMultipart(bucket: R2Bucket, key: string, uploadId: string): Promise<void> {
  try {
    await bucket.resumeMultipartUpload(key, uploadId).abort();
  } catch (err) {
    if (!NO_SUCH_UPLOAD.test(String(err))) throw err;
  }
}
