import { IN_JSON_ARRAY, IN_PROGRESS_SQL } from "./sql";
import { expireUploadsOf } from "./uploads";

/** What a delete needs to know about a recording it was asked to act on, read in the same transaction. */
export interface RecordingState {
  id: string;
  status: string;
  deleted_at: string | null;
}

/** The requested recordings of the account as they stand, in the batch that acts on them. */
export function selectStates(db: D1Database, ids: string[], accountId: string): D1PreparedStatement {
  return db
    .prepare(`SELECT id, status, deleted_at FROM recordings WHERE id IN ${IN_JSON_ARRAY} AND account_id = ?2`)
    .bind(JSON.stringify(ids), accountId);
}

/** The outcome of acting on many recordings at once: how each stood before, and which ones were changed. */
export interface BatchOutcome {
  states: Map<string, RecordingState>;
  changed: Set<string>;
}

/**
 * Moves the account's live, finished recordings among `ids` to the trash, marked with the time and
 * the key that did it, in one transaction with a read of how every requested recording stood, so the
 * caller can say exactly why each one that was not trashed was not. Their unfinished resumable uploads
 * end in the same transaction (they expire now; the scheduled job aborts them).
 */
export async function trashRecordings(
  db: D1Database,
  accountId: string,
  ids: string[],
  { keyId, now }: { keyId: string; now: string },
): Promise<BatchOutcome> {
  const [states, trashed] = await db.batch<RecordingState | { id: string }>([
    selectStates(db, ids, accountId),
    db
      .prepare(
        `UPDATE recordings SET deleted_at = ?3, deleted_by = ?4, updated_at = ?3
         WHERE id IN ${IN_JSON_ARRAY} AND account_id = ?2 AND deleted_at IS NULL AND status NOT IN (${IN_PROGRESS_SQL})
         RETURNING id`,
      )
      .bind(JSON.stringify(ids), accountId, now, keyId),
    db
      .prepare(`${expireUploadsOf("?3")} (SELECT id FROM recordings WHERE id IN ${IN_JSON_ARRAY} AND account_id = ?2 AND deleted_at IS NOT NULL)`)
      .bind(JSON.stringify(ids), accountId, now),
  ]);
  return {
    states: new Map((states!.results as RecordingState[]).map((row) => [row.id, row])),
    changed: new Set(trashed!.results.map((row) => row.id)),
  };
}

/** Takes the account's recording out of the trash; false when it was not in the trash (or is not the account's). */
export async function restoreRecording(db: D1Database, accountId: string, id: string, now: string): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE recordings SET deleted_at = NULL, deleted_by = NULL, updated_at = ?3
       WHERE id = ?1 AND account_id = ?2 AND deleted_at IS NOT NULL`,
    )
    .bind(id, accountId, now)
    .run();
  return result.meta.changes > 0;
}
