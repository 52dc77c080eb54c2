import { accessCondition, accessValues, type Access } from "../access/restriction";
import { notHeld } from "./legal-holds";
import { IN_JSON_ARRAY, IN_PROGRESS_SQL } from "./sql";
import { expireUploadsOf } from "./uploads";

/** What a delete needs to know about a recording it was asked to act on, read in the same transaction. */
export interface RecordingState {
  id: string;
  status: string;
  deleted_at: string | null;
  /** 1 when it is under a legal hold, its own or its account's. */
  held: number;
}

/** The requested recordings the caller may reach, as they stand, in the batch that acts on them. */
export function selectStates(db: D1DatabaseSession, ids: string[], access: Access): D1PreparedStatement {
  return db
    .prepare(
      `SELECT r.id, r.status, r.deleted_at, NOT (${notHeld("r")}) AS held FROM recordings r
       WHERE r.id IN ${IN_JSON_ARRAY} AND ${accessCondition("r", 2)}`,
    )
    .bind(JSON.stringify(ids), ...accessValues(access));
}

/** The outcome of acting on many recordings at once: how each stood before, and which ones were changed. */
export interface BatchOutcome {
  states: Map<string, RecordingState>;
  changed: Set<string>;
}

/**
 * Moves the live, finished recordings among `ids` that the caller may reach and no legal hold holds to the trash, marked with
 * the time and the key that did it, in one transaction with a read of how every requested recording
 * stood, so the caller can say exactly why each one that was not trashed was not. Their unfinished
 * resumable uploads end in the same transaction (they expire now; the scheduled job aborts them).
 */
export async function trashRecordings(
  db: D1DatabaseSession,
  access: Access,
  ids: string[],
  { keyId, now }: { keyId: string; now: string },
): Promise<BatchOutcome> {
  const values = [JSON.stringify(ids), ...accessValues(access), now, keyId];
  const [states, trashed] = await db.batch<RecordingState | { id: string }>([
    selectStates(db, ids, access),
    db
      .prepare(
        `UPDATE recordings AS r SET deleted_at = ?5, deleted_by = ?6, updated_at = ?5
         WHERE r.id IN ${IN_JSON_ARRAY} AND ${accessCondition("r", 2)} AND r.deleted_at IS NULL AND r.status NOT IN (${IN_PROGRESS_SQL})
           AND ${notHeld("r")}
         RETURNING id`,
      )
      .bind(...values),
    db
      .prepare(`${expireUploadsOf("?5")} (SELECT r.id FROM recordings r WHERE r.id IN ${IN_JSON_ARRAY} AND ${accessCondition("r", 2)} AND r.deleted_at IS NOT NULL)`)
      .bind(...values.slice(0, 5)),
  ]);
  return {
    states: new Map((states!.results as RecordingState[]).map((row) => [row.id, row])),
    changed: new Set(trashed!.results.map((row) => row.id)),
  };
}

/**
 * Takes the recordings among `ids` that the caller may reach out of the trash, in one transaction
 * with a read of how every requested one stood before (a recording not in the trash is left as it is).
 */
export async function restoreRecordings(db: D1DatabaseSession, access: Access, ids: string[], now: string): Promise<BatchOutcome> {
  const [states, restored] = await db.batch<RecordingState | { id: string }>([
    selectStates(db, ids, access),
    db
      .prepare(
        `UPDATE recordings AS r SET deleted_at = NULL, deleted_by = NULL, updated_at = ?5
         WHERE r.id IN ${IN_JSON_ARRAY} AND ${accessCondition("r", 2)} AND r.deleted_at IS NOT NULL RETURNING id`,
      )
      .bind(JSON.stringify(ids), ...accessValues(access), now),
  ]);
  return {
    states: new Map((states!.results as RecordingState[]).map((row) => [row.id, row])),
    changed: new Set(restored!.results.map((row) => row.id)),
  };
}
