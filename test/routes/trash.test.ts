import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { RecordingSchema } from "../../src/schemas/recording";
import {
  addKey, api, bytesOf, createRecording, createTenant, deleteRecording, expectError, expectWholeOrGone, listPage, objectKeys,
  downloadUrl, linkPath, responseBytes, restoreRecording, send, storedRows, uploaded, type Tenant,
} from "../helpers";

/** A finished recording with two media items, and its object keys. */
async function withMedia(tenant: Tenant, fields: Record<string, unknown> = {}) {
  const recording = await createRecording(tenant, fields);
  await uploaded(tenant, recording.id, bytesOf(1500, 1));
  await uploaded(tenant, recording.id, bytesOf(700, 2), "text/plain");
  const keys = await objectKeys(tenant.accountId, recording.id);
  expect(keys).toHaveLength(2);
  return { recording, keys };
}

const ids = (page: { data: { id: string }[] }) => page.data.map((r) => r.id);

describe("DELETE /v1/recordings/{id}", () => {
  it("moves the recording to the trash: gone from GET, lists and media, listed with deleted=only, media kept", async () => {
    const tenant = await createTenant();
    const { recording, keys } = await withMedia(tenant);
    const res = await deleteRecording(tenant, recording.id);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    await expectError(await send(`/v1/recordings/${recording.id}`, tenant.auth), 404, "RECORDING_NOT_FOUND");
    await expectError(await send(`/v1/recordings/${recording.id}/media`, tenant.auth), 404, "RECORDING_NOT_FOUND");
    const mediaId = (await storedRows(recording.id)).mediaKeys[0]!.split("/").pop();
    await expectError(await send(`/v1/recordings/${recording.id}/media/${mediaId}`, tenant.auth), 404, "RECORDING_NOT_FOUND");
    expect(ids(await listPage(tenant))).not.toContain(recording.id);
    const [trashed] = (await listPage(tenant, "deleted=only")).data;
    expect(trashed).toMatchObject({ id: recording.id, deleted_by: tenant.keyId });
    expect(Date.now() - Date.parse(trashed!.deleted_at!)).toBeLessThan(60_000);
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual(keys);
  });

  it.each(["starting", "active", "ending"])("refuses a recording that is %s with 409 RECORDING_IN_PROGRESS and leaves it", async (status) => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { status });
    await expectError(await deleteRecording(tenant, recording.id), 409, "RECORDING_IN_PROGRESS");
    await expectError(await deleteRecording(tenant, recording.id, "?permanent=true"), 409, "RECORDING_IN_PROGRESS");
    expect((await storedRows(recording.id)).recording).toMatchObject({ status, deleted_at: null });
  });

  it.each(["failed", "aborted", "complete"])("deletes a %s recording", async (status) => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { status });
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
  });

  it("answers 404 for a recording already in the trash, and keeps its first deletion time and key", async () => {
    const tenant = await createTenant();
    const other = await addKey(tenant.accountId, ["recordings:delete", "recordings:read"]);
    const recording = await createRecording(tenant);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    const before = await storedRows(recording.id);
    const error = await expectError(await deleteRecording(other, recording.id), 404, "RECORDING_NOT_FOUND");
    expect(error.message).toContain("trash");
    expect(await storedRows(recording.id)).toEqual(before);
    expect(before.recording?.deleted_by).toBe(tenant.keyId);
  });

  it("answers another account's recording exactly like a missing one, and leaves it alone", async () => {
    const [owner, stranger] = await Promise.all([createTenant(), createTenant()]);
    const { recording, keys } = await withMedia(owner);
    const missing = crypto.randomUUID();
    for (const query of ["", "?permanent=true"]) {
      const theirs = await expectError(await deleteRecording(stranger, recording.id, query), 404, "RECORDING_NOT_FOUND");
      const absent = await expectError(await deleteRecording(stranger, missing, query), 404, "RECORDING_NOT_FOUND");
      expect(theirs.message.replace(recording.id, "<id>")).toBe(absent.message.replace(missing, "<id>"));
    }
    expect((await storedRows(recording.id)).recording?.deleted_at).toBeNull();
    expect(await objectKeys(owner.accountId, recording.id)).toEqual(keys);
  });

  it("answers 422 for an id that is not a UUID", async () => {
    const tenant = await createTenant();
    const error = await expectError(await deleteRecording(tenant, "not-a-uuid"), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["path", "id"]]);
  });

  it.each(["yes", "1", "", "TRUE", "true,false"])("refuses permanent=%j with 422 and changes nothing", async (value) => {
    const tenant = await createTenant();
    const { recording, keys } = await withMedia(tenant);
    const error = await expectError(await deleteRecording(tenant, recording.id, `?permanent=${value}`), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["query", "permanent"]]);
    expect((await storedRows(recording.id)).recording?.deleted_at).toBeNull();
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual(keys);
  });

  it("moves to the trash with permanent=false", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    expect((await deleteRecording(tenant, recording.id, "?permanent=false")).status).toBe(204);
    expect((await storedRows(recording.id)).recording?.deleted_at).not.toBeNull();
  });

  it("purges a live recording with permanent=true: its objects leave R2 and its rows leave D1", async () => {
    const tenant = await createTenant();
    const { recording } = await withMedia(tenant);
    expect((await deleteRecording(tenant, recording.id, "?permanent=true")).status).toBe(204);
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
    expect(await storedRows(recording.id)).toEqual({ recording: null, mediaKeys: [] });
    expect(ids(await listPage(tenant, "deleted=include"))).not.toContain(recording.id);
    const queued = await env.DB.prepare("SELECT count(*) AS n FROM purge_queue WHERE r2_key LIKE ?1")
      .bind(`accounts/${tenant.accountId}/%`)
      .first();
    expect(queued).toEqual({ n: 0 });
    await expectError(await deleteRecording(tenant, recording.id, "?permanent=true"), 404, "RECORDING_NOT_FOUND");
    await expectError(await restoreRecording(tenant, recording.id), 404, "RECORDING_NOT_FOUND");
  });

  it("purges a recording from the trash with permanent=true", async () => {
    const tenant = await createTenant();
    const { recording } = await withMedia(tenant);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    expect((await deleteRecording(tenant, recording.id, "?permanent=true")).status).toBe(204);
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
    expect(await storedRows(recording.id)).toEqual({ recording: null, mediaKeys: [] });
  });

  it("needs the recordings:delete scope (403) and a key (401)", async () => {
    const tenant = await createTenant(["recordings:read", "recordings:write"]);
    const recording = await createRecording(tenant);
    await expectError(await deleteRecording(tenant, recording.id), 403, "FORBIDDEN");
    await expectError(await deleteRecording(tenant, recording.id, "?permanent=true"), 403, "FORBIDDEN");
    await expectError(await send(`/v1/recordings/${recording.id}`, undefined, { method: "DELETE" }), 401, "UNAUTHORIZED");
    expect((await storedRows(recording.id)).recording?.deleted_at).toBeNull();
  });
});

