import type { EndpointRow } from "./webhook-endpoints";

/** A webhook_deliveries row (migration 0004). */
export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  account_id: string;
  event_id: string;
  status: "pending" | "succeeded" | "failed";
  attempts: number;
  created_at: string;
  next_attempt_at: string | null;
  retry_until: string;
  leased_until: string | null;
  finished_at: string | null;
}

/** The events waiting in the outbox that one hand-over takes: oldest first, of one account or all, made by `?2`. */
const WAITING = `SELECT seq FROM events WHERE dispatched_at IS NULL AND (?1 IS NULL OR account_id = ?1) AND created_at <= ?2
  ORDER BY seq LIMIT ?3`;

/** The endpoints (alias w) an event (alias e) goes to: its own for a test event, else the enabled ones subscribed to its type. */
const SUBSCRIBED = `w.account_id = e.account_id AND (e.endpoint_id = w.id OR (e.endpoint_id IS NULL AND w.enabled = 1
  AND (w.events IS NULL OR EXISTS (SELECT 1 FROM json_each(w.events) WHERE value = e.type))))`;

/** Which waiting events a hand-over takes. */
export interface HandOver {
  accountId: string | null;
  /** Only events made at or before this time (the scheduled job leaves the newest to their own Worker). */
  madeBy: string;
  limit: number;
  now: string;
  retryUntil: string;
}

/**
 * Takes up to `limit` events out of the outbox in one transaction: creates one pending delivery per
 * subscribed endpoint and marks the events dispatched. Returns the new deliveries' ids (to send to the
 * queue) and how many events were taken. A delivery that already exists is not made twice.
 */
export async function createDeliveries(db: D1Database, take: HandOver): Promise<{ deliveryIds: string[]; events: number }> {
  const params = [take.accountId, take.madeBy, take.limit];
  const [created, marked] = await db.batch<{ id: string }>([
    db
      .prepare(
        `INSERT INTO webhook_deliveries (id, endpoint_id, account_id, event_id, status, attempts, created_at, next_attempt_at, retry_until)
         SELECT 'dlv_' || lower(hex(randomblob(16))), w.id, e.account_id, e.id, 'pending', 0, ?4, ?4, ?5
         FROM events e JOIN webhook_endpoints w ON ${SUBSCRIBED}
         WHERE e.seq IN (${WAITING}) ORDER BY e.seq, w.created_at
         ON CONFLICT DO NOTHING RETURNING id`,
      )
      .bind(...params, take.now, take.retryUntil),
    db.prepare(`UPDATE events SET dispatched_at = ?4 WHERE seq IN (${WAITING}) RETURNING id`).bind(...params, take.now),
  ]);
  return { deliveryIds: created!.results.map((r) => r.id), events: marked!.results.length };
}

/** A delivery claimed for an attempt, with its event and endpoint. */
export interface ClaimedDelivery extends DeliveryRow {
  event_type: string;
  event_created_at: string;
  event_data: string;
  endpoint: Pick<EndpointRow, "url" | "enabled" | "secret" | "previous_secret" | "previous_expires_at">;
}

/**
 * Claims a pending delivery for one attempt until `leaseUntil`, unless another consumer holds it or
 * it is finished: null then (a duplicate message, or one for a delivery that is done).
 */
export async function claimDelivery(db: D1Database, id: string, now: string, leaseUntil: string): Promise<ClaimedDelivery | null> {
  type Row = DeliveryRow & { event_type: string | null; event_created_at: string; event_data: string | null; endpoint_json: string | null };
  const [claimed, read] = await db.batch<Row>([
    db
      .prepare(
        `UPDATE webhook_deliveries SET leased_until = ?3
         WHERE id = ?1 AND status = 'pending' AND (leased_until IS NULL OR leased_until <= ?2) RETURNING id`,
      )
      .bind(id, now, leaseUntil),
    db
      .prepare(
        `SELECT d.*, e.type AS event_type, e.created_at AS event_created_at, e.data AS event_data,
           (SELECT json_object('url', url, 'enabled', enabled, 'secret', secret, 'previous_secret', previous_secret,
              'previous_expires_at', previous_expires_at) FROM webhook_endpoints WHERE id = d.endpoint_id) AS endpoint_json
         FROM webhook_deliveries d LEFT JOIN events e ON e.id = d.event_id WHERE d.id = ?1 AND changes() > 0`,
      )
      .bind(id),
  ]);
  const row = claimed!.results.length > 0 ? read!.results[0] : undefined;
  if (!row) return null;
  const { endpoint_json, ...rest } = row;
  return { ...rest, endpoint: endpoint_json ? JSON.parse(endpoint_json) : null } as ClaimedDelivery;
}

