import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { Budget } from "../../src/jobs/budget";
import { endExpiredUploads } from "../../src/jobs/expired-uploads";
import { bytesOf, deleteRecording, send, sessionEnv } from "../helpers";
import { MiB, patchAll, TUS, uploadRow, startedUpload } from "../tus-helpers";

vi.setConfig({ testTimeout: 60_000 });

const DAY_MS = 24 * 3600 * 1000;

const started = startedUpload;

describe("the expired-uploads job", () => {
  it("aborts an expired upload's R2 multipart upload and forgets it, from the cron", async () => {
    const { tenant, path } = await started(11 * MiB);
    await patchAll(tenant, path, bytesOf(5 * MiB), 5 * MiB);
    const row = (await uploadRow(path))!;
    const scheduledTime = Date.parse(row.expires_at) + 60_000;
    await worker.scheduled(createScheduledController({ scheduledTime, cron: "*/15 * * * *" }), env);
    expect(await uploadRow(path)).toBeNull();
    await expect(env.MEDIA.resumeMultipartUpload(row.r2_key, row.r2_upload_id).uploadPart(3, new Uint8Array(8))).rejects.toThrow();
    expect((await send(path, tenant.auth, { headers: TUS })).status).toBe(404);
  });

  it("leaves uploads that have not expired yet alone", async () => {
    const { path } = await started(6 * MiB);
    await endExpiredUploads(sessionEnv(), new Date(Date.now() + DAY_MS - 60_000), { budget: new Budget(24) });
    expect(await uploadRow(path)).not.toBeNull();
  });

  it("forgets a finished upload but keeps its media item and object", async () => {
    const { tenant, recording, path } = await started(1000);
    const mediaId = (await patchAll(tenant, path, bytesOf(1000), 1000)).headers.get("upload-media-id");
    const row = (await uploadRow(path))!;
    await endExpiredUploads(sessionEnv(), new Date(Date.now() + 2 * DAY_MS), { budget: new Budget(24) });
    expect(await uploadRow(path)).toBeNull();
    expect(await env.MEDIA.head(row.r2_key)).not.toBeNull();
    const res = await send(`/v1/recordings/${recording.id}/media/${mediaId}`, tenant.auth);
    expect(res.status).toBe(200);
  });

  it("removes an object that was joined but never became a media item", async () => {
    const { path } = await started(6 * MiB);
    const row = (await uploadRow(path))!;
    await env.MEDIA.put(row.r2_key, "left over from a failure between R2 and D1");
    await endExpiredUploads(sessionEnv(), new Date(Date.now() + 2 * DAY_MS), { budget: new Budget(24) });
    expect(await env.MEDIA.head(row.r2_key)).toBeNull();
  });

  it("stops within its budget and leaves the rest for the next run", async () => {
    const paths = [];
    for (let i = 0; i < 3; i++) paths.push((await started(6 * MiB)).path);
    const later = new Date(Date.now() + 2 * DAY_MS);
    const first = await endExpiredUploads(sessionEnv(), later, { budget: new Budget(2 + 2 * 2), batch: 2 });
    expect(first).toEqual({ ended: 2, more: true });
    await endExpiredUploads(sessionEnv(), later, { budget: new Budget(24), batch: 2 });
    for (const path of paths) expect(await uploadRow(path)).toBeNull();
  });
});

describe("deleting a recording ends its uploads", () => {
  for (const [how, query] of [["to the trash", ""], ["for good (permanent)", "?permanent=true"]] as const) {
    it(`answers 404 for the uploads of a recording deleted ${how}, and the next job run aborts their parts`, async () => {
      const { tenant, recording, path } = await started(11 * MiB);
      await patchAll(tenant, path, bytesOf(5 * MiB), 5 * MiB);
      const row = (await uploadRow(path))!;
      expect((await deleteRecording(tenant, recording.id, query)).status).toBe(204);
      expect((await send(path, tenant.auth, { headers: TUS })).status).toBe(404);
      await endExpiredUploads(sessionEnv(), new Date(Date.now() + 1000), { budget: new Budget(24) });
      expect(await uploadRow(path)).toBeNull();
      await expect(env.MEDIA.resumeMultipartUpload(row.r2_key, row.r2_upload_id).uploadPart(3, new Uint8Array(8))).rejects.toThrow();
    });
  }
});
