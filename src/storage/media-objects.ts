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

/** The prefix every media object's key starts with. */
export const MEDIA_OBJECTS_PREFIX = "accounts/";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const MEDIA_KEY = new RegExp(`^accounts/${UUID}/recordings/${UUID}/media/${UUID}$`);

/** Whether `key` has the form {@link mediaObjectKey} makes (the orphan sweep touches no other object). */
export function isMediaObjectKey(key: string): boolean {
  return MEDIA_KEY.test(key);
}

/** R2 deletes at most this many keys in one call. */
export const MAX_KEYS_PER_DELETE = 1000;

/** Removes objects, up to 1,000 keys per R2 call; missing keys are not an error. */
export async function deleteMediaObjects(bucket: R2Bucket, keys: string[]): Promise<void> {
  for (let at = 0; at < keys.length; at += MAX_KEYS_PER_DELETE) {
    await bucket.delete(keys.slice(at, at + MAX_KEYS_PER_DELETE));
  }
}

/** One page of stored media objects (key and upload time), in key order from `cursor`. */
export async function listMediaObjects(
  bucket: R2Bucket,
  { cursor, limit }: { cursor?: string; limit: number },
): Promise<{ objects: { key: string; uploaded: Date }[]; cursor?: string }> {
  const page = await bucket.list({ prefix: MEDIA_OBJECTS_PREFIX, cursor, limit });
  const objects = page.objects.map(({ key, uploaded }) => ({ key, uploaded }));
  return { objects, cursor: page.truncated ? page.cursor : undefined };
}
