import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Budget } from "../../src/jobs/budget";
import { purgeExpiredTrash, retentionDays } from "../../src/jobs/retention-purge";
import {
  bytesOf, createRecording, createTenant, deleteRecording, expectWholeOrGone, objectKeys, restoreRecording, storedRows, trashDirectly,
  sessionEnv, uploaded, type Tenant,
} from "../helpers";

const DAY = 24 * 60 * 60 * 1000;
const later = (days: number) => new Date(Date.now() + days * DAY);
const run = (now: Date, budget = 24, batchSize?: number) =>
  purgeExpiredTrash(sessionEnv(), now, { budget: new Budget(budget), retentionDays: 30, batchSize });

/** Runs the job until it says nothing is left, and returns how many runs that took. */
async function runUntilDone(now: Date, budget: number, batchSize: number): Promise<number> {
  for (let runs = 1; runs <= 100; runs++) if (!(await run(now, budget, batchSize)).more) return runs;
  throw new Error("the retention job never finished");
}

async function trashedWithMedia(tenant: Tenant) {
  const recording = await createRecording(tenant);
  await uploaded(tenant, recording.id, bytesOf(1200, 3));
  await uploaded(tenant, recording.id, bytesOf(300, 4), "image/png");
  expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
  return recording;
}

describe("retentionDays", () => {
  it("reads whole days, 30 when unset or empty", () => {
    expect(retentionDays(undefined)).toBe(30);
    expect(retentionDays("")).toBe(30);
    expect(retentionDays("7")).toBe(7);
    expect(retentionDays(" 0 ")).toBe(0);
  });

  it.each(["abc", "-1", "1.5", "1e3", "30d"])("refuses %j instead of purging early", (value) => {
    expect(() => retentionDays(value)).toThrow(/TRASH_RETENTION_DAYS/);
  });
});

describe("the retention job", () => {
  it("purges what has been in the trash longer than the retention period, rows and objects", async () => {
    const tenant = await createTenant();
    const trashed = await trashedWithMedia(tenant);
    expect((await run(later(29))).purged).toBe(0);
    expect((await storedRows(trashed.id)).recording).not.toBeNull();
    expect(await objectKeys(tenant.accountId, trashed.id)).toHaveLength(2);
    const report = await run(later(31));
    expect(report).toMatchObject({ more: false });
    expect(report.purged).toBeGreaterThanOrEqual(1);
    expect(await storedRows(trashed.id)).toEqual({ recording: null, mediaKeys: [] });
    expect(await objectKeys(tenant.accountId, trashed.id)).toEqual([]);
  });

  it("keeps live recordings, however old, and trash younger than the period", async () => {
    const tenant = await createTenant();
    const live = await createRecording(tenant);
    await uploaded(tenant, live.id, bytesOf(500));
    const recent = await trashedWithMedia(tenant);
    await trashDirectly(recent.id, later(5).toISOString(), tenant.keyId);
    await run(later(31));
    expect(await expectWholeOrGone(tenant.accountId, live.id)).toBe("whole");
    expect(await objectKeys(tenant.accountId, live.id)).toHaveLength(1);
    expect((await storedRows(recent.id)).recording?.deleted_at).not.toBeNull();
    expect(await objectKeys(tenant.accountId, recent.id)).toHaveLength(2);
  });

  it("does not purge a recording restored before the run, however long it had been in the trash", async () => {
    const tenant = await createTenant();
    const recording = await trashedWithMedia(tenant);
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200);
    await run(later(400));
    expect((await storedRows(recording.id)).recording?.deleted_at).toBeNull();
    expect(await objectKeys(tenant.accountId, recording.id)).toHaveLength(2);
  });

  it("works through a backlog in bounded runs, oldest first, finishing it completely", async () => {
    const tenant = await createTenant();
    const recordings = [];
    for (let i = 0; i < 9; i++) recordings.push(await trashedWithMedia(tenant));
    // Budget 10: one queue read, then two batches of 4 subrequests; 2 recordings a batch → 4 a run.
    const first = await run(later(31), 10, 2);
    expect(first).toMatchObject({ purged: 4, objectsRemoved: 8, more: true });
    const gone = await Promise.all(recordings.map(async (r) => (await storedRows(r.id)).recording === null));
    expect(gone).toEqual([true, true, true, true, false, false, false, false, false]);
    expect(await runUntilDone(later(31), 10, 2)).toBe(2);
    for (const r of recordings) expect(await objectKeys(tenant.accountId, r.id)).toEqual([]);
  });

  it("removes objects that an interrupted purge left queued", async () => {
    const key = `accounts/${crypto.randomUUID()}/recordings/${crypto.randomUUID()}/media/${crypto.randomUUID()}`;
    await env.MEDIA.put(key, "left over");
    await env.DB.prepare("INSERT INTO purge_queue (r2_key, queued_at) VALUES (?1, ?2)").bind(key, new Date().toISOString()).run();
    const report = await run(new Date());
    expect(report.objectsRemoved).toBeGreaterThanOrEqual(1);
    expect(await env.MEDIA.head(key)).toBeNull();
    expect(await env.DB.prepare("SELECT count(*) AS n FROM purge_queue").first()).toEqual({ n: 0 });
  });

  it("stops within its budget and says more is left", async () => {
    const tenant = await createTenant();
    await trashedWithMedia(tenant);
    expect(await run(later(31), 3)).toMatchObject({ purged: 0, more: true });
  });
});
