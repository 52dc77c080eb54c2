import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { EventPageSchema } from "../../src/schemas/events";
import { addRestrictedKey } from "../access-helpers";
import { addKey, api, createRecording, createTenant, expectError, send, withJson } from "../helpers";
import { addEndpoint, listEvents, webhookTenant } from "../events/events-helpers";

describe("GET /v1/events", () => {
  it("lists the account's events oldest first, in pages linked by the last event id", async () => {
    const tenant = await webhookTenant();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createRecording(tenant, { status: "active" }));
    const first = await api("/v1/events?limit=2", { headers: { authorization: tenant.auth } });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-store");
    const page = EventPageSchema.parse(await first.json());
    expect(page.data.map((e) => (e.data.recording as { id: string }).id)).toEqual([made[0]!.id, made[1]!.id]);
    expect(new URL(page.links.next!).searchParams.get("after")).toBe(page.data[1]!.id);
    expect(new URL(page.links.next!).searchParams.get("limit")).toBe("2");
    const all = await listEvents(tenant);
    expect(all.map((e) => (e.data.recording as { id: string }).id)).toEqual(made.map((r) => r.id));
    const last = await api(`/v1/events?after=${all[4]!.id}`, { headers: { authorization: tenant.auth } });
    const end = EventPageSchema.parse(await last.json());
    expect(end.data).toEqual([]);
    expect(end.links.next).toBeUndefined();
  });

  it("filters by one or more types", async () => {
    const tenant = await webhookTenant();
    await createRecording(tenant, { status: "active" });
    await createRecording(tenant, { status: "complete" });
    expect((await listEvents(tenant, "&type=recording.completed")).map((e) => e.type)).toEqual(["recording.completed"]);
    expect(await listEvents(tenant, "&type=recording.created,recording.completed")).toHaveLength(3);
    expect(await listEvents(tenant, "&type=media.ready")).toEqual([]);
  });

  it("shows only the account's own events, and never test events", async () => {
    const [tenant, other] = [await webhookTenant(), await webhookTenant()];
    await createRecording(other);
    const endpoint = await addEndpoint(tenant, { url: "https://receiver.test/ok/events-list" });
    expect((await api(`/v1/webhooks/${endpoint.id}/test`, { method: "POST", headers: { authorization: tenant.auth } })).status).toBe(202);
    expect(await listEvents(tenant)).toEqual([]);
    const otherEvents = await listEvents(other);
    await expectError(await send(`/v1/events?after=${otherEvents[0]!.id}`, tenant.auth), 422, "VALIDATION_ERROR");
  });

  it("answers 422 for an unknown type, a malformed or unknown after, and a bad limit", async () => {
    const tenant = await webhookTenant();
    for (const query of ["type=recording.exploded", "after=evt_123", `after=evt_${"0".repeat(32)}`, "limit=0", "limit=101", "type=webhook.test"]) {
      await expectError(await send(`/v1/events?${query}`, tenant.auth), 422, "VALIDATION_ERROR");
    }
  });

  it("needs recordings:read", async () => {
    const tenant = await createTenant(["recordings:write"]);
    await expectError(await send("/v1/events", tenant.auth), 403, "FORBIDDEN");
    await expectError(await send("/v1/events"), 401, "UNAUTHORIZED");
    const reader = await addKey(tenant.accountId, ["recordings:read"]);
    expect((await send("/v1/events", reader.auth)).status).toBe(200);
  });

  it("keeps each event's room and user, for a restriction to filter on", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant, { room_id: "room-a", user_id: "user-b" });
    const { results } = await env.DB.prepare("SELECT DISTINCT recording_id, room_id, user_id FROM events WHERE account_id = ?1")
      .bind(tenant.accountId)
      .all();
    expect(results).toEqual([{ recording_id: recording.id, room_id: "room-a", user_id: "user-b" }]);
  });
});

describe("events and webhooks for restricted credentials", () => {
  it("show a key restricted to a room only the events of that room's recordings", async () => {
    const tenant = await webhookTenant();
    const inRoom = await createRecording(tenant, { room_id: "room-r", status: "active" });
    await createRecording(tenant, { room_id: "room-s", status: "active" });
    await createRecording(tenant, { status: "active" });
    const restricted = await addRestrictedKey(tenant.accountId, { room_id: "room-r" }, ["recordings:read"]);
    const seen = await listEvents(restricted);
    expect(seen.map((e) => (e.data.recording as { id: string }).id)).toEqual([inRoom.id]);
    expect(await listEvents(tenant)).toHaveLength(3);
  });

  it("refuse webhook management to a restricted key even with webhooks:manage (endpoints get every event)", async () => {
    const tenant = await webhookTenant();
    const restricted = await addRestrictedKey(tenant.accountId, { room_id: "room-r" }, ["recordings:read", "webhooks:manage"]);
    await expectError(await send("/v1/webhooks", restricted.auth), 403, "FORBIDDEN");
    await expectError(await api("/v1/webhooks", withJson("POST", { url: "https://example.com/h" }, restricted.auth)), 403, "FORBIDDEN");
  });
});
