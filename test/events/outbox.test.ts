import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { eventStatement } from "../../src/events/outbox";
import { RecordingSchema } from "../../src/schemas/recording";
import {
  api, bulkDelete, sessionEnv, bytesOf, createRecording, deleteRecording, expectError, restoreRecording, uploaded, withJson, type Tenant,
} from "../helpers";
import { assertConforms } from "../openapi-conformance";
import { eventRows, listEvents, webhookTenant } from "./events-helpers";

const app = createApp();

/**
 * The real D1 binding (and the sessions it opens), except that every batch ends with a statement that
 * fails: the whole transaction rolls back.
 */
function d1FailingInsideBatches<T extends D1Database | D1DatabaseSession>(db: T): T {
  return new Proxy(db, {
    get(target, name) {
      if (name === "batch") {
        return (statements: D1PreparedStatement[]) =>
          target.batch([...statements, target.prepare("INSERT INTO events (id) VALUES ('injected failure: NOT NULL columns missing')")]);
      }
      if (name === "withSession") return (...args: [string?]) => d1FailingInsideBatches((target as D1Database).withSession(...args));
      const value = Reflect.get(target, name);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A request through the app with D1 batches failing part-way. */
async function withFailingBatches(path: string, init: RequestInit): Promise<Response> {
  const request = new Request(`http://api.test${path}`, init);
  const ctx = createExecutionContext();
  const response = await app.fetch(request.clone(), { ...env, DB: d1FailingInsideBatches(env.DB) }, ctx);
  await waitOnExecutionContext(ctx);
  await assertConforms(request, response);
  return response;
}

const types = async (tenant: Tenant) => (await eventRows(tenant.accountId)).map((e) => e.type);

describe("the outbox", () => {
  it("records recording.created (and recording.completed for a final status) with the recording as created", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant, { status: "active", room_id: "room-1", metadata: { a: 1 } });
    const done = await createRecording(tenant, { status: "failed" });
    const events = await listEvents(tenant);
    expect(events.map((e) => [e.type, (e.data.recording as { id: string }).id])).toEqual([
      ["recording.created", recording.id], ["recording.created", done.id], ["recording.failed", done.id],
    ]);
    expect(RecordingSchema.parse(events[0]!.data.recording)).toEqual(recording);
    expect(events[0]).toMatchObject({ account_id: tenant.accountId, created_at: recording.created_at });
    expect(events[0]!.id).toMatch(/^evt_[0-9a-f]{32}$/);
  });

  it("records recording.updated naming the changed fields, then recording.completed when the status became final", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant, { status: "active", metadata: { keep: 1 } });
    const patch = (body: unknown) => api(`/v1/recordings/${recording.id}`, withJson("PATCH", body, tenant.auth));
    expect((await patch({ status: "complete", duration_seconds: 12, metadata: { added: true } })).status).toBe(200);
    expect((await patch({ status: "complete", metadata: { keep: 1 } })).status).toBe(200); // no change at all
    const events = await listEvents(tenant);
    expect(events.map((e) => e.type)).toEqual(["recording.created", "recording.updated", "recording.completed"]);
    expect(events[1]!.data.changes).toEqual(["status", "duration_seconds", "metadata"]); // in the recording's field order
    const shown = RecordingSchema.parse(events[2]!.data.recording);
    expect(shown).toMatchObject({ status: "complete", duration_seconds: 12, metadata: { keep: 1, added: true } });
  });

  it("records nothing for a refused change", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant, { status: "complete" });
    await expectError(await api(`/v1/recordings/${recording.id}`, withJson("PATCH", { status: "active" }, tenant.auth)), 409, "INVALID_STATUS_TRANSITION");
    const live = await createRecording(tenant, { status: "active" });
    await expectError(await deleteRecording(tenant, live.id), 409, "RECORDING_IN_PROGRESS");
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200); // not in the trash: no change
    expect(await types(tenant)).toEqual(["recording.created", "recording.completed", "recording.created"]);
  });

  it("records media.ready, recording.trashed (reason api), recording.restored and recording.purged (reason api)", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant);
    const media = await uploaded(tenant, recording.id, bytesOf(1000));
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200);
    expect((await bulkDelete(tenant, { recording_ids: [recording.id], permanent: true })).status).toBe(204);
    const events = await listEvents(tenant);
    expect(events.map((e) => e.type)).toEqual([
      "recording.created", "recording.completed", "media.ready", "recording.trashed", "recording.restored", "recording.purged",
    ]);
    const [, , ready, trashed, restored, purged] = events;
    expect(ready!.data.media).toEqual(media);
    expect(trashed!.data).toMatchObject({ reason: "api", recording: { deleted_by: tenant.keyId } });
    expect((trashed!.data.recording as { deleted_at: string }).deleted_at).toEqual(expect.any(String));
    expect(restored!.data.recording).toMatchObject({ deleted_at: null, deleted_by: null });
    expect(purged!.data).toMatchObject({ reason: "api", recording: { id: recording.id, media: [media] } });
  });

  it("records one recording.trashed per recording a bulk delete moved, none for those it refused", async () => {
    const tenant = await webhookTenant();
    const [a, b] = [await createRecording(tenant), await createRecording(tenant)];
    const live = await createRecording(tenant, { status: "active" });
    expect((await bulkDelete(tenant, { recording_ids: [a.id, live.id, b.id, crypto.randomUUID()] })).status).toBe(200);
    const trashed = (await listEvents(tenant, "&type=recording.trashed")).map((e) => (e.data.recording as { id: string }).id);
    expect(trashed.sort()).toEqual([a.id, b.id].sort());
  });

  it("commits neither the change nor its event when the transaction fails part-way", async () => {
    const tenant = await webhookTenant();
    await expectError(await withFailingBatches("/v1/recordings", withJson("POST", {}, tenant.auth)), 500, "INTERNAL_SERVER_ERROR");
    const { results } = await env.DB.prepare("SELECT id FROM recordings WHERE account_id = ?1").bind(tenant.accountId).all();
    expect(results).toEqual([]);
    expect(await eventRows(tenant.accountId)).toEqual([]);

    const recording = await createRecording(tenant, { status: "active" });
    const before = await eventRows(tenant.accountId);
    const patched = await withFailingBatches(`/v1/recordings/${recording.id}`, withJson("PATCH", { status: "complete" }, tenant.auth));
    await expectError(patched, 500, "INTERNAL_SERVER_ERROR");
    const deleted = await withFailingBatches(`/v1/recordings/${recording.id}`, { method: "DELETE", headers: { authorization: tenant.auth } });
    await expectError(deleted, 500, "INTERNAL_SERVER_ERROR");
    expect(await eventRows(tenant.accountId)).toEqual(before);
    const stored = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth } });
    expect(RecordingSchema.parse(await stored.json())).toEqual(recording);
  });

  it("lets another feature add its event to its own batch with one call", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant, { room_id: "room-7" });
    const at = new Date().toISOString();
    const change = env.DB.prepare("UPDATE recordings SET updated_at = ?2 WHERE id = ?1").bind(recording.id, at);
    const noChange = env.DB.prepare("UPDATE recordings SET updated_at = ?2 WHERE id = ?1").bind(crypto.randomUUID(), at);
    const event = (id: string) => eventStatement(sessionEnv().DB, { type: "legal_hold.placed", accountId: tenant.accountId, recordingId: id, data: { hold: { reason: "x" } } });
    await env.DB.batch([change, event(recording.id)]);
    await env.DB.batch([noChange, event(recording.id)]);
    const held = await listEvents(tenant, "&type=legal_hold.placed");
    expect(held).toHaveLength(1);
    expect(held[0]!.data).toMatchObject({ hold: { reason: "x" }, recording: { id: recording.id, room_id: "room-7", updated_at: at } });
    const { results } = await env.DB.prepare("SELECT room_id FROM events WHERE id = ?1").bind(held[0]!.id).all();
    expect(results).toEqual([{ room_id: "room-7" }]);
  });
});
