import type { AppEnv } from "../lib/types";
import { takeOverdueDeliveries, trimHistory } from "../db/webhook-history";
import { handOverEvents, sendDeliveries, webhookQueue } from "../events/dispatch";
import type { Budget } from "./budget";

/** Events and deliveries are kept this long (contract section 11: 30 days). */
export const EVENTS_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
/** A pending delivery this long past its due time lost its queue message; it is sent again. */
export const OVERDUE_GRACE_MS = 5 * 60_000;

export interface EventsJobOptions {
  budget: Budget;
  /** Events handed over per transaction (each makes up to 20 deliveries, sent 100 per call). */
  batch?: number;
  /** Rows trimmed per statement. */
  trimBatch?: number;
}

/**
 * The scheduled side of the outbox, in bounded batches: hands over events still waiting (a Worker that
 * died between commit and send, and the events the other jobs just recorded), sends
 * again deliveries whose queue message was lost, and trims events and deliveries older than 30 days.
 */
export async function runEventsJob(env: Pick<AppEnv, "DB" | "WEBHOOKS">, now: Date, { budget, batch = 10, trimBatch = 500 }: EventsJobOptions) {
  const report = { handedOver: 0, resent: 0, trimmedEvents: 0, trimmedDeliveries: 0, more: false };
  // A round: one D1 transaction, and at most batch × 20 deliveries in sends of 100.
  const roundCost = 1 + Math.ceil((batch * 20) / 100);
  while (budget.allows(roundCost + 3)) {
    budget.spend(roundCost);
    // Every waiting event: taking them is one transaction, so a request's own hand-over racing this one never sends one twice.
    const round = await handOverEvents(env, { batch, rounds: 1 }, now);
    report.handedOver += round.events;
    if (!round.more) break;
  }
  budget.spend(2);
  const overdue = await takeOverdueDeliveries(env.DB, new Date(now.getTime() - OVERDUE_GRACE_MS).toISOString(), now.toISOString(), 100);
  await sendDeliveries(webhookQueue(env), overdue);
  report.resent = overdue.length;
  budget.spend(1);
  const trimmed = await trimHistory(env.DB, new Date(now.getTime() - EVENTS_KEPT_MS).toISOString(), trimBatch);
  report.trimmedEvents = trimmed.events;
  report.trimmedDeliveries = trimmed.deliveries;
  report.more = trimmed.events === trimBatch || trimmed.deliveries === trimBatch || overdue.length === 100;
  return report;
}
