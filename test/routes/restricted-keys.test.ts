import { describe, expect, it } from "vitest";
import { CreatedKeySchema } from "../../src/schemas/auth";
import { RecordingSchema } from "../../src/schemas/recording";
import { addRestrictedKey } from "../access-helpers";
import { admin, api, bytesOf, createRecording, createTenant, expectError, linkPath, listPage, responseBytes, send, uploaded, withJson } from "../helpers";
import { manifestOf } from "../zip-reader";

describe("POST /v1/admin/accounts/{account_id}/keys with restrict", () => {
  it("stores the restriction and answers it with the key", async () => {
    const tenant = await createTenant();
    const res = await api(`/v1/admin/accounts/${tenant.accountId}/keys`, withJson("POST", { name: "room", scopes: ["recordings:read"], restrict: { user_id: "agent-7" } }, admin));
    expect(res.status).toBe(201);
    expect(CreatedKeySchema.parse(await res.json()).restrict).toEqual({ user_id: "agent-7" });
    const plain = await api(`/v1/admin/accounts/${tenant.accountId}/keys`, withJson("POST", { name: "all", scopes: ["recordings:read"] }, admin));
    expect(CreatedKeySchema.parse(await plain.json()).restrict).toBeNull();
  });

  it("refuses both fields, neither, empty, over-long or control-character values, and lone surrogates (422)", async () => {
    const tenant = await createTenant();
    const bad = [{ room_id: "a", user_id: "b" }, {}, { room_id: "" }, { room_id: "x".repeat(257) }, { user_id: "a\nb" }, { room_id: "a\ud800b" }, null, ["room"]];
    for (const restrict of bad) {
      const res = await api(`/v1/admin/accounts/${tenant.accountId}/keys`, withJson("POST", { name: "k", scopes: ["recordings:read"], restrict }, admin));
      await expectError(res, 422, "VALIDATION_ERROR");
    }
  });
});

