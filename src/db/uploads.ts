import { accessCondition, accessValues, type Access } from "../access/restriction";
import type { MediaKind } from "../schemas/recording";
import { NEW_EVENT_ID_SQL } from "../events/types";
import { RECORDING_JSON_SQL } from "./events";
import { mediaInsertStatements, type MediaRow } from "./media";
import { withinByteQuota } from "./quotas";
import { IN_JSON_ARRAY } from "./sql";

/** An uploads row (migration 0003). */
export interface UploadRow {
  id: string;
  recording_id: string;
  account_id: string;
  media_id: string;
  r2_key: string;
  r2_upload_id: string;
  kind: MediaKind | null;
  filename: string | null;
  content_type: string;
  upload_length: number;
  upload_offset: number;
  part_size: number | null;
  last_part: number;
  /** JSON array of `{ partNumber, etag }`. */
  parts: string;
  crc32: number;
  /** The SHA-256 state of the bytes so far (`ResumableSha256.save()`), null before the first. */
  sha256_state: string | null;
  created_at: string;
  expires_at: string;
  completed_at: string | null;
  /** Why an unfinished upload was ended before its time: `recording_deleted` (migration 0007), else null. */
  ended_by: string | null;
}

/** The columns a new upload is created with; the rest start empty. */
export type NewUpload = Pick<
  UploadRow,
  "id" | "recording_id" | "account_id" | "media_id" | "r2_key" | "r2_upload_id" | "kind" | "filename" | "content_type" | "upload_length" | "created_at" | "expires_at"
>;

const NEW_COLUMNS = [
  "id", "recording_id", "account_id", "media_id", "r2_key", "r2_upload_id", "kind", "filename", "content_type",
  "upload_length", "created_at", "expires_at",
] as const;

/**
 * The start of a statement that ends the unfinished uploads of the recordings selected by the subquery
 * the caller appends, in the caller's transaction (deleting a recording ends its uploads): they expire
 * at the time bound as `timeParam` (e.g. `"?4"`), answer 404 (with their recording gone, and after a
 * restore as ended by the delete), and the scheduled job aborts their R2 multipart uploads.
 */
export function expireUploadsOf(timeParam: string): string {
  return `UPDATE uploads SET expires_at = ${timeParam}, ended_by = 'recording_deleted' WHERE completed_at IS NULL AND recording_id IN`;
}

/** Why a new upload was or was not stored. */
export type InsertUploadOutcome = "inserted" | "recording_not_found" | "over_quota";

/**
 * Stores a new upload, but only while its recording is live and the account's, and while its whole
 * `upload_length` fits the account's byte quota with what is stored and reserved: the row is the
 * reservation (it counts until the upload finishes or expires), so the check and the claim are one
 * statement and racing creations cannot both take the last bytes.
 */
export async function insertUpload(db: D1DatabaseSession, row: NewUpload): Promise<InsertUploadOutcome> {
  const values = NEW_COLUMNS.map((c) => row[c]);
  const [inserted, found] = await db.batch([
    db
      .prepare(
        `INSERT INTO uploads (${NEW_COLUMNS.join(", ")}) SELECT ${NEW_COLUMNS.map((_, i) => `?${i + 1}`).join(", ")}
         WHERE EXISTS (SELECT 1 FROM recordings WHERE id = ?2 AND account_id = ?3 AND deleted_at IS NULL)
           AND ${withinByteQuota("?3", "?10", "?11")}`,
      )
      .bind(...values),
    db.prepare("SELECT 1 FROM recordings WHERE id = ?1 AND account_id = ?2 AND deleted_at IS NULL").bind(row.recording_id, row.account_id),
  ]);
  if ((inserted?.meta.changes ?? 0) > 0) return "inserted";
  return (found?.results.length ?? 0) > 0 ? "over_quota" : "recording_not_found";
}

/**
 * An upload on a live recording the caller may reach, or null (unknown, terminated, another account's or
 * outside the caller's restriction, recording gone).
 */
export async function findUpload(db: D1DatabaseSession, access: Access, recordingId: string, id: string): Promise<UploadRow | null> {
  return db
    .prepare(
      `SELECT u.* FROM uploads u JOIN recordings r ON r.id = u.recording_id AND r.deleted_at IS NULL
       WHERE u.id = ?1 AND u.recording_id = ?2 AND u.account_id = r.account_id AND ${accessCondition("r", 3)}`,
    )
    .bind(id, recordingId, ...accessValues(access))
    .first<UploadRow>();
}

/**
 * Hands out the next R2 part number for a PATCH at `offset`, only while the upload is still at that
 * offset and unfinished; null otherwise (the caller finds out why).
 */
