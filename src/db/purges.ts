import { accessValues, type Access } from "../access/restriction";
import { recordingsEventStatement } from "./events";
import { notHeld } from "./legal-holds";
import { IN_JSON_ARRAY, IN_PROGRESS_SQL } from "./sql";
import { expireUploadsOf } from "./uploads";
import { selectStates, type BatchOutcome, type RecordingState } from "./trash";

/** When the trash expires: as of `asOf`, after each account's `trash_retention_days`, else `defaultDays`. */
export interface TrashExpiry {
  asOf: string;
  defaultDays: number;
}

/**
 * Which recordings a purge may remove: among `ids`, those the caller may reach (`access`, a request)
 * or those in the trash for longer than their account's trash retention (`expired`, the retention
 * job); never one in progress, never one under legal hold.
 */
export interface PurgeSelection {
  ids: string[];
  access?: Access;
  expired?: TrashExpiry;
}

/** The time before which a recording (alias `r`) in the trash has expired, from `asOf` and the days bound at `defaultDays`. */
function trashCutoff(r: string, asOf: string, defaultDays: string): string {
  return `(SELECT strftime('%Y-%m-%dT%H:%M:%fZ', ${asOf}, '-' || coalesce(ta.trash_retention_days, ${defaultDays}) || ' days')
    FROM accounts ta WHERE ta.id = ${r}.account_id)`;
}

/** The outcome of a purge's transaction: as for a trash, plus the R2 keys it queued for removal. */
export interface PurgeOutcome extends BatchOutcome {
  keys: string[];
}

/**
 * The WHERE clause choosing the recordings (alias r) of a selection; binds ?1 ids, ?2 account, ?3 room,
 * ?4 user (the caller's access, as `accessCondition` spells it, each null for the job), ?5 as of and
 * ?6 the default trash days (the job's expiry, null for a request).
 */
const SELECTED = `r.id IN ${IN_JSON_ARRAY} AND (?2 IS NULL OR r.account_id = ?2)
  AND (?3 IS NULL OR r.room_id = ?3) AND (?4 IS NULL OR r.user_id = ?4)
  AND (?5 IS NULL OR (r.deleted_at IS NOT NULL AND r.deleted_at < ${trashCutoff("r", "?5", "?6")}))
  AND r.status NOT IN (${IN_PROGRESS_SQL}) AND ${notHeld("r")}`;

/**
 * Removes the selected recordings and their media rows, and queues their media objects' R2 keys, in
 * one transaction: either the recording is still whole (rows and objects) or it is gone and every one
 * of its objects is queued. The caller then deletes the objects and dequeues them
 * ({@link dequeuePurgedKeys}); what a failure leaves queued, the scheduled job removes.
 * Their unfinished resumable uploads are ended in the same transaction: they expire now, so they
 * answer 404 at once and the scheduled job aborts their R2 multipart uploads. Each purged recording's
 * `recording.purged` event (the recording as it was, `reason` `api` for a request, `retention` for the
 * job) is recorded in the same transaction.
 */
export async function purgeRecordingRows(db: D1DatabaseSession, selection: PurgeSelection, now: string): Promise<PurgeOutcome> {
  const ids = JSON.stringify(selection.ids);
  const [account, room, user] = selection.access ? accessValues(selection.access) : [null, null, null];
  const params = [ids, account, room, user, selection.expired?.asOf ?? null, selection.expired?.defaultDays ?? null];
  // D1 wants exactly as many values as the statement has parameters.
  const bind = (sql: string, ...more: string[]) => db.prepare(sql).bind(...params, ...more);
  const statements = [
    recordingsEventStatement(db, {
      type: "recording.purged",
      where: SELECTED,
      params,
      data: { reason: selection.access ? "api" : "retention" },
      createdAt: now,
    }),
    bind(
      `INSERT INTO purge_queue (r2_key, queued_at)
      SELECT m.r2_key, ?7 FROM media m JOIN recordings r ON r.id = m.recording_id WHERE ${SELECTED}
      ON CONFLICT DO NOTHING RETURNING r2_key`,
      now,
    ),
    bind(`DELETE FROM media WHERE recording_id IN (SELECT r.id FROM recordings r WHERE ${SELECTED})`),
    bind(`${expireUploadsOf("?7")} (SELECT r.id FROM recordings r WHERE ${SELECTED})`, now),
    bind(`DELETE FROM recordings AS r WHERE ${SELECTED} RETURNING id`),
  ];
  const withStates = selection.access ? [selectStates(db, selection.ids, selection.access), ...statements] : statements;
  const results = await db.batch<Record<string, string>>(withStates);
  const [, queued, , , deleted] = results.slice(withStates.length - statements.length);
  const states = selection.access ? (results[0]!.results as unknown as RecordingState[]) : [];
  return {
    states: new Map(states.map((row) => [row.id, row])),
    changed: new Set(deleted!.results.map((row) => row.id!)),
    keys: queued!.results.map((row) => row.r2_key!),
  };
}

/** A trashed recording waiting to be purged, with how many media objects it has. */
export interface ExpiredRecording {
  id: string;
  media_count: number;
}

/**
 * Up to `limit` recordings in the trash for longer than their account's trash retention, longest there
 * first; none under legal hold (they stay in the trash until released).
 */
export async function findExpiredTrash(db: D1DatabaseSession, expired: TrashExpiry, limit: number): Promise<ExpiredRecording[]> {
  const { results } = await db
    .prepare(
      `SELECT r.id, (SELECT count(*) FROM media m WHERE m.recording_id = r.id) AS media_count FROM recordings r
       WHERE r.deleted_at IS NOT NULL AND r.deleted_at < ${trashCutoff("r", "?1", "?2")} AND ${notHeld("r")}
       ORDER BY r.deleted_at LIMIT ?3`,
    )
    .bind(expired.asOf, expired.defaultDays, limit)
    .all<ExpiredRecording>();
  return results;
}

/** Up to `limit` R2 keys that purges queued and did not finish removing. */
export async function readPurgeQueue(db: D1DatabaseSession, limit: number): Promise<string[]> {
  const { results } = await db.prepare("SELECT r2_key FROM purge_queue LIMIT ?1").bind(limit).all<{ r2_key: string }>();
  return results.map((row) => row.r2_key);
}

/** Forgets queued keys whose objects are now deleted from R2. */
export async function dequeuePurgedKeys(db: D1DatabaseSession, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.prepare(`DELETE FROM purge_queue WHERE r2_key IN ${IN_JSON_ARRAY}`).bind(JSON.stringify(keys)).run();
}
