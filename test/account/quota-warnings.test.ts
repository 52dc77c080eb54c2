import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EVENT_ID_PATTERN, EventSchema, type Event } from "../../src/schemas/events";
import { addRestrictedKey } from "../access-helpers";
import { expectExactUsage, setQuota } from "../account-helpers";
import { addEndpoint, listEvents, receiverKey, waitForReceived, webhookTenant } from "../events/events-helpers";
import {
  admin, api, bytesOf, createRecording, createTenant, deleteRecording, expectError, uploaded, uploadMedia, withJson, type Tenant,
} from "../helpers";
import { createUpload, MiB, newUpload, patchChunk } from "../tus-helpers";

/** `data` of an `account.quota_warning`, exactly (docs/events.md). */
const QuotaWarningSchema = z.strictObject({
  quota: z.enum(["max_bytes_stored", "max_recordings"]),
  threshold: z.union([z.literal(80), z.literal(100)]),
  usage: z.number().int(),
  limit: z.number().int(),
});

/** The account's quota warnings as `GET /v1/events?type=account.quota_warning` lists them, oldest first. */
async function warnings(tenant: Tenant) {
  const events = await listEvents(tenant, "&type=account.quota_warning");
  for (const event of events) {
    expect(event).toMatchObject({ type: "account.quota_warning", account_id: tenant.accountId });
    expect(event.id).toMatch(EVENT_ID_PATTERN);
    expect(Date.parse(event.created_at)).not.toBeNaN();
  }
  return events.map((event) => QuotaWarningSchema.parse(event.data));
}

const bytesWarning = (threshold: 80 | 100, usage: number, limit: number) => ({ quota: "max_bytes_stored", threshold, usage, limit });
const recordingsWarning = (threshold: 80 | 100, usage: number, limit: number) => ({ quota: "max_recordings", threshold, usage, limit });

describe("account.quota_warning for max_bytes_stored", () => {
  it("fires once when single uploads reach 80 % and once when they reach 100 %, and not while usage stays between or at the limit", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await setQuota(tenant, { max_bytes_stored: 1000 });
    await uploaded(tenant, recording.id, bytesOf(500));
    await uploaded(tenant, recording.id, bytesOf(299));
    expect(await warnings(tenant)).toEqual([]); // 79.9 %
    await uploaded(tenant, recording.id, bytesOf(1));
    expect(await warnings(tenant)).toEqual([bytesWarning(80, 800, 1000)]); // exactly 80 % counts
    await uploaded(tenant, recording.id, bytesOf(100));
    await uploaded(tenant, recording.id, bytesOf(100));
    expect(await warnings(tenant)).toEqual([bytesWarning(80, 800, 1000), bytesWarning(100, 1000, 1000)]);
    // Full: the next byte is refused, and the refusal records nothing.
    await expectError(await uploadMedia(tenant, recording.id, bytesOf(1)), 403, "QUOTA_EXCEEDED");
    expect(await warnings(tenant)).toHaveLength(2);
    expect((await expectExactUsage(tenant)).bytes_stored).toBe(1000);
  });

  it("records both thresholds, 80 before 100, when one upload crosses them at once", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await setQuota(tenant, { max_bytes_stored: 1000 });
    await uploaded(tenant, recording.id, bytesOf(1000));
    expect(await warnings(tenant)).toEqual([bytesWarning(80, 1000, 1000), bytesWarning(100, 1000, 1000)]);
  });

  it("counts a resumable upload when its last PATCH stores the bytes, not when its creation reserves them", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await setQuota(tenant, { max_bytes_stored: 10 * MiB });
    const path = await newUpload(tenant, recording.id, 9 * MiB); // 90 % reserved
    expect((await patchChunk(tenant, path, 0, bytesOf(5 * MiB))).status).toBe(204);
    expect(await warnings(tenant)).toEqual([]);
    expect((await patchChunk(tenant, path, 5 * MiB, bytesOf(4 * MiB))).status).toBe(204);
    expect(await warnings(tenant)).toEqual([bytesWarning(80, 9 * MiB, 10 * MiB)]);
    // A creation refused by the quota records nothing.
    await expectError(await createUpload(tenant, recording.id, MiB + 1), 403, "QUOTA_EXCEEDED");
    expect(await warnings(tenant)).toHaveLength(1);
  });

  it("fires again when usage falls below a threshold and crosses it again", async () => {
    const tenant = await createTenant();
    const [first, second] = [await createRecording(tenant, { status: "complete" }), await createRecording(tenant, { status: "complete" })];
    await setQuota(tenant, { max_bytes_stored: 1000 });
    await uploaded(tenant, first.id, bytesOf(850));
    expect((await deleteRecording(tenant, first.id, "?permanent=true")).status).toBe(204);
    expect((await expectExactUsage(tenant)).bytes_stored).toBe(0);
    await uploaded(tenant, second.id, bytesOf(850));
    expect(await warnings(tenant)).toEqual([bytesWarning(80, 850, 1000), bytesWarning(80, 850, 1000)]);
  });
});

