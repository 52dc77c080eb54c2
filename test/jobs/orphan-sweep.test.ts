import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Budget } from "../../src/jobs/budget";
import { ORPHAN_GRACE_MS, sweepOrphanedObjects } from "../../src/jobs/orphan-sweep";
import { mediaObjectKey } from "../../src/storage/media-objects";
import { bytesOf, createRecording, createTenant, deleteRecording, objectKeys, sessionEnv, uploaded } from "../helpers";

const afterGrace = () => new Date(Date.now() + ORPHAN_GRACE_MS + 1000);
const sweep = (now: Date, budget = 12, pageSize?: number) => sweepOrphanedObjects(sessionEnv(), now, { budget: new Budget(budget), pageSize });

/** Sweeps until a pass over the whole bucket has ended; returns the number of runs. */
async function sweepPass(now: Date, budget?: number, pageSize?: number): Promise<number> {
  for (let runs = 1; runs <= 200; runs++) if (!(await sweep(now, budget, pageSize)).more) return runs;
  throw new Error("the sweep never finished a pass");
}

/** An object stored under a media key that no row references, as a failed upload leaves one. */
async function orphan(accountId = crypto.randomUUID(), recordingId = crypto.randomUUID()): Promise<string> {
  const key = mediaObjectKey(accountId, recordingId, crypto.randomUUID());
  await env.MEDIA.put(key, bytesOf(64));
  return key;
}

describe("the orphan sweep", () => {
  it("removes objects no media row references once they are older than the grace period", async () => {
    const keys = [await orphan(), await orphan()];
    await sweepPass(new Date());
    for (const key of keys) expect(await env.MEDIA.head(key)).not.toBeNull();
    await sweepPass(afterGrace());
    for (const key of keys) expect(await env.MEDIA.head(key)).toBeNull();
  });

  it("keeps every object a row references, the trash's included", async () => {
    const tenant = await createTenant();
    const live = await createRecording(tenant);
    const trashed = await createRecording(tenant);
    await uploaded(tenant, live.id, bytesOf(100));
    await uploaded(tenant, trashed.id, bytesOf(100));
    expect((await deleteRecording(tenant, trashed.id)).status).toBe(204);
    const stray = await orphan(tenant.accountId, live.id);
    await sweepPass(afterGrace());
    expect(await objectKeys(tenant.accountId, live.id)).toHaveLength(1);
    expect(await objectKeys(tenant.accountId, trashed.id)).toHaveLength(1);
    expect(await env.MEDIA.head(stray)).toBeNull();
  });

  it("leaves alone objects whose keys are not media keys", async () => {
    const others = [`accounts/${crypto.randomUUID()}/notes.txt`, `accounts/x/recordings/y/media/z`, `elsewhere/${crypto.randomUUID()}`];
    for (const key of others) await env.MEDIA.put(key, "x");
    await sweepPass(afterGrace());
    for (const key of others) expect(await env.MEDIA.head(key)).not.toBeNull();
  });

  it("resumes where the last run stopped, across runs, and starts a new pass after finishing one", async () => {
    const keys = [];
    for (let i = 0; i < 7; i++) keys.push(await orphan());
    // Budget 5: the cursor read, one page of list + lookup + delete, the cursor write.
    const runs = await sweepPass(afterGrace(), 5, 2);
    expect(runs).toBeGreaterThanOrEqual(4);
    for (const key of keys) expect(await env.MEDIA.head(key)).toBeNull();
    expect(await env.DB.prepare("SELECT count(*) AS n FROM job_state WHERE name = 'orphan-sweep'").first()).toEqual({ n: 0 });
    const late = await orphan();
    await sweepPass(afterGrace(), 5, 2);
    expect(await env.MEDIA.head(late)).toBeNull();
  });

  it("never sweeps an upload in flight: the object stored, its row about to be written", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const key = await orphan(tenant.accountId, recording.id);
    await sweepPass(new Date(Date.now() + ORPHAN_GRACE_MS - 60_000));
    expect(await env.MEDIA.head(key)).not.toBeNull();
  });
});
