import { activeSecrets } from "../db/webhook-endpoints";
import { abandonDelivery, claimDelivery, pendingLeaseEnd, recordAttempt, type AttemptVerdict, type ClaimedDelivery } from "../db/webhook-deliveries";
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
export function verdictFor(outcome: AttemptOutcome, attempt: number, retryUntil: string, at: Date, baseSeconds: number, random = Math.random()): AttemptVerdict & { delaySeconds?: number } {
  if (outcome.ok) return { kind: "succeeded" };
  if (at.toISOString() >= retryUntil) return { kind: "failed" };
  const delaySeconds = retryDelaySeconds(attempt, baseSeconds, random);
  return { kind: "retry", nextAttemptAt: new Date(at.getTime() + delaySeconds * 1000).toISOString(), delaySeconds };
}

/**
 * Consumes one queue message: claims its delivery (a finished one is just acked; one another consumer
 * holds is looked at again when that lease ends),
 * attempts it, records the attempt, and acks it or retries it after the backoff
 * (`message.retry({ delaySeconds })`). A delivery whose endpoint is gone or disabled fails unattempted.
 */
export async function deliver(env: Pick<Env, "DB" | "WEBHOOK_RETRY_BASE_SECONDS">, message: Message<DeliveryMessage>): Promise<void> {
  const start = new Date();
  const delivery = await claimDelivery(env.DB, message.body.delivery_id, start.toISOString(), new Date(start.getTime() + LEASE_MS).toISOString());
  if (!delivery) {
    // Finished, or held by another consumer: that one may have died mid-attempt (a killed Worker), so
    // look again once its lease has ended rather than drop the message.
    const leaseEnd = await pendingLeaseEnd(env.DB, message.body.delivery_id);
    if (leaseEnd === null) return message.ack();
    return message.retry({ delaySeconds: Math.max(1, Math.ceil((Date.parse(leaseEnd) - start.getTime()) / 1000)) });
  }
  const { endpoint } = delivery;
  if (!endpoint || delivery.event_data === null || (!endpoint.enabled && delivery.event_type !== TEST_EVENT_TYPE)) {
    await abandonDelivery(env.DB, delivery.id, start.toISOString());
    return message.ack();
  }
  const body = eventBody(delivery);
  const headers = await webhookHeaders(activeSecrets(endpoint, start.toISOString()), delivery.event_id, start, body);
  const outcome = await postEvent(endpoint.url, headers, body);
  const at = new Date();
  const attempt = delivery.attempts + 1;
  const verdict = verdictFor(outcome, attempt, delivery.retry_until, at, retryBaseSeconds(env.WEBHOOK_RETRY_BASE_SECONDS));
  const record = { attempt, at: start.toISOString(), statusCode: outcome.statusCode, durationMs: outcome.durationMs, error: outcome.error };
  const disabled = await recordAttempt(env.DB, delivery, record, verdict, new Date(at.getTime() - DISABLE_AFTER_MS).toISOString());
  if (disabled) console.warn(JSON.stringify({ event: "webhook_endpoint_disabled", endpoint_id: delivery.endpoint_id }));
  if (verdict.kind === "retry") return message.retry({ delaySeconds: verdict.delaySeconds });
  return message.ack();
}

/**
 * The queue consumer: every message of the batch at once, each acked or retried on its own, so one
 * slow receiver never holds up another's delivery. A message whose handling failed (D1 unavailable)
 * is retried after a minute, when its lease has lapsed.
 */
export async function consumeDeliveries(batch: MessageBatch<DeliveryMessage>, env: Env): Promise<void> {
  await Promise.all(
    batch.messages.map((message) =>
      deliver(env, message).catch((err: unknown) => {
        console.error(JSON.stringify({ event: "webhook_delivery_error", delivery_id: message.body?.delivery_id, error: String(err) }));
        message.retry({ delaySeconds: 60 });
      }),
    ),
  );
}
