import { createScheduledController } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { runScheduledJobs, SCHEDULED_JOBS, type ScheduledJob } from "../../src/jobs";
import { ORPHAN_GRACE_MS } from "../../src/jobs/orphan-sweep";
import { mediaObjectKey } from "../../src/storage/media-objects";
import { bytesOf, createRecording, createTenant, deleteRecording, objectKeys, storedRows, uploaded } from "../helpers";

const DAY = 24 * 60 * 60 * 1000;

/** A trashed recording with media, and an orphaned object beside it. */
async function trashAndOrphan() {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  await uploaded(tenant, recording.id, bytesOf(800));
  expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
  const orphan = mediaObjectKey(tenant.accountId, crypto.randomUUID(), crypto.randomUUID());
  await env.MEDIA.put(orphan, "orphan");
  return { tenant, recording, orphan };
}

describe("the Worker's scheduled handler", () => {
  it("keeps the trash and fresh objects on a run today", async () => {
    const { tenant, recording, orphan } = await trashAndOrphan();
    const controller = createScheduledController({ scheduledTime: Date.now(), cron: "*/15 * * * *" });
    await worker.scheduled(controller, env);
    expect(await objectKeys(tenant.accountId, recording.id)).toHaveLength(1);
    expect(await env.MEDIA.head(orphan)).not.toBeNull();
  });

  it("purges expired trash and sweeps orphans when the clock has moved past the retention period", async () => {
    const { tenant, recording, orphan } = await trashAndOrphan();
    const controller = createScheduledController({ scheduledTime: Date.now() + 31 * DAY, cron: "*/15 * * * *" });
    await worker.scheduled(controller, env);
    expect(await storedRows(recording.id)).toEqual({ recording: null, mediaKeys: [] });
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
    expect(await env.MEDIA.head(orphan)).toBeNull();
  });

  it("runs through the Worker's own entry point, as the Cron Trigger does", async () => {
    const { tenant, recording } = await trashAndOrphan();
    // The entry point the runtime calls; its type here only declares fetch.
    const entry = exports.default as unknown as { scheduled(event: { scheduledTime: Date; cron: string }): Promise<unknown> };
    await entry.scheduled({ scheduledTime: new Date(Date.now() + 31 * DAY), cron: "*/15 * * * *" });
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
  });
});

describe("runScheduledJobs", () => {
  it("runs the retention, the trash purge, the orphan sweep, the expired-uploads and the usage-days and the events jobs, and reports what each did", async () => {
    await trashAndOrphan();
    const reports = await runScheduledJobs(env, new Date(Date.now() + 31 * DAY + ORPHAN_GRACE_MS));
    expect(reports.map((r) => [r.job, r.ok])).toEqual([
      ["retention", true], ["retention-purge", true], ["orphan-sweep", true], ["expired-uploads", true], ["usage-days", true], ["events", true],
    ]);
    expect(reports[1]!.report).toMatchObject({ more: false });
    expect((reports[1]!.report as { purged: number }).purged).toBeGreaterThanOrEqual(1);
  });

  it("keeps running the other jobs when one fails, then fails the run", async () => {
    const { orphan } = await trashAndOrphan();
    const failing: ScheduledJob = { name: "broken", subrequests: 1, run: () => Promise.reject(new Error("boom")) };
    const run = runScheduledJobs(env, new Date(Date.now() + 2 * ORPHAN_GRACE_MS), [failing, ...SCHEDULED_JOBS]);
    await expect(run).rejects.toThrow(AggregateError);
    expect(await env.MEDIA.head(orphan)).toBeNull();
  });

  it("refuses to purge with a TRASH_RETENTION_DAYS that is not a number of days, and still sweeps", async () => {
    const { tenant, recording, orphan } = await trashAndOrphan();
    const run = runScheduledJobs({ ...env, TRASH_RETENTION_DAYS: "thirty" }, new Date(Date.now() + 400 * DAY));
    await expect(run).rejects.toThrow(/1 scheduled job/);
    expect(await objectKeys(tenant.accountId, recording.id)).toHaveLength(1);
    expect(await env.MEDIA.head(orphan)).toBeNull();
  });

  it("follows TRASH_RETENTION_DAYS", async () => {
    const { tenant, recording } = await trashAndOrphan();
    await runScheduledJobs({ ...env, TRASH_RETENTION_DAYS: "2" }, new Date(Date.now() + 1 * DAY));
    expect(await objectKeys(tenant.accountId, recording.id)).toHaveLength(1);
    await runScheduledJobs({ ...env, TRASH_RETENTION_DAYS: "2" }, new Date(Date.now() + 3 * DAY));
    expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
  });
});
