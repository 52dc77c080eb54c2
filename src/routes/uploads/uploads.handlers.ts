import type { Context } from "hono";
import { deleteUpload, findUpload, insertUpload, type UploadRow } from "../../db/uploads";
import { byteQuotaExceeded } from "../../account/quotas";
import { readByteUsage } from "../../db/quotas";
import { findRecording } from "../../db/recordings";
import { formatHttpDate } from "../../http/http-date";
import { ApiError, recordingNotFound } from "../../lib/errors";
import { absoluteUrl } from "../../lib/public-origin";
import type { AppBindings, AppRouteHandler } from "../../lib/types";
import { mediaObjectKey } from "../../storage/media-objects";
import { abortMultipart, createMultipart } from "../../storage/multipart";
import { planChunk } from "../../tus/chunks";
import { parseByteCount } from "../../tus/protocol";
import { offsetMismatch, storeChunk, uploadNotFound } from "./upload-chunk";
import { awaitsFinish, finishEmpty, finishUpload } from "./upload-finish";
import { chunkBody, discoveryHeaders, uploadLimits, uploadMetadata } from "./upload-request";
import type * as routes from "./uploads.routes";

/**
 * The upload as this request may see it: 404 when unknown or ended by a delete of its recording, 410
 * when expired unfinished. An upload with every byte stored is finished first (its media item
 * recorded), so no request sees all bytes stored without the media item.
 */
async function liveUpload(c: Context<AppBindings>, recordingId: string, id: string): Promise<UploadRow> {
  const upload = await findUpload(c.env.DB, c.get("principal"), recordingId, id);
  if (!upload) throw uploadNotFound(id);
  if (!upload.completed_at && upload.ended_by) {
    throw new ApiError(404, "UPLOAD_NOT_FOUND", `Upload ${id} was ended when its recording was deleted; start a new upload`);
  }
  if (!upload.completed_at && Date.parse(upload.expires_at) <= Date.now()) {
    throw new ApiError(410, "UPLOAD_EXPIRED", `Upload ${id} expired at ${upload.expires_at}; start a new one`);
  }
  if (awaitsFinish(upload)) return { ...upload, completed_at: new Date().toISOString(), media_id: await finishUpload(c.env, upload) };
  return upload;
}

/** Sets the headers that say where an upload stands. */
function stateHeaders(c: Context<AppBindings>, upload: UploadRow, offset: number, mediaId?: string): void {
  c.header("Upload-Offset", String(offset));
  c.header("Cache-Control", "no-store");
  const finished = mediaId ?? (upload.completed_at ? upload.media_id : undefined);
  if (finished) c.header("Upload-Media-Id", finished);
  else c.header("Upload-Expires", formatHttpDate(new Date(upload.expires_at)));
}

