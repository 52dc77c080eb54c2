import { accessCondition, accessValues, accessWhere, type Access } from "../access/restriction";
import type { LegalHold } from "../schemas/account";
import type { Media, Recording } from "../schemas/recording";
import { legalHoldJson } from "./legal-holds";

/** A recordings row as D1 returns it, with its media as JSON when asked for. */
export interface RecordingRow {
  id: string;
  account_id: string;
  call_id: string | null;
  room_id: string | null;
  user_id: string | null;
  source: string;
  status: string;
  started_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  channels: number | null;
  track: string | null;
  metadata: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  media_json?: string | null;
  /** The recording's legal hold, or else its account's, as JSON (null when neither). */
  legal_hold_json?: string | null;
}

const COLUMNS = [
  "id", "account_id", "call_id", "room_id", "user_id", "source", "status", "started_at", "ended_at",
  "duration_seconds", "channels", "track", "metadata", "created_at", "updated_at", "deleted_at", "deleted_by",
] as const;

/** The columns a client may change with PATCH (and set on create). */
export type RecordingChanges = Partial<Pick<RecordingRow, (typeof COLUMNS)[number]>>;

const SELECT_COLUMNS = `${COLUMNS.map((c) => `r.${c}`).join(", ")}, ${legalHoldJson("r")} AS legal_hold_json`;

/** The recording's media, oldest first, as one JSON array (one query for a whole page). */
const MEDIA_JSON = `(SELECT json_group_array(json(j)) FROM (
  SELECT json_object('id', m.id, 'kind', m.kind, 'filename', m.filename, 'content_type', m.content_type,
    'byte_size', m.byte_size, 'sha256', m.sha256, 'created_at', m.created_at) AS j
  FROM media m WHERE m.recording_id = r.id ORDER BY m.created_at, m.rowid)) AS media_json`;

/** The SELECT list, with media only when it will be shown. */
export function selectList(withMedia: boolean): string {
  return withMedia ? `${SELECT_COLUMNS}, ${MEDIA_JSON}` : SELECT_COLUMNS;
}

/** Decodes a row into the API's recording, fields in the contract's order (media empty when not read). */
export function toRecording(row: RecordingRow): Recording {
  return {
    id: row.id,
    account_id: row.account_id,
    call_id: row.call_id,
    room_id: row.room_id,
    user_id: row.user_id,
    source: row.source,
    status: row.status,
    started_at: row.started_at,
    ended_at: row.ended_at,
    duration_seconds: row.duration_seconds,
    channels: row.channels,
    track: row.track,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    media: row.media_json ? (JSON.parse(row.media_json) as Media[]) : [],
    created_at: row.created_at,
    updated_at: row.updated_at,
    deleted_at: row.deleted_at,
    deleted_by: row.deleted_by,
    legal_hold: row.legal_hold_json ? (JSON.parse(row.legal_hold_json) as LegalHold) : null,
  } as Recording;
}

/** A create's outcome: stored (with the account's legal hold, which the new recording is under too), or refused by the quota. */
export type CreateOutcome =
  | { inserted: true; legal_hold_json: string | null }
  | { inserted: false; recordings: number; max_recordings: number | null };

/**
 * Stores a new recording row, only while the account is under its `max_recordings` (checked in the
 * INSERT itself, so two racing creates cannot both take the last place), in one transaction with
 * `after` (statements appended to the batch: its events, which record nothing when the INSERT did
 * not happen). When refused, says how the account stands.
 */
