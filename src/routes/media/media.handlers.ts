import type { Context } from "hono";
import { mediaStore } from "../../edge/media-store";
import { findMediaForKey, insertMediaForLiveRecording, toMedia, type KeyedMediaRow, type MediaRow } from "../../db/media";
import { reserveUpload } from "../../account/reservations";
import { mediaReadyEvent } from "../../events/outbox";
import { sha256FromContentDigest } from "../../http/content-digest";
import { ApiError, bodyLengthMismatch, inProgress, mediaNotFound, recordingNotFound, validationError } from "../../lib/errors";
import type { AppBindings, AppRouteHandler } from "../../lib/types";
import { authorize } from "../../access/credentials";
import { extensionFor, isValidContentType, kindFor } from "../../media/content-types";
import { serveMedia } from "../../media/serve-media";
import { IN_PROGRESS, type Media, type Status } from "../../schemas/recording";
import { BodyLengthError } from "../../storage/ingest";
import { deleteMediaObjects, mediaObjectKey, putMediaObject } from "../../storage/media-objects";
import type * as routes from "./media.routes";

function badHeader(name: string, msg: string): ApiError {
  return validationError([{ loc: ["header", name], msg, type: "invalid_format" }]);
}

/** Reads and checks the upload's headers: content type, length (within the limit), optional digest. */
function uploadHeaders(header: (name: string) => string | undefined, maxBytes: number, recordingId: string) {
  const contentType = header("content-type")?.trim() || "application/octet-stream";
  if (!isValidContentType(contentType)) throw badHeader("content-type", "Must be a media type such as audio/mpeg");
  const lengthText = header("content-length");
  if (lengthText === undefined) throw new ApiError(411, "LENGTH_REQUIRED", "Content-Length is required for uploads");
  if (!/^\d+$/.test(lengthText)) throw badHeader("content-length", "Must be a byte count");
  // Any numeral too long for a safe integer is far over the limit, so Number's rounding cannot hide it.
  const length = Number(lengthText);
  if (length > maxBytes) {
    const tus = `POST /v1/recordings/${recordingId}/uploads`;
    throw new ApiError(413, "PAYLOAD_TOO_LARGE", `Uploads in one request are limited to ${maxBytes} bytes; upload larger media resumably with tus 1.0.0 at ${tus}`);
  }
  const expectedSha256 = sha256FromContentDigest(header("content-digest"));
  if (expectedSha256 === null) throw badHeader("content-digest", "Must be a Content-Digest such as sha-256=:<base64>:");
  return { contentType, length, expectedSha256 };
}

export const upload: AppRouteHandler<typeof routes.upload> = async (c) => {
  const principal = c.get("principal");
  const { accountId } = principal;
  const { id } = c.req.valid("param");
  const query = c.req.valid("query");
  const { contentType, length, expectedSha256 } = uploadHeaders((n) => c.req.header(n), Number(c.env.MAX_UPLOAD_BYTES), id);
  const mediaId = crypto.randomUUID();
  // The bytes are claimed against the quota before any is stored; the claim goes with the media row.
  const reservation = await reserveUpload(c.env.DB, { access: principal, recordingId: id, id: mediaId, bytes: length });
  const key = mediaObjectKey(accountId, id, mediaId);
  let stored;
  try {
    stored = await putMediaObject(c.env.MEDIA, key, c.req.raw.body, { length, contentType });
  } catch (err) {
    await reservation.release();
    if (err instanceof BodyLengthError) throw bodyLengthMismatch(err.message, err);
    throw err;
  }
  if (expectedSha256 !== undefined && expectedSha256 !== stored.sha256) {
    await deleteMediaObjects(c.env.MEDIA, [key]);
    await reservation.release();
    throw new ApiError(400, "DIGEST_MISMATCH", "The body does not match its Content-Digest; nothing was stored");
  }
  const row: MediaRow = {
    id: mediaId,
    recording_id: id,
    account_id: accountId,
    kind: query.kind ?? kindFor(contentType),
    filename: query.filename ?? `${mediaId}.${extensionFor(contentType)}`,
    content_type: contentType,
    byte_size: stored.byteSize,
    sha256: stored.sha256,
    crc32: stored.crc32,
    r2_key: key,
    created_at: new Date().toISOString(),
  };
  let inserted = false;
  try {
    inserted = await insertMediaForLiveRecording(c.env.DB, row, mediaReadyEvent(c.env.DB, row), reservation.statement);
  } finally {
    // No row, no object: an object nothing references would never be reachable.
    if (!inserted) await deleteMediaObjects(c.env.MEDIA, [key]);
  }
  if (!inserted) throw recordingNotFound(id);
  c.header("Location", `/v1/recordings/${id}/media/${mediaId}`);
  return c.json(toMedia(row), 201);
};

/**
 * Answers a media GET/HEAD from its one-query lookup: authorizes the key (401/403), then serves the
 * item, or says why there is none (404 for the recording or the item, 409 while in progress).
 */
async function serveLookup(
  c: Context<AppBindings>,
  row: KeyedMediaRow | null,
  missing: () => ApiError,
  disposition: "inline" | "attachment",
): Promise<Response> {
  const key = row && {
    id: row.key_id,
    account_id: row.key_account_id,
    scopes: row.key_scopes,
    restrict_room_id: row.key_restrict_room_id,
    restrict_user_id: row.key_restrict_user_id,
  };
  c.set("principal", authorize(c.get("presented"), key, "recordings:read"));
  const recordingId = c.req.param("id") ?? "";
  if (!row?.found_recording_id) throw recordingNotFound(recordingId);
  if (IN_PROGRESS.includes(row.recording_status as Status)) throw inProgress(recordingId);
  if (!row.id) throw missing();
  return serveMedia(mediaStore(c), c.req.raw, row as MediaRow, { disposition, cacheControl: "private" });
}

/** An access token's own restriction (applied in the lookup with its key's); null for an API key. */
function tokenRestriction(c: Context<AppBindings>) {
  const presented = c.get("presented");
  return presented.kind === "token" ? presented.claims.restrict : null;
}

export const getPrimary: AppRouteHandler<typeof routes.getPrimary> = async (c) => {
  const { id } = c.req.valid("param");
  const row = await findMediaForKey(c.env.DB, c.get("presented").lookup, id, { restrict: tokenRestriction(c) });
  const missing = () => new ApiError(404, "MEDIA_NOT_FOUND", `Recording ${id} has no audio or video`);
  return serveLookup(c, row, missing, c.req.valid("query").disposition);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id, media_id } = c.req.valid("param");
  const row = await findMediaForKey(c.env.DB, c.get("presented").lookup, id, { mediaId: media_id, restrict: tokenRestriction(c) });
  return serveLookup(c, row, () => mediaNotFound(media_id), c.req.valid("query").disposition);
};
