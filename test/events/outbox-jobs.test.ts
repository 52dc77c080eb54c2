import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { Budget } from "../../src/jobs/budget";
import { endExpiredUploads } from "../../src/jobs/expired-uploads";
import { purgeExpiredTrash } from "../../src/jobs/retention-purge";
import { trashExpiredByRetention } from "../../src/jobs/retention";
import { SCOPES } from "../../src/schemas/auth";
import { holdRecording } from "../account-helpers";
import { api, bytesOf, createRecording, createTenant, deleteRecording, send, sessionEnv, withJson } from "../helpers";
import { MiB, newUpload, patchAll, uploadRow } from "../tus-helpers";
import { listEvents, webhookTenant } from "./events-helpers";

vi.setConfig({ testTimeout: 60_000 });

const DAY = 24 * 3600_000;

describe("the outbox, for resumable uploads and the scheduled jobs", () => {
  it("records media.ready when the last tus PATCH finishes an upload", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant, { status: "active" });
    const path = await newUpload(tenant, recording.id, 6 * MiB);
    await patchAll(tenant, path, bytesOf(6 * MiB), 5 * MiB);
    const [ready] = await listEvents(tenant, "&type=media.ready");
    expect(ready!.data).toMatchObject({
      upload_id: path.split("/").pop(), media: { byte_size: 6 * MiB, content_type: expect.any(String) },
      recording: { id: recording.id, media: [{ byte_size: 6 * MiB }] },
    });
  });

  it("records upload.expired for an unfinished upload the job ends, and nothing for a finished one", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant, { status: "active", room_id: "room-x" });
    const unfinished = await newUpload(tenant, recording.id, 11 * MiB);
    await patchAll(tenant, unfinished, bytesOf(5 * MiB), 5 * MiB);
    const finished = await newUpload(tenant, recording.id, 100);
    await patchAll(tenant, finished, bytesOf(100), 100);
    const row = (await uploadRow(unfinished))!;
    await endExpiredUploads(sessionEnv(), new Date(Date.now() + 2 * DAY), { budget: new Budget(24) });
    const expired = await listEvents(tenant, "&type=upload.expired");
    expect(expired).toHaveLength(1);
    expect(expired[0]!.data).toMatchObject({
      upload: { id: unfinished.split("/").pop(), recording_id: recording.id, upload_length: 11 * MiB, upload_offset: 5 * MiB, expires_at: row.expires_at },
      recording: { id: recording.id, room_id: "room-x" },
    });
  });

  it("records recording.purged with reason retention when the scheduled job empties the trash", async () => {
    const tenant = await webhookTenant();
    const recording = await createRecording(tenant);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    await purgeExpiredTrash(sessionEnv(), new Date(Date.now() + 31 * DAY), { budget: new Budget(24), retentionDays: 30 });
    const [purged] = await listEvents(tenant, "&type=recording.purged");
    expect(purged!.data).toMatchObject({ reason: "retention", recording: { id: recording.id, deleted_by: tenant.keyId } });
  });
});

describe("the outbox, for the account's legal holds and retention", () => {
  it("records legal_hold.placed and legal_hold.released, on a recording and on the account, with the recording's hold shown", async () => {
    const tenant = await createTenant([...SCOPES]);
    const recording = await createRecording(tenant);
    expect((await holdRecording(tenant, recording.id)).status).toBe(200);
    expect((await send(`/v1/recordings/${recording.id}/legal-hold`, tenant.auth, { method: "DELETE" })).status).toBe(204);
    expect((await api("/v1/account/legal-hold", withJson("PUT", { reason: "audit" }, tenant.auth))).status).toBe(200);
    expect((await send("/v1/account/legal-hold", tenant.auth, { method: "DELETE" })).status).toBe(204);
    const holds = await listEvents(tenant, "&type=legal_hold.placed,legal_hold.released");
    expect(holds.map((e) => e.type)).toEqual(["legal_hold.placed", "legal_hold.released", "legal_hold.placed", "legal_hold.released"]);
    expect(holds[0]!.data).toMatchObject({ hold: { reason: "Litigation 2026-114" }, recording: { id: recording.id, legal_hold: { reason: "Litigation 2026-114" } } });
    expect(holds[1]!.data).toMatchObject({ recording: { id: recording.id, legal_hold: null } });
    expect(holds[2]!.data).toMatchObject({ hold: { reason: "audit" }, scope: "account" });
  });

  it("records recording.trashed with reason retention for what the account's retention job moves", async () => {
    const tenant = await createTenant([...SCOPES]);
    const old = await createRecording(tenant, { status: "complete", ended_at: "2020-01-01T00:00:00.000Z" });
    await createRecording(tenant, { status: "complete" });
    expect((await api("/v1/account", withJson("PATCH", { retention_days: 30 }, tenant.auth))).status).toBe(200);
    await trashExpiredByRetention(sessionEnv(), new Date(), { budget: new Budget(6) });
    const trashed = await listEvents(tenant, "&type=recording.trashed");
    expect(trashed.map((e) => e.data)).toEqual([expect.objectContaining({ reason: "retention", recording: expect.objectContaining({ id: old.id, deleted_by: "retention" }) })]);
  });
});
