import { afterEach, describe, expect, it } from "vitest";
import { EventPageSchema } from "../src/schemas/events";
import { WebhookWithSecretSchema } from "../src/schemas/webhooks";
import { adminToken, baseUrl, conforming, newTenant, type Tenant } from "./helpers";
import { Receiver } from "./webhook-receiver";

const ALL = ["recordings:read", "recordings:write", "recordings:delete", "webhooks:manage"] as const;
const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.stop()));
});

/** Calls the API as the tenant; JSON bodies in and out. */
async function call(tenant: Tenant, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${tenant.key}`, ...headers } };
  if (body instanceof Uint8Array) init.body = new Blob([body as Uint8Array<ArrayBuffer>]);
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)["content-type"] = "application/json";
  }
  const response = await fetch(`${baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A started receiver with its endpoint registered (its secret set on the receiver). */
async function subscribed(tenant: Tenant, receiver: Receiver, events?: string[]) {
  receivers.push(receiver);
  const url = await receiver.start();
  const created = await call(tenant, "POST", "/v1/webhooks", { url, events });
  expect(created.status).toBe(201);
  const endpoint = conforming(created.json, WebhookWithSecretSchema);
  receiver.secret = endpoint.secret;
  return endpoint;
}

/** Every event of the account, through GET /v1/events page by page. */
async function allEvents(tenant: Tenant) {
  const events = [];
  let path: string | undefined = "/v1/events?limit=3";
  while (path) {
    const page = EventPageSchema.parse((await call(tenant, "GET", path)).json);
    events.push(...page.data);
    path = page.links.next ? new URL(page.links.next).pathname + new URL(page.links.next).search : undefined;
  }
  return events;
}

describe("webhooks from outside (wrangler dev, real receivers)", () => {
  it("delivers every change's event, verifiable with standardwebhooks and with svix, each once, matching GET /v1/events", async () => {
    const tenant = await newTenant([...ALL]);
    const [standard, svix] = [new Receiver({ library: "standardwebhooks" }), new Receiver({ library: "svix" })];
    await subscribed(tenant, standard);
    await subscribed(tenant, svix);
    const { json: recording } = await call(tenant, "POST", "/v1/recordings", { status: "active", room_id: "room-e2e" });
    const id = recording.id as string;
    expect((await call(tenant, "POST", `/v1/recordings/${id}/media`, new Uint8Array(2048), { "content-type": "audio/wav" })).status).toBe(201);
    expect((await call(tenant, "PATCH", `/v1/recordings/${id}`, { status: "complete" })).status).toBe(200);
    expect((await call(tenant, "DELETE", `/v1/recordings/${id}`)).status).toBe(204);
    expect((await call(tenant, "POST", `/v1/recordings/${id}/restore`)).status).toBe(200);
    expect((await call(tenant, "DELETE", `/v1/recordings/${id}?permanent=true`)).status).toBe(204);
    expect((await call(tenant, "POST", "/v1/recordings", { status: "aborted" })).status).toBe(201);
    const expected = [
      "recording.created", "media.ready", "recording.updated", "recording.completed", "recording.trashed",
      "recording.restored", "recording.purged", "recording.created", "recording.failed",
    ];
    for (const receiver of [standard, svix]) {
      await receiver.waitFor((d) => d.length >= expected.length);
      expect(receiver.deliveries.map((d) => [d.verified, d.answered, d.error])).toEqual(receiver.deliveries.map(() => [true, 204, undefined]));
      expect(receiver.deliveries.map((d) => d.type).sort()).toEqual([...expected].sort());
      expect(new Set(receiver.deliveries.map((d) => d.id)).size).toBe(expected.length);
    }
    const events = await allEvents(tenant);
    expect(events.map((e) => e.type)).toEqual(expected);
    expect(events.map((e) => e.id).sort()).toEqual(standard.deliveries.map((d) => d.id).sort());
    for (const delivery of svix.deliveries) expect(delivery.event).toEqual(events.find((e) => e.id === delivery.id));
  });

  it("delivers account.quota_warning when an upload reaches 80 % of a quota and when the operator lowers it under the usage", async () => {
    const tenant = await newTenant([...ALL]);
    const receiver = new Receiver({ library: "standardwebhooks" });
    await subscribed(tenant, receiver, ["account.quota_warning"]);
    const quota = async (body: unknown) => {
      const res = await fetch(`${baseUrl}/v1/admin/accounts/${tenant.accountId}`, {
        method: "PATCH", headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" }, body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
    };
    await quota({ max_bytes_stored: 10_000 });
    const { json: recording } = await call(tenant, "POST", "/v1/recordings", { status: "active" });
    expect((await call(tenant, "POST", `/v1/recordings/${recording.id as string}/media`, new Uint8Array(8000), { "content-type": "audio/wav" })).status).toBe(201);
    await receiver.waitFor((d) => d.length >= 1);
    await quota({ max_bytes_stored: 7000 }); // the admin PATCH hands its own event over
    await receiver.waitFor((d) => d.length >= 2);
    expect(receiver.deliveries.map((d) => [d.verified, d.answered, d.type])).toEqual([
      [true, 204, "account.quota_warning"], [true, 204, "account.quota_warning"],
    ]);
    expect(receiver.deliveries.map((d) => d.event.data)).toEqual([
      { quota: "max_bytes_stored", threshold: 80, usage: 8000, limit: 10_000 },
      { quota: "max_bytes_stored", threshold: 100, usage: 8000, limit: 7000 },
    ]);
    const listed = (await allEvents(tenant)).filter((e) => e.type === "account.quota_warning");
    expect(receiver.deliveries.map((d) => d.event)).toEqual(listed);
  });

  it("retries a receiver that fails its first attempts: exactly one success per event id", async () => {
    const tenant = await newTenant([...ALL]);
    const receiver = new Receiver({ library: "svix", failFirst: 2 });
    await subscribed(tenant, receiver);
    for (let i = 0; i < 3; i++) await call(tenant, "POST", "/v1/recordings", { status: "active" });
    await receiver.waitFor((d) => d.filter((x) => x.answered === 204).length === 3, 45_000);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // nothing more may come
    const successes = receiver.accepted.map((d) => d.id);
    expect(new Set(successes).size).toBe(3);
    expect(successes).toHaveLength(3);
    expect(receiver.deliveries).toHaveLength(9);
    expect(successes.sort()).toEqual((await allEvents(tenant)).map((e) => e.id).sort());
  });

  it("delivers to a receiver that was down for a while once it is back", async () => {
    const tenant = await newTenant([...ALL]);
    const receiver = new Receiver({ library: "standardwebhooks" });
    await subscribed(tenant, receiver);
    await receiver.stop(); // connections are refused from now on
    await call(tenant, "POST", "/v1/recordings", { status: "active" });
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(receiver.deliveries).toEqual([]);
    await receiver.start(); // the same port
    receivers.push(receiver);
    await receiver.waitFor((d) => d.length === 1, 45_000);
    expect(receiver.accepted.map((d) => d.type)).toEqual(["recording.created"]);
  });
});
