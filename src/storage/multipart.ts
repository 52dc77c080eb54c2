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
