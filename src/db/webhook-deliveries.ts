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
export async function createDeliveries(db: D1DatabaseSession, take: HandOver): Promise<{ deliveryIds: string[]; events: number }> {
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
  event_data: string | null;
  endpoint: Pick<EndpointRow, "url" | "enabled" | "secret" | "previous_secret" | "previous_expires_at"> | null;
}

/** What a claim found: the deliveries now held, and when the others' leases end (those finished or gone are in neither). */
export interface Claim {
  claimed: ClaimedDelivery[];
  heldUntil: Map<string, string>;
}

/** The deliveries (alias d) among ?1 that a consumer may attempt at ?2: pending, and no other consumer's lease running. */
const CLAIMABLE = "d.id IN (SELECT value FROM json_each(?1)) AND d.status = 'pending' AND (d.leased_until IS NULL OR d.leased_until <= ?2)";

/**
 * Claims the pending deliveries among `ids` for one attempt each until `leaseUntil`, in one
 * transaction (read, then the same rows leased), so that a duplicate message never sends one twice at
 * once. Those another consumer holds are reported with their lease's end.
 */
export async function claimDeliveries(db: D1DatabaseSession, ids: string[], now: string, leaseUntil: string): Promise<Claim> {
  type Row = DeliveryRow & { event_type: string; event_created_at: string; event_data: string | null; endpoint_json: string | null };
  const list = JSON.stringify(ids);
  const [claimable, held] = await db.batch<Row | { id: string; leased_until: string }>([
    db
      .prepare(
        `SELECT d.*, e.type AS event_type, e.created_at AS event_created_at, e.data AS event_data,
           (SELECT json_object('url', url, 'enabled', enabled, 'secret', secret, 'previous_secret', previous_secret,
              'previous_expires_at', previous_expires_at) FROM webhook_endpoints WHERE id = d.endpoint_id) AS endpoint_json
         FROM webhook_deliveries d LEFT JOIN events e ON e.id = d.event_id WHERE ${CLAIMABLE}`,
      )
      .bind(list, now),
    db
      .prepare(`SELECT d.id, d.leased_until FROM webhook_deliveries d WHERE d.id IN (SELECT value FROM json_each(?1)) AND d.status = 'pending' AND NOT (${CLAIMABLE})`)
      .bind(list, now),
    db.prepare(`UPDATE webhook_deliveries AS d SET leased_until = ?3 WHERE ${CLAIMABLE}`).bind(list, now, leaseUntil),
  ]);
  const claimed = (claimable!.results as Row[]).map(({ endpoint_json, ...rest }) => ({
    ...rest,
    endpoint: endpoint_json ? (JSON.parse(endpoint_json) as ClaimedDelivery["endpoint"]) : null,
  }));
  const heldUntil = new Map((held!.results as { id: string; leased_until: string }[]).map((r) => [r.id, r.leased_until]));
  return { claimed, heldUntil };
}

/** One attempt's outcome, as recorded. */
export interface AttemptRecord {
  deliveryId: string;
  endpointId: string;
  attempt: number;
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  verdict: AttemptVerdict;
}

/** What follows an attempt: success, a retry at `nextAttemptAt`, or giving up. */
export type AttemptVerdict = { kind: "succeeded" } | { kind: "retry"; nextAttemptAt: string; delaySeconds: number } | { kind: "failed" };

/** The attempts (JSON in ?1) as rows: delivery d, endpoint e, attempt n, time at, status code, duration, error, new status, next attempt, ok. */
const ATTEMPTS = `(SELECT json_extract(value, '$.d') AS d, json_extract(value, '$.e') AS e, json_extract(value, '$.n') AS n,
  json_extract(value, '$.at') AS at, json_extract(value, '$.code') AS code, json_extract(value, '$.ms') AS ms,
  json_extract(value, '$.err') AS err, json_extract(value, '$.status') AS status, json_extract(value, '$.next') AS next,
  json_extract(value, '$.ok') AS ok FROM json_each(?1))`;

/**
 * Records a consumer batch's attempts and their verdicts in one transaction of a few statements
 * (however many deliveries): the attempt rows, each delivery's new state (lease released), each
 * endpoint's failure streak (cleared by a success, started by a failure), the endpoints failing since
 * before `disableBefore` disabled with their reason, and `abandoned` deliveries failed unattempted.
 * Returns the ids of the endpoints it disabled.
 */
export async function recordAttempts(db: D1DatabaseSession, attempts: AttemptRecord[], abandoned: string[], disableBefore: string, now: string): Promise<string[]> {
  const rows = JSON.stringify(
    attempts.map((a) => ({
      d: a.deliveryId, e: a.endpointId, n: a.attempt, at: a.at, code: a.statusCode, ms: a.durationMs, err: a.error,
      status: a.verdict.kind === "retry" ? "pending" : a.verdict.kind, next: a.verdict.kind === "retry" ? a.verdict.nextAttemptAt : null,
      ok: a.verdict.kind === "succeeded" ? 1 : 0,
    })),
  );
  const failed = attempts.some((a) => a.verdict.kind !== "succeeded");
  // Only the statements with something to do: most batches are all successes, with nothing abandoned.
  const statements: (D1PreparedStatement | false)[] = [
    attempts.length > 0 &&
    db
      .prepare(
        `INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, status_code, duration_ms, error)
         SELECT d, n, at, code, ms, err FROM ${ATTEMPTS} WHERE true ON CONFLICT DO NOTHING`,
      )
      .bind(rows),
    attempts.length > 0 &&
    db
      .prepare(
        `UPDATE webhook_deliveries SET attempts = max(attempts, x.n), status = x.status, next_attempt_at = x.next, leased_until = NULL,
           finished_at = CASE WHEN x.status = 'pending' THEN NULL ELSE x.at END
         FROM ${ATTEMPTS} AS x WHERE webhook_deliveries.id = x.d`,
      )
      .bind(rows),
    attempts.length > 0 &&
    db
      .prepare(
        `UPDATE webhook_endpoints SET failing_since = CASE WHEN x.ok THEN NULL ELSE coalesce(failing_since, x.at) END
         FROM (SELECT e, max(ok) AS ok, min(at) AS at FROM ${ATTEMPTS} GROUP BY e) AS x
         WHERE webhook_endpoints.id = x.e AND (x.ok = 0 OR failing_since IS NOT NULL)`,
      )
      .bind(rows),
    failed &&
    db
      .prepare(
        `UPDATE webhook_endpoints SET enabled = 0, updated_at = ?3,
           disabled_reason = 'Every delivery attempt failed for 3 days (since ' || failing_since || ')'
         WHERE id IN (SELECT e FROM ${ATTEMPTS}) AND enabled = 1 AND failing_since IS NOT NULL AND failing_since < ?2 RETURNING id`,
      )
      .bind(rows, disableBefore, now),
    abandoned.length > 0 &&
    db
      .prepare(
        `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, leased_until = NULL, finished_at = ?2
         WHERE id IN (SELECT value FROM json_each(?1))`,
      )
      .bind(JSON.stringify(abandoned), now),
  ];
  const chosen = statements.filter((s): s is D1PreparedStatement => s !== false);
  if (chosen.length === 0) return [];
  const results = await db.batch<{ id: string }>(chosen);
  const disableAt = failed ? statements.slice(0, 3).filter(Boolean).length : -1;
  return disableAt >= 0 ? results[disableAt]!.results.map((r) => r.id) : [];
}
