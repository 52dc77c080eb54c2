import type { AppEnv } from "../lib/types";
import { createDeliveries } from "../db/webhook-deliveries";
import { RETRY_WINDOW_MS } from "./backoff";

/** A queue message: one delivery of one event to one endpoint. */
export interface DeliveryMessage {
  delivery_id: string;
}

/** The webhook queue's producer, typed. */
export function webhookQueue(env: Pick<Env, "WEBHOOKS">): Queue<DeliveryMessage> {
  return env.WEBHOOKS as Queue<DeliveryMessage>;
}

/** Queues may take at most 100 messages per sendBatch. */
const SEND_BATCH = 100;

/** Sends one message per delivery id, at most 100 per call. */
export async function sendDeliveries(queue: Queue<DeliveryMessage>, ids: string[]): Promise<void> {
  for (let at = 0; at < ids.length; at += SEND_BATCH) {
    await queue.sendBatch(ids.slice(at, at + SEND_BATCH).map((id) => ({ body: { delivery_id: id }, contentType: "json" as const })));
  }
}

/** Which events a hand-over takes: of one account (a request's own) or all, and only those made by `madeBy`. */
export interface HandOverOptions {
  accountId?: string;
  madeBy?: Date;
  /** Events taken per transaction. */
  batch?: number;
  /** Transactions at most (each with its sends). */
  rounds?: number;
}

/**
 * Hands events waiting in the outbox to the delivery queue: in each round, one D1 transaction turns
 * up to `batch` events into one pending delivery per subscribed endpoint and marks them dispatched,
 * then the deliveries are sent as queue messages. Should the Worker die between the two, the
 * deliveries are pending and overdue, and the scheduled job sends them (src/jobs/events.ts).
 * Returns how many events and deliveries it handed over.
 */
export async function handOverEvents(env: Pick<AppEnv, "DB" | "WEBHOOKS">, options: HandOverOptions = {}, now = new Date()) {
  const { batch = 100, rounds = 5 } = options;
  const report = { events: 0, deliveries: 0, more: false };
  for (let round = 0; round < rounds; round++) {
    const taken = await createDeliveries(env.DB, {
      accountId: options.accountId ?? null,
      madeBy: (options.madeBy ?? new Date(now.getTime() + 60_000)).toISOString(),
      limit: batch,
      now: now.toISOString(),
      retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS).toISOString(),
    });
    await sendDeliveries(webhookQueue(env), taken.deliveryIds);
    report.events += taken.events;
    report.deliveries += taken.deliveryIds.length;
    if (taken.events < batch) return report;
  }
  return { ...report, more: true };
}