export async function claimPart(db: D1DatabaseSession, id: string, offset: number): Promise<number | null> {
  const row = await db
    .prepare(
      `UPDATE uploads SET last_part = last_part + 1
       WHERE id = ?1 AND upload_offset = ?2 AND completed_at IS NULL RETURNING last_part`,
    )
    .bind(id, offset)
    .first<{ last_part: number }>();
  return row?.last_part ?? null;
}

/**
 * Moves the upload from `from` to `to` with one more stored part: a conditional update, so of two
 * PATCHes at the same offset only one can win. False when another got there first.
 */
export async function commitPart(
  db: D1DatabaseSession,
  id: string,
  { from, to, partSize, part, crc32, sha256State }: {
    from: number; to: number; partSize: number | null; part: R2UploadedPart; crc32: number; sha256State: string;
  },
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE uploads SET upload_offset = ?3, part_size = ?4, crc32 = ?5, sha256_state = ?8,
         parts = json_insert(parts, '$[#]', json_object('partNumber', ?6, 'etag', ?7))
       WHERE id = ?1 AND upload_offset = ?2 AND completed_at IS NULL`,
    )
    .bind(id, from, to, partSize, crc32, part.partNumber, part.etag, sha256State)
    .run();
  return result.meta.changes > 0;
}

/**
 * The finish of a resumable upload, as one D1 batch (one transaction): records its media item (only
 * while its recording is live) and marks the upload complete. Statements that belong to the finish
 * (counters, events: `after`, run right after the recording's UPDATE) go into this batch. False when the recording is gone (nothing is written then).
 * A second finish of the same upload fails on the media item's primary key and writes nothing, so
 * nothing in the batch happens twice: the caller then finds the upload complete.
 * @throws D1's error, for a repeated finish too (the whole batch is rolled back)
 */
export async function completeUpload(db: D1DatabaseSession, id: string, media: MediaRow, after: D1PreparedStatement[] = []): Promise<boolean> {
  const [inserted] = await db.batch([
    ...mediaInsertStatements(db, media),
    ...after,
    db
      .prepare("UPDATE uploads SET completed_at = ?2 WHERE id = ?1 AND EXISTS (SELECT 1 FROM media WHERE id = ?3)")
      .bind(id, media.created_at, media.id),
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}

/** Forgets uploads. */
export async function deleteUpload(db: D1DatabaseSession, ...ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.prepare(`DELETE FROM uploads WHERE id IN (${ids.map((_, i) => `?${i + 1}`).join(", ")})`).bind(...ids).run();
}

/**
 * Forgets expired uploads, with an `upload.expired` event for each that never finished (the upload,
 * and its recording as it stands, or null when it is gone) in the same transaction.
 */
export async function forgetExpiredUploads(db: D1DatabaseSession, ids: string[], now: string): Promise<void> {
  if (ids.length === 0) return;
  const expired = `u.id IN ${IN_JSON_ARRAY} AND u.completed_at IS NULL`;
  await db.batch([
    db
      .prepare(
        `INSERT INTO events (id, account_id, type, created_at, recording_id, room_id, user_id, data)
         SELECT ${NEW_EVENT_ID_SQL}, u.account_id, 'upload.expired', ?2, u.recording_id, r.room_id, r.user_id,
           json_object('upload', json_object('id', u.id, 'recording_id', u.recording_id, 'filename', u.filename,
             'content_type', u.content_type, 'upload_length', u.upload_length, 'upload_offset', u.upload_offset,
             'created_at', u.created_at, 'expires_at', u.expires_at),
             'recording', CASE WHEN r.id IS NULL THEN NULL ELSE ${RECORDING_JSON_SQL} END)
         FROM uploads u LEFT JOIN recordings r ON r.id = u.recording_id WHERE ${expired} ORDER BY u.expires_at`,
      )
      .bind(JSON.stringify(ids), now),
    db.prepare(`DELETE FROM uploads WHERE id IN ${IN_JSON_ARRAY}`).bind(JSON.stringify(ids)),
  ]);
}

/** Up to `limit` uploads whose expiry is before `now`, oldest first, with whether their media item exists. */
export async function findExpiredUploads(
  db: D1DatabaseSession,
  now: string,
  limit: number,
): Promise<(UploadRow & { media_exists: number })[]> {
  const { results } = await db
    .prepare(
      `SELECT u.*, EXISTS (SELECT 1 FROM media m WHERE m.id = u.media_id) AS media_exists
       FROM uploads u WHERE u.expires_at < ?1 ORDER BY u.expires_at LIMIT ?2`,
    )
    .bind(now, limit)
    .all<UploadRow & { media_exists: number }>();
  return results;
}
