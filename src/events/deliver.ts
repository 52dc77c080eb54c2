import type { AppEnv } from "../lib/types";
import { activeSecrets } from "../db/webhook-endpoints";
import { claimDeliveries, recordAttempts, type AttemptRecord, type AttemptVerdict, type ClaimedDelivery } from "../db/webhook-deliveries";
import { retryBaseSeconds, retryDelaySeconds } from "./backoff";
import type { DeliveryMessage } from "./dispatch";
import { webhookHeaders } from "./signing";
import { TEST_EVENT_TYPE } from "./types";

/** How long a receiver has to answer. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** How long a consumer holds a delivery it attempts (the timeout, and time to record the outcome). */
const LEASE_MS = 30_000;
/** An endpoint whose every attempt failed for this long is disabled. */
export const DISABLE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/** The outcome of one POST to a receiver. */
export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/** The event as it is posted: exactly the JSON `GET /v1/events` shows. */
export function eventBody(delivery: Pick<ClaimedDelivery, "event_id" | "event_type" | "event_created_at" | "account_id" | "event_data">): string {
  const head = JSON.stringify({
    id: delivery.event_id, type: delivery.event_type, created_at: delivery.event_created_at, account_id: delivery.account_id,
  });
  return `${head.slice(0, -1)},"data":${delivery.event_data}}`;
}

/**
 * POSTs a signed event to a receiver once: success is a 2xx within {@link DELIVERY_TIMEOUT_MS};
 * a redirect is not followed (a failure), the answer's body is never read.
 */
export async function postEvent(url: string, headers: Record<string, string>, body: string): Promise<AttemptOutcome> {
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "recordings-api-webhooks/1", ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    const error = ok ? null : response.status >= 300 && response.status < 400 ? `Redirect (${response.status}) not followed` : `HTTP ${response.status}`;
    return { ok, statusCode: response.status, durationMs: Date.now() - started, error };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
    const error = timedOut ? `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : `Connection failed: ${String(err instanceof Error ? err.message : err).slice(0, 200)}`;
    return { ok: false, statusCode: null, durationMs: Date.now() - started, error };
  }
}

/** What follows an attempt that ended at `at`: success, a retry after a backoff while the window lasts, or giving up. */
export function verdictFor(
  outcome: AttemptOutcome, attempt: number, retryUntil: string, at: Date, baseSeconds: number, random = Math.random(),
): AttemptVerdict {
  if (outcome.ok) return { kind: "succeeded" };
  if (at.toISOString() >= retryUntil) return { kind: "failed" };
  const delaySeconds = retryDelaySeconds(attempt, baseSeconds, random);
  return { kind: "retry", nextAttemptAt: new Date(at.getTime() + delaySeconds * 1000).toISOString(), delaySeconds };
}

/** Attempts one claimed delivery: signs it with the endpoint's active secrets and POSTs it. */
async function attempt(delivery: ClaimedDelivery, baseSeconds: number): Promise<AttemptRecord> {
  const start = new Date();
  const endpoint = delivery.endpoint!;
  const body = eventBody(delivery);
  const headers = await webhookHeaders(activeSecrets(endpoint, start.toISOString()), delivery.event_id, start, body);
  const outcome = await postEvent(endpoint.url, headers, body);
  const n = delivery.attempts + 1;
  return {
    deliveryId: delivery.id, endpointId: delivery.endpoint_id, attempt: n, at: start.toISOString(), statusCode: outcome.statusCode,
    durationMs: outcome.durationMs, error: outcome.error, verdict: verdictFor(outcome, n, delivery.retry_until, new Date(), baseSeconds),
  };
}

/** Whether a claimed delivery can no longer be attempted: its endpoint or event is gone, or the endpoint is disabled (test events still go). */
function unattemptable(delivery: ClaimedDelivery): boolean {
  const { endpoint } = delivery;
  return !endpoint || delivery.event_data === null || (!endpoint.enabled && delivery.event_type !== TEST_EVENT_TYPE);
}

/**
 * The queue consumer: each message is one delivery. One D1 transaction claims the batch's deliveries
 * (a duplicate message for one another consumer holds is looked at again when that lease ends: that
 * consumer may have died mid-attempt; one for a finished delivery is acked), every claimed delivery is
 * attempted at once (one slow receiver never holds up another's POST), and one transaction records
 * every attempt; then each message is acked, or retried after its backoff with
 * `message.retry({ delaySeconds })`. Should D1 fail, the batch is retried after a minute, when the
 * leases have lapsed.
 */
export async function consumeDeliveries(batch: MessageBatch<DeliveryMessage>, env: Pick<AppEnv, "DB" | "WEBHOOK_RETRY_BASE_SECONDS">): Promise<void> {
  const start = new Date();
  try {
    const byId = new Map(batch.messages.map((m) => [m.body.delivery_id, m]));
    const { claimed, heldUntil } = await claimDeliveries(env.DB, [...byId.keys()], start.toISOString(), new Date(start.getTime() + LEASE_MS).toISOString());
    const abandoned = claimed.filter(unattemptable);
    const baseSeconds = retryBaseSeconds(env.WEBHOOK_RETRY_BASE_SECONDS);
    const records = await Promise.all(claimed.filter((d) => !unattemptable(d)).map((d) => attempt(d, baseSeconds)));
    const now = new Date();
    const disabled = await recordAttempts(env.DB, records, abandoned.map((d) => d.id), new Date(now.getTime() - DISABLE_AFTER_MS).toISOString(), now.toISOString());
    for (const id of disabled) console.warn(JSON.stringify({ event: "webhook_endpoint_disabled", endpoint_id: id }));
    const verdicts = new Map(records.map((r) => [r.deliveryId, r.verdict]));
    for (const [id, message] of byId) {
      const verdict = verdicts.get(id);
      const held = heldUntil.get(id);
      if (verdict?.kind === "retry") message.retry({ delaySeconds: verdict.delaySeconds });
      else if (held !== undefined) message.retry({ delaySeconds: Math.max(1, Math.ceil((Date.parse(held) - now.getTime()) / 1000)) });
      else message.ack();
    }
  } catch (err) {
    console.error(JSON.stringify({ event: "webhook_batch_error", messages: batch.messages.length, error: String(err) }));
    batch.retryAll({ delaySeconds: 60 });
  }
}