describe("POST /v1/recordings/{id}/restore", () => {
  it("brings a trashed recording back whole: GET, lists and media bytes, with deleted_at and deleted_by cleared", async () => {
    const tenant = await createTenant();
    const { recording } = await withMedia(tenant, { room_id: "kept" });
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    const res = await restoreRecording(tenant, recording.id);
    expect(res.status).toBe(200);
    const restored = RecordingSchema.parse(await res.json());
    expect(restored).toMatchObject({ id: recording.id, room_id: "kept", deleted_at: null, deleted_by: null });
    expect(restored.media).toHaveLength(2);
    expect((await send(`/v1/recordings/${recording.id}`, tenant.auth)).status).toBe(200);
    expect(ids(await listPage(tenant))).toContain(recording.id);
    const media = await send(`/v1/recordings/${recording.id}/media`, tenant.auth);
    expect(media.status).toBe(200);
    expect(await responseBytes(media)).toEqual(bytesOf(1500, 1));
  });

  it("stops the recording's signed links while it is in the trash, and a restore brings them back", async () => {
    const tenant = await createTenant();
    const { recording } = await withMedia(tenant);
    const media = linkPath((await downloadUrl(tenant, recording.id)).download_url);
    const share = await api(`/v1/recordings/${recording.id}/url`, { headers: { authorization: tenant.auth } });
    expect(share.status).toBe(200);
    const page = linkPath(((await share.json()) as { url: string }).url);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    expect((await send(media)).status).toBe(404);
    expect((await send(page)).status).toBe(404);
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200);
    const served = await send(media);
    expect(served.status).toBe(200);
    expect(await responseBytes(served)).toEqual(bytesOf(1500, 1));
    expect((await send(page)).status).toBe(200);
  });

  it("returns a recording that is not in the trash as it is", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { metadata: { a: 1 } });
    const res = await restoreRecording(tenant, recording.id);
    expect(res.status).toBe(200);
    expect(RecordingSchema.parse(await res.json())).toEqual(recording);
  });

  it("answers 404 for a missing, another account's, or purged recording", async () => {
    const [owner, stranger] = await Promise.all([createTenant(), createTenant()]);
    const recording = await createRecording(owner);
    expect((await deleteRecording(owner, recording.id)).status).toBe(204);
    await expectError(await restoreRecording(stranger, recording.id), 404, "RECORDING_NOT_FOUND");
    expect((await storedRows(recording.id)).recording?.deleted_at).not.toBeNull();
    await expectError(await restoreRecording(owner, crypto.randomUUID()), 404, "RECORDING_NOT_FOUND");
    expect((await deleteRecording(owner, recording.id, "?permanent=true")).status).toBe(204);
    await expectError(await restoreRecording(owner, recording.id), 404, "RECORDING_NOT_FOUND");
  });

  it("needs the recordings:delete scope and leaves the recording in the trash without it", async () => {
    const tenant = await createTenant();
    const reader = await addKey(tenant.accountId, ["recordings:read", "recordings:write"]);
    const recording = await createRecording(tenant);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    await expectError(await restoreRecording(reader, recording.id), 403, "FORBIDDEN");
    expect((await storedRows(recording.id)).recording?.deleted_at).not.toBeNull();
  });

  it("can be deleted again after a restore, by another key", async () => {
    const tenant = await createTenant();
    const second = await addKey(tenant.accountId, ["recordings:delete"]);
    const recording = await createRecording(tenant);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200);
    expect((await deleteRecording(second, recording.id)).status).toBe(204);
    expect((await storedRows(recording.id)).recording?.deleted_by).toBe(second.keyId);
  });
});

