// Storing one chunk of a resumable upload (PATCH, or the body of creation-with-upload), and finishing
// the upload (upload-finish.ts) when the chunk is the last.
import { claimPart, commitPart, findUpload, type UploadRow } from "../../db/uploads";
import { ApiError, bodyLengthMismatch } from "../../lib/errors";
import type { AppEnv } from "../../lib/types";
import { BodyLengthError, Crc32Hasher } from "../../storage/ingest";
import { uploadPart } from "../../storage/multipart";
import type { ChunkPlan } from "../../tus/chunks";
import { finishUpload, ownerOf, restoreSha256 } from "./upload-finish";

/** 404 for an upload that is unknown, terminated, another account's, or whose recording is gone. */
export function uploadNotFound(id: string): ApiError {
  return new ApiError(404, "UPLOAD_NOT_FOUND", `Upload ${id} not found`);
}

/** 409 for a PATCH whose Upload-Offset (`sent`, quoted as the client sent it) is not where the upload stands. */
export function offsetMismatch(sent: number | string, current: number): ApiError {
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

/**
 * Stores `length` bytes of `body` at the upload's current offset as one fresh R2 part, then moves the
 * offset with a conditional update (of racing PATCHes one wins, the others get 409). The last chunk
 * also finishes the upload (a finish cut short is completed by the next HEAD or PATCH). Returns the
 * new offset and, when finished, the media id.
 * @throws ApiError 400 BODY_LENGTH_MISMATCH, 404, 409 UPLOAD_OFFSET_MISMATCH or UPLOAD_NOT_RESUMABLE
 */
export async function storeChunk(
  env: AppEnv,
  upload: UploadRow,
  { body, length, plan }: { body: ReadableStream<Uint8Array>; length: number; plan: ChunkPlan },
): Promise<{ offset: number; mediaId?: string }> {
  const offset = upload.upload_offset;
  const sha256 = restoreSha256(upload);
  const partNumber = await claimPart(env.DB, upload.id, offset);
  if (partNumber === null) throw await lostPlace(env.DB, upload, offset);
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
  const sha256State = sha256.save();
  const committed = await commitPart(env.DB, upload.id, { from: offset, to, partSize: plan.partSize, part, crc32: crc.value, sha256State });
  if (!committed) throw await lostPlace(env.DB, upload, offset);
  if (!plan.final) return { offset: to };
  // The row as commitPart left it: every byte stored, the media item not yet recorded.
  const parts = JSON.stringify([...(JSON.parse(upload.parts) as R2UploadedPart[]), part]);
  const stored = { ...upload, upload_offset: to, part_size: plan.partSize, parts, crc32: crc.value, sha256_state: sha256State };
  return { offset: to, mediaId: await finishUpload(env, stored) };
}
