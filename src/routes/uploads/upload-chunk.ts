// Storing one chunk of a resumable upload (PATCH, or the body of creation-with-upload), and turning the
// upload into its media item when the chunk is the last.
import { claimPart, commitPart, completeUpload, deleteUpload, findUpload, type UploadRow } from "../../db/uploads";
import type { MediaRow } from "../../db/media";
import { mediaReadyEvent } from "../../events/outbox";
import type { AppEnv } from "../../lib/types";
import { ApiError, bodyLengthMismatch, recordingNotFound } from "../../lib/errors";
import { extensionFor, kindFor } from "../../media/content-types";
import { BodyLengthError, Crc32Hasher } from "../../storage/ingest";
import { deleteMediaObjects, putMediaObject } from "../../storage/media-objects";
import { abortMultipart, completeMultipart, uploadPart, type StoredPart } from "../../storage/multipart";
import type { ChunkPlan } from "../../tus/chunks";
import type { Access } from "../../access/restriction";
import { ResumableSha256 } from "../../tus/sha256";

/** The upload's own account, unrestricted: a re-read of an upload this request has already been let reach. */
const ownerOf = (upload: UploadRow): Access => ({ accountId: upload.account_id, restrict: null });

/** 404 for an upload that is unknown, terminated, another account's, or whose recording is gone. */
export function uploadNotFound(id: string): ApiError {
  return new ApiError(404, "UPLOAD_NOT_FOUND", `Upload ${id} not found`);
}

/** 409 for a PATCH whose Upload-Offset is not where the upload stands. */
export function offsetMismatch(sent: number, current: number): ApiError {
  return new ApiError(409, "UPLOAD_OFFSET_MISMATCH", `Upload-Offset ${sent} is not this upload's offset, ${current}; ask HEAD and resume from there`);
}

/** Why a PATCH lost its place: the upload moved on (409), or is gone (404). */
async function lostPlace(db: D1DatabaseSession, upload: UploadRow, offset: number): Promise<ApiError> {
  const now = await findUpload(db, ownerOf(upload), upload.recording_id, upload.id);
  if (!now) return uploadNotFound(upload.id);
  if (now.completed_at) return offsetMismatch(offset, now.upload_offset);
  return now.upload_offset === offset
    ? new ApiError(409, "UPLOAD_OFFSET_MISMATCH", "Another PATCH at this offset finished first; ask HEAD and resume from there")
    : offsetMismatch(offset, now.upload_offset);
}

/** The media item the finished upload becomes, with the same defaults as a single-request upload. */
function mediaOf(upload: UploadRow, sha256: string, crc32: number): MediaRow {
  return {
    id: upload.media_id,
    recording_id: upload.recording_id,
    account_id: upload.account_id,
    kind: upload.kind ?? kindFor(upload.content_type),
    filename: upload.filename ?? `${upload.media_id}.${extensionFor(upload.content_type)}`,
    content_type: upload.content_type,
    byte_size: upload.upload_length,
    sha256,
    crc32,
    r2_key: upload.r2_key,
    created_at: new Date().toISOString(),
  };
}

/**
 * Joins the parts into the object and records the media item. On any failure
 * the upload is discarded whole (parts, object and row), so nothing is left that no one can reach.
 * @throws ApiError 404 when the recording went away meanwhile
 */
async function finish(env: AppEnv, upload: UploadRow, parts: StoredPart[], digests: { crc32: number; sha256: string }): Promise<string> {
  let joined = false;
  try {
    await completeMultipart(env.MEDIA, upload.r2_key, upload.r2_upload_id, parts);
    joined = true;
    const media = mediaOf(upload, digests.sha256, digests.crc32);
    if (await completeUpload(env.DB, upload.id, media, [mediaReadyEvent(env.DB, media, { upload_id: upload.id })])) return media.id;
    throw recordingNotFound(upload.recording_id);
  } catch (err) {
    if (joined) await deleteMediaObjects(env.MEDIA, [upload.r2_key]);
    else await abortMultipart(env.MEDIA, upload.r2_key, upload.r2_upload_id);
    await deleteUpload(env.DB, upload.id);
    throw err;
  }
}

/**
 * Stores `length` bytes of `body` at the upload's current offset as one fresh R2 part, then moves the
 * offset with a conditional update (of racing PATCHes one wins, the others get 409). The last chunk
 * also creates the media item. Returns the new offset and, when finished, the media id.
 * @throws ApiError 400 BODY_LENGTH_MISMATCH, 404, 409 UPLOAD_OFFSET_MISMATCH
 */
export async function storeChunk(
  env: AppEnv,
  upload: UploadRow,
  { body, length, plan }: { body: ReadableStream<Uint8Array>; length: number; plan: ChunkPlan },
): Promise<{ offset: number; mediaId?: string }> {
  const offset = upload.upload_offset;
  const partNumber = await claimPart(env.DB, upload.id, offset);
  if (partNumber === null) throw await lostPlace(env.DB, upload, offset);
  const sha256 = upload.sha256_state ? ResumableSha256.restore(upload.sha256_state) : new ResumableSha256();
  const crc = new Crc32Hasher(upload.crc32);
  let part;
  try {
    part = await uploadPart(env.MEDIA, upload.r2_key, upload.r2_upload_id, { partNumber, body, length, observers: [sha256, crc] });
  } catch (err) {
    if (err instanceof BodyLengthError) throw bodyLengthMismatch(`${err.message}; nothing of this chunk was stored`, err);
    // A termination (or the expiry job) may have ended the multipart upload under this PATCH.
    if (!(await findUpload(env.DB, ownerOf(upload), upload.recording_id, upload.id))) throw uploadNotFound(upload.id);
    throw err;
  }
  const to = offset + length;
  const committed = await commitPart(env.DB, upload.id, {
    from: offset, to, partSize: plan.partSize, part, crc32: crc.value, sha256State: sha256.save(),
  });
  if (!committed) throw await lostPlace(env.DB, upload, offset);
  if (!plan.final) return { offset: to };
  const parts = [...(JSON.parse(upload.parts) as StoredPart[]), part];
  return { offset: to, mediaId: await finish(env, upload, parts, { crc32: crc.value, sha256: sha256.hex() }) };
}

/**
 * Finishes an upload of no bytes at creation: an empty object and its media item.
 * @throws ApiError 404 when the recording went away meanwhile
 */
export async function finishEmpty(env: AppEnv, upload: UploadRow): Promise<string> {
  const stored = await putMediaObject(env.MEDIA, upload.r2_key, null, { length: 0, contentType: upload.content_type });
  const media = mediaOf(upload, stored.sha256, stored.crc32);
  if (await completeUpload(env.DB, upload.id, media, [mediaReadyEvent(env.DB, media, { upload_id: upload.id })])) return media.id;
  await deleteMediaObjects(env.MEDIA, [upload.r2_key]);
  await deleteUpload(env.DB, upload.id);
  throw recordingNotFound(upload.recording_id);
}