describe("account.quota_warning for max_recordings", () => {
  it("fires once at 80 % and once at 100 % of the recordings, and a create refused with QUOTA_EXCEEDED records none", async () => {
    const tenant = await createTenant();
    await setQuota(tenant, { max_recordings: 5 });
    for (let i = 0; i < 3; i++) await createRecording(tenant);
    expect(await warnings(tenant)).toEqual([]);
    await createRecording(tenant);
    expect(await warnings(tenant)).toEqual([recordingsWarning(80, 4, 5)]);
    await createRecording(tenant);
    const full = [recordingsWarning(80, 4, 5), recordingsWarning(100, 5, 5)];
    expect(await warnings(tenant)).toEqual(full);
    const eventsBefore = (await listEvents(tenant)).length;
    await expectError(await api("/v1/recordings", withJson("POST", {}, tenant.auth)), 403, "QUOTA_EXCEEDED");
    expect(await listEvents(tenant)).toHaveLength(eventsBefore);
    expect(await warnings(tenant)).toEqual(full);
  });

  it("fires the 100 % warning exactly once when two creates race for the last place", async () => {
    const tenant = await createTenant();
    await setQuota(tenant, { max_recordings: 2 });
    await createRecording(tenant);
    const results = await Promise.all([1, 2].map(() => api("/v1/recordings", withJson("POST", {}, tenant.auth))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 403]);
    expect(await warnings(tenant)).toEqual([recordingsWarning(80, 2, 2), recordingsWarning(100, 2, 2)]);
  });

  it("counts the trash: trashing and restoring fire nothing", async () => {
    const tenant = await createTenant();
    await setQuota(tenant, { max_recordings: 5 });
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await createRecording(tenant, { status: "complete" }));
    expect((await deleteRecording(tenant, made[0]!.id)).status).toBe(204);
    expect((await api(`/v1/recordings/${made[0]!.id}/restore`, { method: "POST", headers: { authorization: tenant.auth } })).status).toBe(200);
    expect(await warnings(tenant)).toEqual([recordingsWarning(80, 4, 5)]);
  });
});

