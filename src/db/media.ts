import { keyedAccessCondition, type Restriction } from "../access/restriction";
import type { KeyLookup } from "../lib/types";
import type { Media, MediaKind, Status } from "../schemas/recording";
import { IN_JSON_ARRAY } from "./sql";

export interface MediaRow {
  id: string;
  recording_id: string;
  account_id: string;
  kind: MediaKind;
  filename: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  crc32: number;
  r2_key: string;
  created_at: string;
}

/** The media item as the API shows it. */
export function toMedia(row: MediaRow): Media {
  const { id, kind, filename, content_type, byte_size, sha256, created_at } = row;
  return { id, kind, filename, content_type, byte_size, sha256, created_at };
}

/** One media item of a recording, or null; the caller has already found the recording (live, the account's). */
export async function findMedia(db: D1DatabaseSession, recordingId: string, mediaId: string): Promise<MediaRow | null> {
  return db.prepare("SELECT * FROM media WHERE id = ?2 AND recording_id = ?1").bind(recordingId, mediaId).first<MediaRow>();
}

/**
 * What one media request needs, read in one D1 round trip: the live key (an API key by its hash, or an
 * access token's minting key by its id), the recording (live, within the key's account and restriction)
 * and its media item, each null when absent.
 */
export interface KeyedMediaRow extends Partial<MediaRow> {
  key_id: string;
  key_account_id: string;
  key_scopes: string;
  key_restrict_room_id: string | null;
  key_restrict_user_id: string | null;
  found_recording_id: string | null;
  recording_status: Status | null;
}

// ?1 the key's hash or id, ?2 the recording, ?3 the media item (or unused), ?4/?5 a token's room/user.
const KEYED_MEDIA = `SELECT k.id AS key_id, k.account_id AS key_account_id, k.scopes AS key_scopes,
    k.restrict_room_id AS key_restrict_room_id, k.restrict_user_id AS key_restrict_user_id,
    r.id AS found_recording_id, r.status AS recording_status, m.*
  FROM api_keys k
  LEFT JOIN recordings r ON r.id = ?2 AND ${keyedAccessCondition("r", "k", 4, 5)} AND r.deleted_at IS NULL
  LEFT JOIN media m ON m.recording_id = r.id AND`;

// Fixed SQL per lookup column (never built from input).
const KEY_WHERE: Record<KeyLookup["column"], string> = {
  key_hash: "WHERE k.key_hash = ?1 AND k.revoked_at IS NULL",
  id: "WHERE k.id = ?1 AND k.revoked_at IS NULL",
};

/**
 * Looks up a key and one media item of a recording together (the media hot path): the item `mediaId`,
 * or without it the recording's primary media (its first audio or video item). The recording is read
 * within the key's account and restriction and an access token's own `restrict`. Null when no live key
 * matches the lookup.
 */
export async function findMediaForKey(
  db: D1DatabaseSession,
  lookup: KeyLookup,
  recordingId: string,
  { mediaId, restrict }: { mediaId?: string; restrict?: Restriction | null } = {},
): Promise<KeyedMediaRow | null> {
  const values = [lookup.value, recordingId, mediaId ?? null, restrict?.room_id ?? null, restrict?.user_id ?? null];
  const statement = mediaId
    ? db.prepare(`${KEYED_MEDIA} m.id = ?3 ${KEY_WHERE[lookup.column]}`)
    : db.prepare(`${KEYED_MEDIA} m.kind IN ('audio', 'video') AND ?3 IS NULL ${KEY_WHERE[lookup.column]} ORDER BY m.created_at, m.rowid LIMIT 1`);
  return statement.bind(...values).first<KeyedMediaRow>();
}

/**
 * Stores a media row, but only while its recording is live (not trashed meanwhile), and touches the
 * recording's `updated_at`, in one transaction with `also`, run in order right after the recording's
 * UPDATE (its `media.ready` event first, which sees whether that UPDATE changed a row; then e.g. the
 * release of the upload's quota reservation); the account's usage counters follow in the same
 * transaction (migration 0006's triggers). False when the recording is gone.
 */
export async function insertMediaForLiveRecording(db: D1DatabaseSession, row: MediaRow, ...also: D1PreparedStatement[]): Promise<boolean> {
  const [inserted] = await db.batch([...mediaInsertStatements(db, row), ...also]);
  return (inserted?.meta.changes ?? 0) > 0;
}

/**
 * The statements of {@link insertMediaForLiveRecording}, to run in a batch with others: the INSERT
 * (which changes no row when the recording is gone) first.
 */
export function mediaInsertStatements(db: D1DatabaseSession, row: MediaRow): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO media (id, recording_id, account_id, kind, filename, content_type, byte_size, sha256, crc32, r2_key, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11
         WHERE EXISTS (SELECT 1 FROM recordings WHERE id = ?2 AND account_id = ?3 AND deleted_at IS NULL)`,
      )
      .bind(
        row.id, row.recording_id, row.account_id, row.kind, row.filename, row.content_type,
        row.byte_size, row.sha256, row.crc32, row.r2_key, row.created_at,
      ),
    db
      .prepare("UPDATE recordings SET updated_at = ?3 WHERE id = ?1 AND account_id = ?2 AND deleted_at IS NULL")
      .bind(row.recording_id, row.account_id, row.created_at),
  ];
}

/** A media item as a signed link reaches it: with its recording's status, both null when absent. */
export interface LinkedMediaRow extends Partial<MediaRow> {
  found_recording_id: string | null;
  recording_status: Status | null;
}

/**
 * The live recording `recordingId` (any account: a signed link names it) and its media item `mediaId`,
 * in one round trip; null when the recording does not exist or is in the trash, `id` null when the item
 * is not this recording's.
 */
export async function findLinkedMedia(db: D1DatabaseSession, recordingId: string, mediaId: string): Promise<LinkedMediaRow | null> {
  return db
    .prepare(
      `SELECT r.id AS found_recording_id, r.status AS recording_status, m.*
       FROM recordings r LEFT JOIN media m ON m.recording_id = r.id AND m.id = ?2
       WHERE r.id = ?1 AND r.deleted_at IS NULL`,
    )
    .bind(recordingId, mediaId)
    .first<LinkedMediaRow>();
}

/** Which of `keys` some media row references (keys as a JSON array in one bound value). */
export async function findReferencedKeys(db: D1DatabaseSession, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { results } = await db
    .prepare(`SELECT r2_key FROM media WHERE r2_key IN ${IN_JSON_ARRAY}`)
    .bind(JSON.stringify(keys))
    .all<{ r2_key: string }>();
  return new Set(results.map((row) => row.r2_key));
}
