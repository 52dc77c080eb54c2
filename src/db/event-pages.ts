/** An events row as the list reads it. */
export interface EventRow {
  seq: number;
  id: string;
  account_id: string;
  type: string;
  created_at: string;
  data: string;
}

/**
 * Which of an account's events a caller may see: a key restricted to a room or a user (access
 * tokens, restricted keys) sees only the events of that room's or user's recordings.
 */
export interface EventRestriction {
  room_id?: string;
  user_id?: string;
}

/** The page an events list asks for. */
export interface EventQuery {
  accountId: string;
  types?: string[];
  /** Only events after this one (its id); `undefined` from the oldest. */
  after?: string;
  limit: number;
  restrict?: EventRestriction;
}

/**
 * Up to `limit + 1` of the account's events, oldest first (commit order), after the event `after`;
 * test events are never listed. Null when `after` names no event of the account (trimmed, or not one).
 */
export async function readEventPage(db: D1DatabaseSession, query: EventQuery): Promise<EventRow[] | null> {
  const [anchor, page] = await db.batch<{ seq: number } | EventRow>([
    db.prepare("SELECT seq FROM events WHERE id = ?1 AND account_id = ?2").bind(query.after ?? "", query.accountId),
    db
      .prepare(
        `SELECT seq, id, account_id, type, created_at, data FROM events
         WHERE account_id = ?1 AND endpoint_id IS NULL
           AND seq > coalesce((SELECT seq FROM events WHERE id = ?2 AND account_id = ?1), CASE WHEN ?2 IS NULL THEN 0 ELSE 9e18 END)
           AND (?3 IS NULL OR type IN (SELECT value FROM json_each(?3)))
           AND (?4 IS NULL OR room_id = ?4) AND (?5 IS NULL OR user_id = ?5)
         ORDER BY seq LIMIT ?6`,
      )
      .bind(
        query.accountId, query.after ?? null, query.types?.length ? JSON.stringify(query.types) : null,
        query.restrict?.room_id ?? null, query.restrict?.user_id ?? null, query.limit + 1,
      ),
  ]);
  if (query.after !== undefined && anchor!.results.length === 0) return null;
  return page!.results as EventRow[];
}
