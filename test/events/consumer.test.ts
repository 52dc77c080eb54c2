import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { accountEventStatement } from "../../src/db/events";
import { createDeliveries } from "../../src/db/webhook-deliveries";
import type { DeliveryMessage } from "../../src/events/dispatch";
import { newEventId } from "../../src/events/types";
import worker from "../../src/index";
import { sessionEnv } from "../helpers";
import { addEndpoint, receivedBy, receiverKey, webhookTenant } from "./events-helpers";

const DAY = 24 * 3600_000;

/**
 * An endpoint at `path` of the test receiver, an event already taken out of the outbox (so no
 * background hand-over sends it), and one pending delivery of it that no queue message carries yet.
 */
async function pendingDelivery(path: (key: string) => string) {
  const tenant = await webhookTenant();
  const key = receiverKey();
  const endpoint = await addEndpoint(tenant, { url: `https://receiver.test/${path(key)}` });
  const eventId = newEventId();
  const now = new Date().toISOString();
  const deliveryId = `dlv_${eventId.slice(4)}`;
  await env.DB.batch([
    accountEventStatement(sessionEnv().DB, { id: eventId, type: "account.quota_warning", accountId: tenant.accountId, data: { quota: "max_recordings" } }),
    env.DB.prepare("UPDATE events SET dispatched_at = ?2 WHERE id = ?1").bind(eventId, now),
    env.DB
      .prepare(
        `INSERT INTO webhook_deliveries (id, endpoint_id, account_id, event_id, created_at, next_attempt_at, retry_until)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)`,
      )
      .bind(deliveryId, endpoint.id, tenant.accountId, eventId, now, new Date(Date.now() + DAY).toISOString()),
  ]);
  return { tenant, key, endpoint, eventId, deliveryId };
}

/** Runs the Worker's queue handler on one message for the delivery; returns what it acked and retried. */
async function consume(deliveryId: string, attempts = 1) {
  const batch = createMessageBatch<DeliveryMessage>("recordings-webhooks", [
    { id: `msg-${crypto.randomUUID()}`, timestamp: new Date(), attempts, body: { delivery_id: deliveryId } },
  ]);
  // The test runtime's MessageBatch does not report retry delays: read them from the call.
  const retry = vi.spyOn(batch.messages[0]!, "retry");
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  const result = await getQueueResult(batch, ctx);
  const delays = retry.mock.calls.map(([options]) => options?.delaySeconds);
  return { ...result, delays };
}

const delivery = (id: string) =>
  env.DB.prepare("SELECT status, attempts, next_attempt_at, leased_until FROM webhook_deliveries WHERE id = ?1").bind(id).first<Record<string, unknown>>();
const attempts = (id: string) =>
  env.DB.prepare("SELECT attempt, status_code, error FROM webhook_attempts WHERE delivery_id = ?1 ORDER BY attempt").bind(id).all().then((r) => r.results);
const endpointRow = (id: string) =>
  env.DB.prepare("SELECT enabled, disabled_reason, failing_since FROM webhook_endpoints WHERE id = ?1").bind(id).first<Record<string, unknown>>();