/** One attempt's outcome, as recorded. */
export interface AttemptRecord {
  attempt: number;
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/** What follows an attempt: success, a retry at `nextAttemptAt`, or giving up. */
export type AttemptVerdict = { kind: "succeeded" } | { kind: "retry"; nextAttemptAt: string } | { kind: "failed" };

/**
 * Records an attempt and its verdict in one transaction: the attempt row, the delivery's new state
 * (lease released), and the endpoint's failure streak (cleared by a success, started by a failure);
 * an endpoint failing since before `disableBefore` is disabled with its reason. Returns whether it was.
 */
export async function recordAttempt(
  db: D1Database,
  delivery: Pick<DeliveryRow, "id" | "endpoint_id">,
  attempt: AttemptRecord,
  verdict: AttemptVerdict,
  disableBefore: string,
): Promise<boolean> {
  const ok = verdict.kind === "succeeded";
  const status = ok ? "succeeded" : verdict.kind === "retry" ? "pending" : "failed";
  const next = verdict.kind === "retry" ? verdict.nextAttemptAt : null;
  const [, , , disabled] = await db.batch([
    db
      .prepare(
        `INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, duration_ms, error)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING`,
      )
      .bind(delivery.id, attempt.attempt, attempt.at, attempt.statusCode, attempt.durationMs, attempt.error),
    db
      .prepare(
        `UPDATE webhook_deliveries SET attempts = max(attempts, ?2), status = ?3, next_attempt_at = ?4, leased_until = NULL,
           finished_at = CASE WHEN ?3 = 'pending' THEN NULL ELSE ?5 END WHERE id = ?1`,
      )
      .bind(delivery.id, attempt.attempt, status, next, attempt.at),
    db
      .prepare(`UPDATE webhook_endpoints SET failing_since = CASE WHEN ?2 THEN NULL ELSE coalesce(failing_since, ?3) END WHERE id = ?1`)
      .bind(delivery.endpoint_id, ok ? 1 : 0, attempt.at),
    db
      .prepare(
        `UPDATE webhook_endpoints SET enabled = 0, updated_at = ?3,
           disabled_reason = 'Every delivery attempt failed for 3 days (since ' || failing_since || ')'
         WHERE id = ?1 AND enabled = 1 AND failing_since IS NOT NULL AND failing_since < ?2 RETURNING id`,
      )
      .bind(delivery.endpoint_id, disableBefore, attempt.at),
  ]);
  return (disabled?.results.length ?? 0) > 0;
}

/** When a pending delivery's lease ends, or null when the delivery is finished or gone (nothing more to do). */
export async function pendingLeaseEnd(db: D1Database, id: string): Promise<string | null> {
  const row = await db
    .prepare("SELECT leased_until FROM webhook_deliveries WHERE id = ?1 AND status = 'pending'")
    .bind(id)
    .first<{ leased_until: string | null }>();
  return row ? (row.leased_until ?? new Date(0).toISOString()) : null;
}

/** Marks a claimed delivery failed without an attempt (its endpoint was disabled or removed meanwhile). */
export async function abandonDelivery(db: D1Database, id: string, now: string): Promise<void> {
  await db
    .prepare("UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, leased_until = NULL, finished_at = ?2 WHERE id = ?1")
    .bind(id, now)
    .run();
}
