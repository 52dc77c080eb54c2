import { Crc32Hasher, ingest, Sha256Hasher } from "./ingest";

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

/**
 * Streams `body` into R2 under `key` through the ingest pump: SHA-256 and CRC-32 on the way, exactly
 * `length` bytes or nothing stored.
 * @throws BodyLengthError when the body is shorter or longer than `length`, or breaks off
 */
export async function putMediaObject(
  bucket: R2Bucket,
  key: string,
  body: ReadableStream<Uint8Array> | null,
  { length, contentType }: { length: number; contentType: string },
): Promise<StoredObject> {
  const sha256 = new Sha256Hasher();
  const crc = new Crc32Hasher();
  const httpMetadata = { contentType };
  await ingest(body, { length, observers: [sha256, crc], store: (stream) => bucket.put(key, stream, { httpMetadata }) });
  return { byteSize: length, sha256: await sha256.hex(), crc32: crc.value };
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
