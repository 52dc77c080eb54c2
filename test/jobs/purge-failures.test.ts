import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { Budget } from "../../src/jobs/budget";
import { ORPHAN_GRACE_MS, sweepOrphanedObjects } from "../../src/jobs/orphan-sweep";
import { purgeExpiredTrash } from "../../src/jobs/retention-purge";
import { mediaObjectKey } from "../../src/storage/media-objects";
import { FaultPlan } from "../faults";
import {
  bytesOf, createRecording, createTenant, deleteRecording, expectWholeOrGone, objectKeys, restoreRecording, send, sessionEnv, uploaded, type Tenant,
} from "../helpers";

const DAY = 24 * 60 * 60 * 1000;
const app = createApp();

async function withMedia(tenant: Tenant) {
  const recording = await createRecording(tenant);
  await uploaded(tenant, recording.id, bytesOf(600, 1));
  await uploaded(tenant, recording.id, bytesOf(400, 2), "text/plain");
  return recording;
}

function retention(bindings: Env, now: Date) {
  return purgeExpiredTrash(sessionEnv(bindings), now, { budget: new Budget(60), retentionDays: 30, batchSize: 2 });
}

/** Asserts the recording is live, listed and served, with every object its rows name. */
async function expectLive(tenant: Tenant, id: string) {
  expect(await expectWholeOrGone(tenant.accountId, id)).toBe("whole");
  const res = await send(`/v1/recordings/${id}/media`, tenant.auth);
  expect(res.status).toBe(200);
  await res.body?.cancel();
}

describe("a failure part-way through the retention job", () => {
  it("leaves each recording whole or gone at every failure point, and the next run finishes the job", async () => {
    let failOn = 1;
    for (; failOn < 60; failOn++) {
      const tenant = await createTenant();
      const live = await withMedia(tenant);
      const trashed = [await withMedia(tenant), await withMedia(tenant), await withMedia(tenant)];
      for (const r of trashed) expect((await deleteRecording(tenant, r.id)).status).toBe(204);
      const now = new Date(Date.now() + 31 * DAY);
      const plan = new FaultPlan(failOn);
      const outcome = await retention(plan.env(env), now).then(() => "done", (err: Error) => err.message);
      if (!plan.tripped) break;
      expect(outcome).toMatch(/injected outage/);
      await expectLive(tenant, live.id);
      for (const r of trashed) await expectWholeOrGone(tenant.accountId, r.id);

      await retention(env, now);
      await expectLive(tenant, live.id);
      for (const r of trashed) {
        expect(await expectWholeOrGone(tenant.accountId, r.id)).toBe("gone");
        expect(await objectKeys(tenant.accountId, r.id)).toEqual([]);
      }
      expect(await env.DB.prepare("SELECT count(*) AS n FROM purge_queue").first()).toEqual({ n: 0 });
    }
    // Every D1 and R2 call of a run was made to fail once: queue read, batches, deletes, dequeues.
    expect(failOn).toBeGreaterThan(8);
  }, 180_000);

  it("never purges a recording restored while the job runs", async () => {
    const tenant = await createTenant();
    const recordings = [];
    for (let i = 0; i < 6; i++) recordings.push(await withMedia(tenant));
    for (const r of recordings) expect((await deleteRecording(tenant, r.id)).status).toBe(204);
    const restores = recordings.filter((_, i) => i % 2 === 0).map((r) => restoreRecording(tenant, r.id));
    const [answers] = await Promise.all([Promise.all(restores), retention(env, new Date(Date.now() + 31 * DAY))]);
    for (const [i, res] of answers.entries()) {
      const id = recordings[i * 2]!.id;
      if (res.status === 200) await expectLive(tenant, id);
      else expect(await expectWholeOrGone(tenant.accountId, id)).toBe("gone");
    }
  });
});

const purges: [string, (tenant: Tenant, id: string) => Request][] = [
  ["DELETE ?permanent=true", (tenant, id) => new Request(`http://api.test/v1/recordings/${id}?permanent=true`, { method: "DELETE", headers: { authorization: tenant.auth } })],
  ["a permanent bulk delete", (tenant, id) => new Request("http://api.test/v1/recordings/bulk-delete", {
    method: "POST",
    headers: { authorization: tenant.auth, "content-type": "application/json" },
    body: JSON.stringify({ recording_ids: [id], permanent: true }),
  })],
];

describe.each(purges)("a failure part-way through %s", (_label, request) => {
  it("answers 500 with the recording whole, or 204 with it gone; the scheduled job removes what is left", async () => {
    let failOn = 1;
    for (; failOn < 30; failOn++) {
      const tenant = await createTenant();
      const recording = await withMedia(tenant);
      const plan = new FaultPlan(failOn);
      const res = await app.fetch(request(tenant, recording.id), plan.env(env), createExecutionContext());
      if (!plan.tripped) {
        expect(res.status).toBe(204);
        break;
      }
      const state = await expectWholeOrGone(tenant.accountId, recording.id);
      expect({ status: res.status, state }).toEqual(res.status === 500 ? { status: 500, state: "whole" } : { status: 204, state: "gone" });
      if (state === "whole") await expectLive(tenant, recording.id);
      await retention(env, new Date());
      if (state === "whole") await expectLive(tenant, recording.id);
      else expect(await objectKeys(tenant.accountId, recording.id)).toEqual([]);
      expect(await env.DB.prepare("SELECT count(*) AS n FROM purge_queue").first()).toEqual({ n: 0 });
    }
    expect(failOn).toBeGreaterThan(3);
  }, 60_000);
});

describe("a failure part-way through the orphan sweep", () => {
  it("never touches a referenced object, and a later pass sweeps every orphan", async () => {
    let failOn = 1;
    for (; failOn < 40; failOn++) {
      const tenant = await createTenant();
      const kept = await withMedia(tenant);
      const orphans = [];
      for (let i = 0; i < 3; i++) {
        const key = mediaObjectKey(tenant.accountId, crypto.randomUUID(), crypto.randomUUID());
        await env.MEDIA.put(key, "orphan");
        orphans.push(key);
      }
      const now = new Date(Date.now() + ORPHAN_GRACE_MS + 1000);
      const plan = new FaultPlan(failOn);
      const sweep = (bindings: Env) => sweepOrphanedObjects(sessionEnv(bindings), now, { budget: new Budget(100) });
      const outcome = await sweep(plan.env(env)).then(() => "done", (err: Error) => err.message);
      if (!plan.tripped) break;
      expect(outcome).toMatch(/injected outage/);
      await expectLive(tenant, kept.id);
      await sweep(env);
      await expectLive(tenant, kept.id);
      for (const key of orphans) expect(await env.MEDIA.head(key)).toBeNull();
    }
    // The cursor read, the list, the reference lookup, the delete and the cursor write each failed once.
    expect(failOn).toBe(6);
  }, 60_000);
});