export const options: AppRouteHandler<typeof routes.options> = async (c) => {
  for (const [name, value] of Object.entries(discoveryHeaders(c.env))) c.header(name, value);
  return c.body(null, 204);
};

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const principal = c.get("principal");
  const { accountId } = principal;
  const { id: recordingId } = c.req.valid("param");
  const limits = uploadLimits(c.env);
  const lengthText = c.req.header("upload-length");
  const length = parseByteCount("Upload-Length", lengthText);
  if (length > limits.maxSize) {
    throw new ApiError(413, "PAYLOAD_TOO_LARGE", `Upload-Length ${lengthText!.trim()} is over this server's Tus-Max-Size, ${limits.maxSize}`);
  }
  const metadata = uploadMetadata(c.req.header("upload-metadata"));
  const chunk = chunkBody(c.req.raw, false);
  const plan = chunk && planChunk({ offset: 0, uploadLength: length, partSize: null, lastPart: 0 }, chunk.length, limits.maxChunk);
  if (!(await findRecording(c.env.DB, principal, recordingId))) throw recordingNotFound(recordingId);

  const id = crypto.randomUUID();
  const mediaId = crypto.randomUUID();
  const key = mediaObjectKey(accountId, recordingId, mediaId);
  const createdAt = new Date();
  const row = {
    id, recording_id: recordingId, account_id: accountId, media_id: mediaId, r2_key: key,
    // An empty upload is finished at once: R2 cannot complete a multipart upload of no parts.
    r2_upload_id: length === 0 ? "" : await createMultipart(c.env.MEDIA, key, metadata.contentType),
    kind: metadata.kind ?? null, filename: metadata.filename ?? null, content_type: metadata.contentType,
    upload_length: length, created_at: createdAt.toISOString(),
    expires_at: new Date(createdAt.getTime() + limits.expiresInMs).toISOString(),
  };
  const outcome = await insertUpload(c.env.DB, row);
  if (outcome !== "inserted") {
    if (length > 0) await abortMultipart(c.env.MEDIA, key, row.r2_upload_id);
    if (outcome === "recording_not_found") throw recordingNotFound(recordingId);
    throw byteQuotaExceeded(await readByteUsage(c.env.DB, accountId, row.created_at), length);
  }
  const upload: UploadRow = {
    ...row, upload_offset: 0, part_size: null, last_part: 0, parts: "[]", crc32: 0, sha256_state: null, completed_at: null, ended_by: null,
  };
  let stored: { offset: number; mediaId?: string } = { offset: 0 };
  if (length === 0) stored.mediaId = await finishEmpty(c.env, upload);
  else if (chunk && plan && chunk.length > 0) stored = await storeChunk(c.env, upload, { ...chunk, plan });
  c.header("Location", absoluteUrl(c.env, c.req.url, `/v1/recordings/${recordingId}/uploads/${id}`));
  stateHeaders(c, upload, stored.offset, stored.mediaId);
  const created = { id, upload_offset: stored.offset, upload_length: length, expires_at: row.expires_at, media_id: stored.mediaId ?? null };
  return c.json(created, 201);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id, upload_id } = c.req.valid("param");
  const upload = await liveUpload(c, id, upload_id);
  c.header("Upload-Length", String(upload.upload_length));
  stateHeaders(c, upload, upload.upload_offset);
  return c.body(null, 200);
};

export const patch: AppRouteHandler<typeof routes.patch> = async (c) => {
  const { id, upload_id } = c.req.valid("param");
  const chunk = chunkBody(c.req.raw, true);
  const offsetText = c.req.header("upload-offset");
  const offset = parseByteCount("Upload-Offset", offsetText);
  const upload = await liveUpload(c, id, upload_id);
  if (offset !== upload.upload_offset) throw offsetMismatch(offsetText!.trim(), upload.upload_offset);
  const state = { offset, uploadLength: upload.upload_length, partSize: upload.part_size, lastPart: upload.last_part };
  const plan = planChunk(state, chunk!.length, uploadLimits(c.env).maxChunk);
  const stored = chunk!.length > 0 ? await storeChunk(c.env, upload, { ...chunk!, plan }) : { offset };
  stateHeaders(c, upload, stored.offset, stored.mediaId);
  return c.body(null, 204);
};

export const remove: AppRouteHandler<typeof routes.remove> = async (c) => {
  const { id, upload_id } = c.req.valid("param");
  const upload = await findUpload(c.env.DB, c.get("principal"), id, upload_id);
  if (!upload) throw uploadNotFound(upload_id);
  // Every byte stored: the upload is finished (its media item recorded), not terminated.
  if (upload.completed_at || awaitsFinish(upload)) {
    const mediaId = upload.completed_at ? upload.media_id : await finishUpload(c.env, upload);
    throw new ApiError(409, "UPLOAD_FINISHED", `Upload ${upload_id} has finished as media ${mediaId}; nothing to terminate`);
  }
  await abortMultipart(c.env.MEDIA, upload.r2_key, upload.r2_upload_id);
  await deleteUpload(c.env.DB, upload.id);
  return c.body(null, 204);
};
