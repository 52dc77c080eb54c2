import { recordingsEventStatement } from "./events";
import { notHeld } from "./legal-holds";
import { IN_PROGRESS_SQL } from "./sql";
import { expireUploadsOf } from "./uploads";

/** The age of a recording (alias `r`) for retention: when it ended, else when it was created. */
const AGE = "coalesce(r.ended_at, r.created_at)";

/** The retention cutoff of account `a`'s recordings as of the time bound at `asOf`, after `days` (SQL). */
function cutoff(asOf: string, days: string): string {
  return `strftime('%Y-%m-%dT%H:%M:%fZ', ${asOf}, '-' || ${days} || ' days')`;
}

/** Live, finished, unheld recordings of accounts with a retention, older than it (aliases a, r; ?1 as of). */
const EXPIRED = `FROM accounts a JOIN recordings r ON r.account_id = a.id AND r.deleted_at IS NULL
  WHERE a.retention_days IS NOT NULL AND ${AGE} < ${cutoff("?1", "a.retention_days")}
    AND r.status NOT IN (${IN_PROGRESS_SQL}) AND ${notHeld("r")}`;

/**
 * Moves up to `limit` recordings past their account's `retention_days` to the trash (`deleted_by:
 * "retention"`), ending their unfinished uploads, in one transaction; returns the ids moved. Those
 * in progress or under legal hold are skipped (they stay where they are), so each call continues with
 * what is left. The statements are returned by {@link retentionStatements} so more (an event outbox)
 * can join the same batch.
 */
export async function trashExpiredRecordings(db: D1DatabaseSession, asOf: string, limit: number): Promise<string[]> {
  const [, trashed] = await db.batch<{ id: string }>(retentionStatements(db, asOf, limit));
  return trashed!.results.map((row) => row.id);
}

/** The statements of {@link trashExpiredRecordings}: the events, then the move (RETURNING the ids). */
export function retentionStatements(db: D1DatabaseSession, asOf: string, limit: number): D1PreparedStatement[] {
  return [
    // Before the move, with its own selection (same transaction, same rows): one recording.trashed each.
    recordingsEventStatement(db, {
      type: "recording.trashed",
      where: `r.id IN (SELECT r.id ${EXPIRED} LIMIT ?2)`,
      params: [asOf, limit],
      overlay: { deleted_at: asOf, deleted_by: "retention", updated_at: asOf },
      data: { reason: "retention" },
      createdAt: asOf,
    }),
    db
      .prepare(
        `UPDATE recordings SET deleted_at = ?1, deleted_by = 'retention', updated_at = ?1
         WHERE id IN (SELECT r.id ${EXPIRED} LIMIT ?2) RETURNING id`,
      )
      .bind(asOf, limit),
    db
      .prepare(`${expireUploadsOf("?1")} (SELECT id FROM recordings WHERE deleted_by = 'retention' AND deleted_at = ?1)`)
      .bind(asOf),
  ];
}

/** How many of the account's recordings a retention of `days` moves to the trash as of `asOf` (held and in progress left out). */
export async function countRetentionCandidates(db: D1DatabaseSession, accountId: string, days: number, asOf: string): Promise<number> {
  const row = await db
    .prepare(
      `SELECT count(*) AS n FROM recordings r
       WHERE r.account_id = ?2 AND r.deleted_at IS NULL AND ${AGE} < ${cutoff("?1", "?3")}
         AND r.status NOT IN (${IN_PROGRESS_SQL}) AND ${notHeld("r")}`,
    )
    .bind(asOf, accountId, days)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