describe("account.quota_warning from the operator's quota changes", () => {
  it("fires when PATCH /v1/admin/accounts/{id} lowers a quota to or below the usage, and not when it raises or removes one", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(500));
    await setQuota(tenant, { max_bytes_stored: 10_000 });
    expect(await warnings(tenant)).toEqual([]);
    await setQuota(tenant, { max_bytes_stored: 600 }); // 83 %
    expect(await warnings(tenant)).toEqual([bytesWarning(80, 500, 600)]);
    await setQuota(tenant, { max_bytes_stored: 400 }); // 125 %
    await setQuota(tenant, { max_bytes_stored: 450 }); // still over: nothing more
    const lowered = [bytesWarning(80, 500, 600), bytesWarning(100, 500, 400)];
    expect(await warnings(tenant)).toEqual(lowered);
    await setQuota(tenant, { max_bytes_stored: null });
    await setQuota(tenant, { max_bytes_stored: 100_000 });
    expect(await warnings(tenant)).toEqual(lowered);
    // From no limit (or far under it) straight to a limit the usage passes: both thresholds, once each.
    await setQuota(tenant, { max_bytes_stored: 500, max_recordings: 1 });
    expect((await warnings(tenant)).slice(2).sort((a, b) => a.quota.localeCompare(b.quota) || a.threshold - b.threshold)).toEqual([
      bytesWarning(80, 500, 500), bytesWarning(100, 500, 500), recordingsWarning(80, 1, 1), recordingsWarning(100, 1, 1),
    ]);
  });

  it("records nothing when the change that would have crossed a threshold rolls back", async () => {
    const tenant = await createTenant();
    await createRecording(tenant);
    const failed = env.DB.batch([
      env.DB.prepare("UPDATE accounts SET max_recordings = 1 WHERE id = ?1").bind(tenant.accountId),
      env.DB.prepare("INSERT INTO events (id) VALUES (NULL)"), // fails: the whole transaction rolls back
    ]);
    await expect(failed).rejects.toThrow();
    expect(await warnings(tenant)).toEqual([]);
  });

  it("is an account event: a key restricted to a room does not list it", async () => {
    const tenant = await createTenant();
    const room = await addRestrictedKey(tenant.accountId, { room_id: "room-7" });
    await createRecording(room, { room_id: "room-7" });
    await setQuota(tenant, { max_recordings: 1 });
    expect(await warnings(tenant)).toHaveLength(2);
    expect((await listEvents(room)).map((e) => e.type)).toContain("recording.created");
    expect(await listEvents(room, "&type=account.quota_warning")).toEqual([]);
  });
});

describe("account.quota_warning deliveries", () => {
  it("delivers the admin PATCH's warning to a subscribed endpoint right after it commits, signed, as GET /v1/events lists it", { timeout: 20_000 }, async () => {
    const tenant = await webhookTenant();
    const [key, other] = [receiverKey(), receiverKey()];
    const endpoint = await addEndpoint(tenant, { url: `https://receiver.test/ok/${key}`, events: ["account.quota_warning"] });
    await addEndpoint(tenant, { url: `https://receiver.test/ok/${other}`, events: ["recording.created"] });
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(90));
    await setQuota(tenant, { max_bytes_stored: 100 });
    const [got] = await waitForReceived(key, (g) => g.length === 1);
    const [listed] = await listEvents(tenant, "&type=account.quota_warning");
    const delivered: Event = EventSchema.parse(JSON.parse(got!.body));
    expect(delivered).toEqual(listed);
    expect(got!.id).toBe(listed!.id);
    expect(QuotaWarningSchema.parse(delivered.data)).toEqual(bytesWarning(80, 90, 100));
    const headers = { "webhook-id": got!.id!, "webhook-timestamp": got!.timestamp!, "webhook-signature": got!.signature! };
    expect(() => new Webhook(endpoint.secret).verify(got!.body, headers)).not.toThrow();
    // The endpoint not subscribed to it gets only what it asked for.
    const others = await waitForReceived(other, (g) => g.length === 1);
    expect(others.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(["recording.created"]);
  });

  it("delivers the warning of an upload, handed over with the upload's own events", { timeout: 20_000 }, async () => {
    const tenant = await webhookTenant();
    const key = receiverKey();
    await addEndpoint(tenant, { url: `https://receiver.test/ok/${key}`, events: ["account.quota_warning", "media.ready"] });
    await setQuota(tenant, { max_bytes_stored: 100 });
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(100));
    const got = await waitForReceived(key, (g) => g.length === 3);
    const types = got.map((r) => JSON.parse(r.body) as Event).map((e) => e.type === "account.quota_warning" ? `${e.type}:${String(e.data.threshold)}` : e.type);
    expect(types.sort()).toEqual(["account.quota_warning:100", "account.quota_warning:80", "media.ready"]);
  });
});