describe("concurrent deletes and restores of one recording", () => {
  it("trash it once when many deletes arrive together: one 204, the rest 404", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const answers = await Promise.all(Array.from({ length: 8 }, () => deleteRecording(tenant, recording.id)));
    expect(answers.map((r) => r.status).sort()).toEqual([204, 404, 404, 404, 404, 404, 404, 404]);
  });

  it("end in a state every view agrees on when deletes, restores and purges interleave", async () => {
    const tenant = await createTenant();
    for (let round = 0; round < 4; round++) {
      const { recording } = await withMedia(tenant);
      const actions = [
        () => deleteRecording(tenant, recording.id),
        () => restoreRecording(tenant, recording.id),
        () => deleteRecording(tenant, recording.id),
        () => restoreRecording(tenant, recording.id),
        ...(round % 2 === 0 ? [() => deleteRecording(tenant, recording.id, "?permanent=true")] : []),
      ];
      const answers = await Promise.all(actions.map((act) => act()));
      for (const res of answers) expect([200, 204, 404]).toContain(res.status);
      const state = await expectWholeOrGone(tenant.accountId, recording.id);
      const row = (await storedRows(recording.id)).recording;
      const get = await send(`/v1/recordings/${recording.id}`, tenant.auth);
      const listed = ids(await listPage(tenant, "deleted=include")).includes(recording.id);
      if (state === "gone") {
        expect({ get: get.status, listed }).toEqual({ get: 404, listed: false });
      } else {
        expect(row!.deleted_by === null).toBe(row!.deleted_at === null);
        expect({ get: get.status, listed }).toEqual({ get: row!.deleted_at ? 404 : 200, listed: true });
        await get.body?.cancel();
      }
    }
  });

  it("leaves no object behind when an upload races a purge", async () => {
    const tenant = await createTenant();
    for (let round = 0; round < 3; round++) {
      const recording = await createRecording(tenant);
      const [upload, purge] = await Promise.all([
        uploaded(tenant, recording.id, bytesOf(4096, round)).catch(() => null),
        deleteRecording(tenant, recording.id, "?permanent=true"),
      ]);
      expect(purge.status).toBe(204);
      expect(upload === null || typeof upload.id === "string").toBe(true);
      expect(await expectWholeOrGone(tenant.accountId, recording.id)).toBe("gone");
      expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
    }
  });
});
