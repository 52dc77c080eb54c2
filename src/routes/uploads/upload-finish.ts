// Turning a resumable upload whose bytes are all stored into its media item. The finish has two
// steps that cannot share a transaction (R2 joins the parts, then one D1 batch records the media item
// and marks the upload complete), so it is written to be repeated: an upload whose last chunk is
// stored but whose media item is not recorded yet is finished by whichever request sees it next.
import type { Access } from "../../access/restriction";
import type { MediaRow } from "../../db/media";
import { completeUpload, deleteUpload, findUpload, type UploadRow } from "../../db/uploads";
import { mediaReadyEvent } from "../../events/outbox";
import { ApiError, recordingNotFound } from "../../lib/errors";
import type { AppEnv } from "../../lib/types";
import { extensionFor, kindFor } from "../../media/content-types";
import { deleteMediaObjects, putMediaObject } from "../../storage/media-objects";
import { completeMultipart, MultipartGoneError, type StoredPart } from "../../storage/multipart";
import { ResumableSha256, UnresumableStateError } from "../../tus/sha256";

/** The upload's own account, unrestricted: a re-read of an upload this request has already been let reach. */
export const ownerOf = (upload: UploadRow): Access => ({ accountId: upload.account_id, restrict: null });

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
 * The upload's running SHA-256, continued from its saved state.
 * @throws ApiError 409 UPLOAD_NOT_RESUMABLE when another version of the API saved a state this one cannot continue
 */
export function restoreSha256(upload: UploadRow): ResumableSha256 {
  if (!upload.sha256_state) return new ResumableSha256();
  try {
    return ResumableSha256.restore(upload.sha256_state);
  } catch (err) {
    if (!(err instanceof UnresumableStateError)) throw err;
    throw new ApiError(409, "UPLOAD_NOT_RESUMABLE", `Upload ${upload.id} cannot be continued: ${err.message}. Nothing was stored; start a new upload`);
  }
}

/**
 * Every byte is stored, but the media item is not recorded yet (a finish that was cut short, or is
 * under way), and the upload was not ended by deleting its recording meanwhile.
 */
export function awaitsFinish(upload: UploadRow): boolean {
  return upload.completed_at === null && upload.ended_by === null && upload.upload_length > 0 && upload.upload_offset === upload.upload_length;
}

/** The recording went away before the media item was recorded: nothing of the upload is kept. */
async function discard(env: AppEnv, upload: UploadRow): Promise<ApiError> {
  await deleteMediaObjects(env.MEDIA, [upload.r2_key]);
  await deleteUpload(env.DB, upload.id);
  return recordingNotFound(upload.recording_id);
}

/**
 * Finishes an upload whose bytes are all stored (its row as `commitPart` left it): joins the R2 parts
 * (again if need be: a repeated join finds the object) and records the media item in one D1 batch.
 * Safe to repeat and to race: of two finishes one records the media item, the other finds it.
 * Returns the media item's id. On an R2 or D1 failure nothing is undone: the next HEAD or PATCH
 * finishes the upload.
 * @throws ApiError 404 RECORDING_NOT_FOUND when the recording went away (the upload is discarded),
 *   404 UPLOAD_NOT_FOUND when its parts are gone unjoined, 409 UPLOAD_NOT_RESUMABLE; R2's or D1's error
 */
export async function finishUpload(env: AppEnv, upload: UploadRow): Promise<string> {
  const sha256 = restoreSha256(upload).hex();
  const parts = JSON.parse(upload.parts) as StoredPart[];
  try {
    await completeMultipart(env.MEDIA, upload.r2_key, upload.r2_upload_id, parts, upload.upload_length);
  } catch (err) {
    if (!(err instanceof MultipartGoneError)) throw err;
    await deleteUpload(env.DB, upload.id);
    throw new ApiError(404, "UPLOAD_NOT_FOUND", `Upload ${upload.id} lost its stored parts before they were joined; start a new upload`);
  }
  const media = mediaOf(upload, sha256, upload.crc32);
  try {
    if (await completeUpload(env.DB, upload.id, media, [mediaReadyEvent(env.DB, media, { upload_id: upload.id })])) return media.id;
  } catch (err) {
    // A finish that raced this one recorded the media item first (its primary key refused ours).
    const now = await findUpload(env.DB, ownerOf(upload), upload.recording_id, upload.id);
    if (now?.completed_at) return now.media_id;
    throw err;
  }
  throw await discard(env, upload);
}

/**
 * Finishes an upload of no bytes at creation: an empty object and its media item.
 * @throws ApiError 404 when the recording went away meanwhile
 */
export async function finishEmpty(env: AppEnv, upload: UploadRow): Promise<string> {
  const stored = await putMediaObject(env.MEDIA, upload.r2_key, null, { length: 0, contentType: upload.content_type });
  const media = mediaOf(upload, stored.sha256, stored.crc32);
  if (await completeUpload(env.DB, upload.id, media, [mediaReadyEvent(env.DB, media, { upload_id: upload.id })])) return media.id;
  throw await discard(env, upload);
}
