import type { DeliveryRow } from "./webhook-deliveries";

/** Deliveries (alias d) with their event's type and their attempts as one JSON array, oldest first. */
const WITH_ATTEMPTS = `SELECT d.*, (SELECT type FROM events WHERE id = d.event_id) AS event_type,
  (SELECT json_group_array(json_object('attempt', a.attempt, 'attempted_at', a.attempted_at, 'status_code', a.status_code,
     'duration_ms', a.duration_ms, 'error', a.error)) FROM
     (SELECT * FROM webhook_attempts WHERE delivery_id = d.id ORDER BY attempt) a) AS attempts_json
  FROM webhook_deliveries d`;

/** A delivery as its endpoint's history shows it: with its event's type and every attempt (JSON, oldest first). */
export interface DeliveryWithAttempts extends DeliveryRow {
  event_type: string | null;
  attempts_json: string;
}

/**
 * One page of an endpoint's deliveries, newest first (created_at, then id), with their attempts:
 * those after the keyset position `before` when given, of one status when given; `limit + 1` rows so
 * the caller knows whether more follow.
 */
export async function readDeliveryPage(
  db: D1DatabaseSession,
  { endpointId, status, before, limit }: { endpointId: string; status?: string; before?: { createdAt: string; id: string }; limit: number },
): Promise<DeliveryWithAttempts[]> {
  const { results } = await db
    .prepare(
      `${WITH_ATTEMPTS}
       WHERE d.endpoint_id = ?1 AND (?2 IS NULL OR d.status = ?2)
         AND (?3 IS NULL OR d.created_at < ?3 OR (d.created_at = ?3 AND d.id < ?4))
       ORDER BY d.created_at DESC, d.id DESC LIMIT ?5`,
    )
    .bind(endpointId, status ?? null, before?.createdAt ?? null, before?.id ?? null, limit + 1)
    .all<DeliveryWithAttempts>();
  return results;
}

/** One delivery of the account's endpoint with its attempts, or null. */
export async function findDelivery(db: D1DatabaseSession, accountId: string, endpointId: string, id: string): Promise<DeliveryWithAttempts | null> {
  const rows = await db
    .prepare(
      `${WITH_ATTEMPTS} WHERE d.id = ?1 AND d.endpoint_id = ?2 AND d.account_id = ?3`,
    )
    .bind(id, endpointId, accountId)
    .first<DeliveryWithAttempts>();
  return rows;
}

/**
 * Makes a delivery pending again for one attempt now (a manual retry): no automatic retries follow
 * it (its retry window ends now). False when there is no such delivery of the account.
 */
export async function resetDeliveryForRetry(db: D1DatabaseSession, accountId: string, id: string, now: string): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?3, retry_until = ?3, leased_until = NULL, finished_at = NULL
       WHERE id = ?1 AND account_id = ?2`,
    )
    .bind(id, accountId, now)
    .run();
  return result.meta.changes > 0;
}

/**
 * Pending deliveries whose attempt is overdue by more than the grace period (`overdueBefore`) and that
 * no consumer holds: their queue message was lost (a Worker died before sending it, or a local queue
 * restarted). Marks them due now and returns their ids, at most `limit`, to send again.
 */
export async function takeOverdueDeliveries(db: D1DatabaseSession, overdueBefore: string, now: string, limit: number): Promise<string[]> {
  const { results } = await db
    .prepare(
      `UPDATE webhook_deliveries SET next_attempt_at = ?2 WHERE id IN (
         SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at < ?1
           AND (leased_until IS NULL OR leased_until <= ?2) ORDER BY next_attempt_at LIMIT ?3)
       RETURNING id`,
    )
    .bind(overdueBefore, now, limit)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

/**
 * Removes up to `limit` events made before `cutoff`, and up to `limit` deliveries (with their attempts)
 * made before it; returns how many of each, so the caller knows whether more are left.
 */
export async function trimHistory(db: D1DatabaseSession, cutoff: string, limit: number): Promise<{ events: number; deliveries: number }> {
  const old = "SELECT id FROM webhook_deliveries WHERE created_at < ?1 ORDER BY created_at LIMIT ?2";
  const [, deliveries, events] = await db.batch([
    db.prepare(`DELETE FROM webhook_attempts WHERE delivery_id IN (${old})`).bind(cutoff, limit),
    db.prepare(`DELETE FROM webhook_deliveries WHERE id IN (${old})`).bind(cutoff, limit),
    db
      .prepare("DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE created_at < ?1 AND dispatched_at IS NOT NULL ORDER BY created_at LIMIT ?2)")
      .bind(cutoff, limit),
  ]);
  return { events: events!.meta.changes, deliveries: deliveries!.meta.changes };
}