export async function insertRecording(db: D1DatabaseSession, row: RecordingRow, after: D1PreparedStatement[] = []): Promise<CreateOutcome> {
  const values = COLUMNS.map((c) => row[c]);
  const placeholders = COLUMNS.map((_, i) => `?${i + 1}`).join(", ");
  const account = `?${COLUMNS.indexOf("account_id") + 1}`;
  const [result] = await db.batch<{ legal_hold_json: string | null }>([
    db
      .prepare(
        `INSERT INTO recordings (${COLUMNS.join(", ")}) SELECT ${placeholders}
         WHERE (SELECT a.max_recordings IS NULL OR a.recordings_count < a.max_recordings FROM accounts a WHERE a.id = ${account})
         RETURNING ${legalHoldJson("recordings")} AS legal_hold_json`,
      )
      .bind(...values),
    ...after,
  ]);
  const inserted = result?.results[0];
  if (inserted) return { inserted: true, legal_hold_json: inserted.legal_hold_json };
  const stood = await db
    .prepare("SELECT recordings_count AS recordings, max_recordings FROM accounts WHERE id = ?1")
    .bind(row.account_id)
    .first<{ recordings: number; max_recordings: number | null }>();
  return { inserted: false, recordings: stood?.recordings ?? 0, max_recordings: stood?.max_recordings ?? null };
}

/**
 * A live recording the caller may reach, with its media; null when it does not exist, is another
 * account's (or outside the caller's room or user), or is in the trash.
 */
export async function findRecording(db: D1DatabaseSession, access: Access, id: string): Promise<RecordingRow | null> {
  return db
    .prepare(`SELECT ${selectList(true)} FROM recordings r WHERE r.id = ?1 AND ${accessCondition("r", 2)} AND r.deleted_at IS NULL`)
    .bind(id, ...accessValues(access))
    .first<RecordingRow>();
}

/** How an update is checked: the merge's size limit, and the statuses the recording may be in for it to apply. */
export interface UpdateOptions {
  metadataPatch?: string;
  maxMetadataBytes: number;
  statusFrom?: readonly string[];
  /** Statements to run in the same transaction right after the UPDATE (its events: see db/events.ts). */
  after?: D1PreparedStatement[];
}

/**
 * A live recording with its media by id alone, for a signed link that names it (the link is the
 * authorization); null when it does not exist or is in the trash.
 */
export async function findLinkedRecording(db: D1DatabaseSession, id: string): Promise<RecordingRow | null> {
  return db
    .prepare(`SELECT ${selectList(true)} FROM recordings r WHERE r.id = ?1 AND r.deleted_at IS NULL`)
    .bind(id)
    .first<RecordingRow>();
}

/**
 * Applies `changes` to a live recording the caller may reach and merges `metadataPatch` (JSON text, RFC 7396)
 * into its metadata in the same statement, so concurrent merges never lose each other's keys. Nothing
 * changes when the merged metadata would exceed `maxMetadataBytes`, or when the recording's status is
 * not one of `statusFrom` (checked in the same statement, so a concurrent status change cannot slip
 * between the check and the write). False when no row changed for any of these reasons. `after`
 * runs in the same transaction.
 */
export async function updateRecording(
  db: D1DatabaseSession,
  access: Access,
  id: string,
  changes: RecordingChanges,
  { metadataPatch, maxMetadataBytes, statusFrom, after = [] }: UpdateOptions,
): Promise<boolean> {
  const values: unknown[] = [id];
  const bind = (value: unknown) => `?${values.push(value)}`;
  const where = ["r.id = ?1", accessWhere(access, "r", bind), "r.deleted_at IS NULL"];
  const names = Object.keys(changes).filter((k): k is (typeof COLUMNS)[number] => (COLUMNS as readonly string[]).includes(k));
  const sets = names.map((name) => `${name} = ${bind(changes[name] ?? null)}`);
  if (statusFrom) where.push(`status IN (${statusFrom.map(bind).join(", ")})`);
  if (metadataPatch !== undefined) {
    const patch = bind(metadataPatch);
    sets.push(`metadata = json_patch(metadata, ${patch})`);
    where.push(`length(CAST(json_patch(metadata, ${patch}) AS BLOB)) <= ${bind(maxMetadataBytes)}`);
  }
  if (sets.length === 0) return true;
  const [result] = await db.batch([
    db.prepare(`UPDATE recordings AS r SET ${sets.join(", ")} WHERE ${where.join(" AND ")}`).bind(...values),
    ...after,
  ]);
  return (result?.meta.changes ?? 0) > 0;
}
