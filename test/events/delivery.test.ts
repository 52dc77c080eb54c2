import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { accountEventStatement } from "../../src/db/events";
import { runEventsJob } from "../../src/jobs/events";
import { Budget } from "../../src/jobs/budget";
import { DeliveryPageSchema, DeliverySchema } from "../../src/schemas/webhooks";
import { api, createRecording, expectError, send, sessionEnv, withJson } from "../helpers";
import { addEndpoint, eventRows, listEvents, receivedBy, receiverKey, waitForReceived, webhookTenant } from "./events-helpers";

const DAY = 24 * 3600_000;
const types = (got: { body: string }[]) => got.map((r) => (JSON.parse(r.body) as { type: string }).type).sort();
const deliveries = async (auth: string, endpointId: string, query = "") =>
  DeliveryPageSchema.parse(await (await send(`/v1/webhooks/${endpointId}/deliveries${query}`, auth)).json());

describe("webhook delivery through the queue", () => {
  it("fans each event out to every subscribed endpoint, as one delivery each", { timeout: 20_000 }, async () => {
    const tenant = await webhookTenant();
    const [all, completed] = [receiverKey(), receiverKey()];
    const everything = await addEndpoint(tenant, { url: `https://receiver.test/ok/${all}` });
    await addEndpoint(tenant, { url: `https://receiver.test/ok/${completed}`, events: ["recording.completed"] });
    await addEndpoint(tenant, { url: `https://receiver.test/ok/${receiverKey()}`, events: ["media.ready"] });
    await createRecording(tenant, { status: "complete" });
    expect(types(await waitForReceived(all, (g) => g.length === 2))).toEqual(["recording.completed", "recording.created"]);
    expect(types(await waitForReceived(completed, (g) => g.length === 1))).toEqual(["recording.completed"]);
    const events = await listEvents(tenant);
    expect((await receivedBy(all)).map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort());
    const page = await deliveries(tenant.auth, everything.id);
    expect(page.data.map((d) => [d.status, d.attempts.length, d.attempts[0]!.status_code])).toEqual([["succeeded", 1, 200], ["succeeded", 1, 200]]);
    expect(page.data.map((d) => d.event_id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it("retries a failing receiver until it succeeds: exactly one success per event id", { timeout: 30_000 }, async () => {
    const tenant = await webhookTenant();
    const key = receiverKey();
    const endpoint = await addEndpoint(tenant, { url: `https://receiver.test/fail/2/${key}` });
    await createRecording(tenant, { status: "active" });
    const got = await waitForReceived(key, (g) => g.filter((r) => r.answered === 200).length === 1, 25_000);
    expect(got.map((r) => r.answered)).toEqual([500, 500, 200]);
    expect(new Set(got.map((r) => r.id)).size).toBe(1);
    expect(got[2]!.at - got[0]!.at).toBeGreaterThanOrEqual(2000); // 1 s, then 2 s (±20 %)
    const [delivery] = (await deliveries(tenant.auth, endpoint.id)).data;
    expect(delivery).toMatchObject({ status: "succeeded", next_attempt_at: null });
    expect(delivery!.attempts.map((a) => [a.attempt, a.status_code])).toEqual([[1, 500], [2, 500], [3, 200]]);
  });

  it("never lets a slow receiver hold up another's delivery", { timeout: 20_000 }, async () => {
    const tenant = await webhookTenant();
    const [slow, fast] = [receiverKey(), receiverKey()];
    await addEndpoint(tenant, { url: `https://receiver.test/slow/8000/${slow}` });
    await addEndpoint(tenant, { url: `https://receiver.test/ok/${fast}` });
    const started = Date.now();
    await createRecording(tenant, { status: "active" });
    const [got] = await waitForReceived(fast, (g) => g.length === 1, 7000);
    expect(got!.at - started).toBeLessThan(5000);
    await waitForReceived(slow, (g) => g.length === 1);
  });

  it("lists deliveries newest first in pages, by status, and re-sends one on request", { timeout: 20_000 }, async () => {
    const tenant = await webhookTenant();
    const key = receiverKey();
    const endpoint = await addEndpoint(tenant, { url: `https://receiver.test/status/410/${key}` });
    await createRecording(tenant, { status: "active" });
    await createRecording(tenant, { status: "active" });
    await waitForReceived(key, (g) => g.length >= 2);
    await env.DB.prepare("UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL WHERE endpoint_id = ?1").bind(endpoint.id).run();
    const first = await deliveries(tenant.auth, endpoint.id, "?limit=1&status=failed");
    expect(first.data).toHaveLength(1);
    const cursor = new URL(first.links.next!).searchParams.get("cursor")!;
    const second = await deliveries(tenant.auth, endpoint.id, `?limit=1&status=failed&cursor=${encodeURIComponent(cursor)}`);
    expect(second.data).toHaveLength(1);
    expect(second.data[0]!.created_at <= first.data[0]!.created_at).toBe(true);
    expect(second.links.next).toBeUndefined();
    expect((await deliveries(tenant.auth, endpoint.id, "?status=succeeded")).data).toEqual([]);
    await expectError(await send(`/v1/webhooks/${endpoint.id}/deliveries?cursor=${encodeURIComponent(cursor)}`, tenant.auth), 422, "INVALID_CURSOR");

    const fixed = receiverKey();
    await api(`/v1/webhooks/${endpoint.id}`, withJson("PATCH", { url: `https://receiver.test/ok/${fixed}` }, tenant.auth));
    const retried = await api(`/v1/webhooks/${endpoint.id}/deliveries/${first.data[0]!.id}/retry`, { method: "POST", headers: { authorization: tenant.auth } });
    expect(retried.status).toBe(202);
    expect(DeliverySchema.parse(await retried.json())).toMatchObject({ id: first.data[0]!.id, status: "pending" });
    const [got] = await waitForReceived(fixed, (g) => g.length === 1);
    expect(got!.id).toBe(first.data[0]!.event_id);
    const missing = `/v1/webhooks/${endpoint.id}/deliveries/dlv_${"0".repeat(32)}/retry`;
    await expectError(await api(missing, { method: "POST", headers: { authorization: tenant.auth } }), 404, "DELIVERY_NOT_FOUND");
    await expectError(await api(`/v1/webhooks/${endpoint.id}/deliveries/nope/retry`, { method: "POST", headers: { authorization: tenant.auth } }), 422, "VALIDATION_ERROR");
  });

  it("has the scheduled job hand over what a Worker left waiting, re-send lost messages and trim after 30 days", { timeout: 20_000 }, async () => {
    const tenant = await webhookTenant();
    const key = receiverKey();
    const endpoint = await addEndpoint(tenant, { url: `https://receiver.test/ok/${key}` });
    // An event committed by a Worker that died before its hand-over: still waiting in the outbox.
    await env.DB.batch([accountEventStatement(sessionEnv().DB, { type: "account.quota_warning", accountId: tenant.accountId, data: {} })]);
    const report = await runEventsJob(sessionEnv(), new Date(), { budget: new Budget(10) });
    expect(report.handedOver).toBeGreaterThanOrEqual(1);
    const [got] = await waitForReceived(key, (g) => g.length === 1);
    // A delivery whose queue message was lost: pending and overdue.
    await env.DB.prepare("UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ?2 WHERE endpoint_id = ?1")
      .bind(endpoint.id, new Date(Date.now() - 10 * 60_000).toISOString())
      .run();
    expect((await runEventsJob(sessionEnv(), new Date(), { budget: new Budget(10) })).resent).toBeGreaterThanOrEqual(1);
    const again = await waitForReceived(key, (g) => g.length === 2);
    expect(again[1]!.id).toBe(got!.id);
    // 31 days on, the event and its delivery are gone.
    await runEventsJob(sessionEnv(), new Date(Date.now() + 31 * DAY), { budget: new Budget(10) });
    expect(await eventRows(tenant.accountId)).toEqual([]);
    expect((await deliveries(tenant.auth, endpoint.id)).data).toEqual([]);
  });
});