describe("the queue consumer", () => {
  it("acks a delivery the receiver took, and records the attempt", async () => {
    const { key, deliveryId, eventId } = await pendingDelivery((k) => `ok/${k}`);
    const result = await consume(deliveryId);
    expect(result.explicitAcks).toHaveLength(1);
    expect(result.retryMessages).toEqual([]);
    expect(await delivery(deliveryId)).toMatchObject({ status: "succeeded", attempts: 1, next_attempt_at: null, leased_until: null });
    expect(await attempts(deliveryId)).toEqual([{ attempt: 1, status_code: 200, error: null }]);
    expect((await receivedBy(key)).map((r) => r.id)).toEqual([eventId]);
  });

  it("retries a failed attempt with the backoff's delay, and records when the next one is due", async () => {
    const { deliveryId } = await pendingDelivery((k) => `status/503/${k}`);
    const before = Date.now();
    const result = await consume(deliveryId);
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages).toHaveLength(1);
    expect(result.delays).toEqual([1]); // WEBHOOK_RETRY_BASE_SECONDS=1 in the tests: 0.8–1.2 s, whole seconds
    const row = await delivery(deliveryId);
    expect(row).toMatchObject({ status: "pending", attempts: 1, leased_until: null });
    expect(Date.parse(row!.next_attempt_at as string)).toBeGreaterThanOrEqual(before + 1000 - 50);
    const second = await consume(deliveryId, 2);
    expect(second.delays).toEqual([2]);
    expect(await attempts(deliveryId)).toEqual([
      { attempt: 1, status_code: 503, error: "HTTP 503" }, { attempt: 2, status_code: 503, error: "HTTP 503" },
    ]);
  });

  it("counts a redirect as a failed attempt, never following it", async () => {
    const redirected = await pendingDelivery((k) => `status/302/${k}`);
    expect((await consume(redirected.deliveryId)).retryMessages).toHaveLength(1);
    expect(await attempts(redirected.deliveryId)).toEqual([{ attempt: 1, status_code: 302, error: "Redirect (302) not followed" }]);
  });

  it("marks the delivery failed and acks once its 24-hour window has ended", async () => {
    const { deliveryId } = await pendingDelivery((k) => `status/500/${k}`);
    await env.DB.prepare("UPDATE webhook_deliveries SET retry_until = ?2 WHERE id = ?1").bind(deliveryId, new Date(Date.now() - 1000).toISOString()).run();
    const result = await consume(deliveryId, 30);
    expect(result.explicitAcks).toHaveLength(1);
    expect(await delivery(deliveryId)).toMatchObject({ status: "failed", next_attempt_at: null });
  });

  it("looks again when the lease ends at a delivery another consumer holds, and acks one that is finished", async () => {
    const { key, deliveryId } = await pendingDelivery((k) => `ok/${k}`);
    await env.DB.prepare("UPDATE webhook_deliveries SET leased_until = ?2 WHERE id = ?1").bind(deliveryId, new Date(Date.now() + 20_000).toISOString()).run();
    const held = await consume(deliveryId);
    expect(held.explicitAcks).toEqual([]);
    expect(held.delays).toEqual([20]);
    expect(await receivedBy(key)).toEqual([]);
    await env.DB.prepare("UPDATE webhook_deliveries SET leased_until = NULL WHERE id = ?1").bind(deliveryId).run();
    await consume(deliveryId);
    expect((await consume(deliveryId)).explicitAcks).toHaveLength(1);
    expect(await receivedBy(key)).toHaveLength(1);
  });

  it("disables an endpoint whose attempts have all failed for 3 days, and fails its deliveries unattempted then", async () => {
    const { endpoint, deliveryId, tenant } = await pendingDelivery((k) => `status/500/${k}`);
    const since = new Date(Date.now() - 3 * DAY - 60_000).toISOString();
    await env.DB.prepare("UPDATE webhook_endpoints SET failing_since = ?2 WHERE id = ?1").bind(endpoint.id, since).run();
    await consume(deliveryId);
    expect(await endpointRow(endpoint.id)).toMatchObject({ enabled: 0, failing_since: since, disabled_reason: expect.stringMatching(/3 days/) });
    await env.DB.batch([accountEventStatement(sessionEnv().DB, { type: "account.quota_warning", accountId: tenant.accountId, data: {} })]);
    const later = await createDeliveries(sessionEnv().DB, {
      accountId: tenant.accountId, madeBy: new Date().toISOString(), limit: 10, now: new Date().toISOString(), retryUntil: new Date(Date.now() + DAY).toISOString(),
    });
    expect(later).toEqual({ deliveryIds: [], events: 1 }); // a disabled endpoint gets no new deliveries
    await env.DB.prepare("UPDATE webhook_deliveries SET status = 'pending' WHERE id = ?1").bind(deliveryId).run();
    expect((await consume(deliveryId)).explicitAcks).toHaveLength(1);
    expect(await attempts(deliveryId)).toHaveLength(1);
  });

  it("keeps an endpoint that failed for less than 3 days, and a success ends its failure streak", async () => {
    const failing = await pendingDelivery((k) => `fail/1/${k}`);
    const since = new Date(Date.now() - 2 * DAY).toISOString();
    await env.DB.prepare("UPDATE webhook_endpoints SET failing_since = ?2 WHERE id = ?1").bind(failing.endpoint.id, since).run();
    await consume(failing.deliveryId);
    expect(await endpointRow(failing.endpoint.id)).toMatchObject({ enabled: 1, failing_since: since });
    await consume(failing.deliveryId, 2);
    expect(await endpointRow(failing.endpoint.id)).toMatchObject({ enabled: 1, failing_since: null });
  });
});