describe("a key restricted to a room", () => {
  it("creates recordings in its room, and refuses to name another room or none (422)", async () => {
    const owner = await createTenant();
    const roomKey = await addRestrictedKey(owner.accountId, { room_id: "room-a" });
    const created = await api("/v1/recordings", withJson("POST", { user_id: "u1" }, roomKey.auth));
    expect(created.status).toBe(201);
    expect(RecordingSchema.parse(await created.json()).room_id).toBe("room-a");
    expect((await api("/v1/recordings", withJson("POST", { room_id: "room-a" }, roomKey.auth))).status).toBe(201);
    for (const room_id of ["room-b", null]) {
      const body = await expectError(await api("/v1/recordings", withJson("POST", { room_id }, roomKey.auth)), 422, "VALIDATION_ERROR");
      expect(body.details?.[0]?.loc).toEqual(["body", "room_id"]);
    }
    expect((await listPage(owner)).data).toHaveLength(2);
  });

  it("cannot move a recording out of its room (422), and can change everything else", async () => {
    const owner = await createTenant();
    const roomKey = await addRestrictedKey(owner.accountId, { room_id: "room-a" });
    const recording = await createRecording(roomKey);
    for (const room_id of ["room-b", null]) {
      await expectError(await api(`/v1/recordings/${recording.id}`, withJson("PATCH", { room_id }, roomKey.auth)), 422, "VALIDATION_ERROR");
    }
    const patched = await api(`/v1/recordings/${recording.id}`, withJson("PATCH", { room_id: "room-a", user_id: "u2" }, roomKey.auth));
    expect(RecordingSchema.parse(await patched.json())).toMatchObject({ room_id: "room-a", user_id: "u2" });
  });

  it("cannot move a recording to another user when restricted to a user (422)", async () => {
    const owner = await createTenant();
    const userKey = await addRestrictedKey(owner.accountId, { user_id: "agent-7" });
    const recording = await createRecording(userKey, { room_id: "any" });
    expect(recording.user_id).toBe("agent-7");
    await expectError(await api(`/v1/recordings/${recording.id}`, withJson("PATCH", { user_id: "agent-8" }, userKey.auth)), 422, "VALIDATION_ERROR");
  });

  it("applies its room on top of list filters: a contradicting filter gives an empty page", async () => {
    const owner = await createTenant();
    const roomKey = await addRestrictedKey(owner.accountId, { room_id: "room-a" });
    const mine = await createRecording(owner, { room_id: "room-a", user_id: "u" });
    await createRecording(owner, { room_id: "room-b", user_id: "u" });
    expect((await listPage(roomKey, "user_id=u")).data.map((r) => r.id)).toEqual([mine.id]);
    expect((await listPage(roomKey, "room_id=room-b")).data).toEqual([]);
    expect((await listPage(roomKey, "deleted=include")).data.map((r) => r.id)).toEqual([mine.id]);
  });

  it("zips only its room's recordings: others are not_found in the manifest, by recording ids and by call ids", async () => {
    const owner = await createTenant();
    const roomKey = await addRestrictedKey(owner.accountId, { room_id: "room-a" });
    const call = crypto.randomUUID();
    const mine = await createRecording(owner, { room_id: "room-a", call_id: call });
    const theirs = await createRecording(owner, { room_id: "room-b", call_id: call });
    for (const r of [mine, theirs]) await uploaded(owner, r.id, bytesOf(32));
    const byIds = await api("/v1/recordings/bulk-download", withJson("POST", { recording_ids: [mine.id, theirs.id] }, roomKey.auth));
    const manifest = manifestOf(await responseBytes(byIds));
    expect(manifest.recordings.map((r) => r.id)).toEqual([mine.id]);
    expect(manifest.skipped).toEqual([{ recording_id: theirs.id, reason: "not_found" }]);
    const byCall = await api("/v1/recordings/bulk-download", withJson("POST", { call_ids: [call] }, roomKey.auth));
    expect(manifestOf(await responseBytes(byCall)).recordings.map((r) => r.id)).toEqual([mine.id]);
    const link = await api("/v1/recordings/bulk-download-url", withJson("POST", { call_ids: [call] }, roomKey.auth));
    const signed = await send(linkPath(((await link.json()) as { download_url: string }).download_url));
    expect(manifestOf(await responseBytes(signed)).recordings.map((r) => r.id)).toEqual([mine.id]);
  });

  it("deletes and restores only its room's recordings, one at a time and in bulk", async () => {
    const owner = await createTenant();
    const roomKey = await addRestrictedKey(owner.accountId, { room_id: "room-a" });
    const mine = await createRecording(owner, { room_id: "room-a" });
    const theirs = await createRecording(owner, { room_id: "room-b" });
    const bulk = await api("/v1/recordings/bulk-delete", withJson("POST", { recording_ids: [theirs.id, mine.id] }, roomKey.auth));
    expect(await bulk.json()).toEqual({ deleted: [mine.id], failed: [{ id: theirs.id, error_code: "RECORDING_NOT_FOUND", message: `Recording ${theirs.id} not found` }] });
    expect((await send(`/v1/recordings/${theirs.id}`, owner.auth, { method: "DELETE" })).status).toBe(204);
    await expectError(await send(`/v1/recordings/${theirs.id}/restore`, roomKey.auth, { method: "POST" }), 404, "RECORDING_NOT_FOUND");
    await expectError(await send(`/v1/recordings/${theirs.id}?permanent=true`, roomKey.auth, { method: "DELETE" }), 404, "RECORDING_NOT_FOUND");
    const restored = await api("/v1/recordings/bulk-restore", withJson("POST", { recording_ids: [theirs.id, mine.id] }, roomKey.auth));
    expect(((await restored.json()) as { restored: string[] }).restored).toEqual([mine.id]);
    expect((await listPage(owner, "deleted=only")).data.map((r) => r.id)).toEqual([theirs.id]);
  });
});
