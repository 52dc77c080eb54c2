import { accessCondition, accessValues, type Access } from "../access/restriction";
import { recordingsEventStatement } from "./events";
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
 * resumable uploads end in the same transaction (they expire now; the scheduled job aborts them), and
 * so does a `recording.trashed` event for each (with `reason`: `api` unless told).
 */
export async function trashRecordings(
  db: D1DatabaseSession,
  access: Access,
  ids: string[],
  { keyId, now, reason = "api" }: { keyId: string; now: string; reason?: "api" | "retention" },
): Promise<BatchOutcome> {
  const values = [JSON.stringify(ids), ...accessValues(access), now, keyId];
  const trashable = `r.id IN ${IN_JSON_ARRAY} AND ${accessCondition("r", 2)} AND r.deleted_at IS NULL AND r.status NOT IN (${IN_PROGRESS_SQL})
    AND ${notHeld("r")}`;
  const [states, , trashed] = await db.batch<RecordingState | { id: string }>([
    selectStates(db, ids, access),
    recordingsEventStatement(db, {
      type: "recording.trashed",
      where: trashable,
      params: values.slice(0, 4),
      overlay: { deleted_at: now, deleted_by: keyId, updated_at: now },
      data: { reason },
      createdAt: now,
    }),
    db.prepare(`UPDATE recordings AS r SET deleted_at = ?5, deleted_by = ?6, updated_at = ?5 WHERE ${trashable} RETURNING id`).bind(...values),
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
 * with a read of how every requested one stood before (a recording not in the trash is left as it is),
 * and a `recording.restored` event for each one restored.
 */
export async function restoreRecordings(db: D1DatabaseSession, access: Access, ids: string[], now: string): Promise<BatchOutcome> {
  const trashed = `r.id IN ${IN_JSON_ARRAY} AND ${accessCondition("r", 2)} AND r.deleted_at IS NOT NULL`;
  const values = [JSON.stringify(ids), ...accessValues(access)];
  const [states, , restored] = await db.batch<RecordingState | { id: string }>([
    selectStates(db, ids, access),
    recordingsEventStatement(db, {
      type: "recording.restored",
      where: trashed,
      params: values,
      overlay: { deleted_at: null, deleted_by: null, updated_at: now },
      createdAt: now,
    }),
    db.prepare(`UPDATE recordings AS r SET deleted_at = NULL, deleted_by = NULL, updated_at = ?5 WHERE ${trashed} RETURNING id`).bind(...values, now),
  ]);
  return {
    states: new Map((states!.results as RecordingState[]).map((row) => [row.id, row])),
    changed: new Set(restored!.results.map((row) => row.id)),
  };
}
