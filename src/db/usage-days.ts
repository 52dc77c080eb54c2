/** An account's usage_days row: what flowed that day, and the totals at its end once the job closed it. */
export interface UsageDayRow {
  day: string;
  bytes_added: number;
  bytes_removed: number;
  recordings_created: number;
  recordings_purged: number;
  bytes_stored: number | null;
  recordings: number | null;
}

/**
 * Closes the UTC day `day` (YYYY-MM-DD) for up to `limit` accounts that existed by its end and have no
 * totals for it yet: writes `bytes_stored` and `recordings` at the day's end, the counters now less
 * what flowed on later days, in one statement (the counters and the flows change together, in the
 * triggers). Returns how many accounts it closed the day for.
 */
export async function closeUsageDay(db: D1DatabaseSession, day: string, limit: number): Promise<number> {
  const later = (column: string) =>
    `coalesce((SELECT sum(${column}) FROM usage_days f WHERE f.account_id = a.id AND f.day > ?1), 0)`;
  const result = await db
    .prepare(
      `INSERT INTO usage_days (account_id, day, bytes_stored, recordings)
       SELECT a.id, ?1, a.bytes_stored - ${later("bytes_added - bytes_removed")},
         a.recordings_count - ${later("recordings_created - recordings_purged")}
       FROM accounts a
       WHERE a.created_at < ?2
         AND NOT EXISTS (SELECT 1 FROM usage_days d WHERE d.account_id = a.id AND d.day = ?1 AND d.bytes_stored IS NOT NULL)
       LIMIT ?3
       ON CONFLICT (account_id, day) DO UPDATE SET bytes_stored = excluded.bytes_stored, recordings = excluded.recordings`,
    )
    .bind(day, `${day}T24:00:00.000Z`, limit)
    .run();
  return result.meta.changes;
}

/** The account's counters and its usage_days rows from `from` (YYYY-MM-DD) on, oldest first, in one round trip. */
export async function readUsageDays(
  db: D1DatabaseSession,
  accountId: string,
  from: string,
): Promise<{ current: { bytes_stored: number; recordings: number; created_at: string } | null; rows: UsageDayRow[] }> {
  const [current, rows] = await db.batch([
    db.prepare("SELECT bytes_stored, recordings_count AS recordings, created_at FROM accounts WHERE id = ?1").bind(accountId),
    db
      .prepare(
        `SELECT day, bytes_added, bytes_removed, recordings_created, recordings_purged, bytes_stored, recordings
         FROM usage_days WHERE account_id = ?1 AND day >= ?2 ORDER BY day`,
      )
      .bind(accountId, from),
  ]);
  return {
    current: (current!.results[0] as { bytes_stored: number; recordings: number; created_at: string } | undefined) ?? null,
    rows: rows!.results as UsageDayRow[],
  };
}
