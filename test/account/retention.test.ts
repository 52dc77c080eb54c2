import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Budget } from "../../src/jobs/budget";
import { trashExpiredByRetention } from "../../src/jobs/retention";
import { purgeExpiredTrash } from "../../src/jobs/retention-purge";
import { SCOPES } from "../../src/schemas/auth";
import { UpdatedAccountSchema } from "../../src/schemas/account";
import { account, expectExactUsage } from "../account-helpers";
import { addKey, api, createRecording, createTenant, deleteRecording, expectError, storedRows, withJson, type Tenant, sessionEnv } from "../helpers";

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function patchAccount(tenant: Tenant, body: unknown) {
  return api("/v1/account", withJson("PATCH", body, tenant.auth));
}

/** `count` recordings of the account created `days` ago, straight through D1 (the triggers count them); every `heldEvery`th held, every `activeEvery`th in progress. */
async function seed(accountId: string, count: number, days: number, { heldEvery = 0, activeEvery = 0 } = {}) {
  const at = ago(days);
  await env.DB.prepare(
    `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?2)
     INSERT INTO recordings (id, account_id, source, status, metadata, created_at, updated_at, legal_hold_reason, legal_hold_placed_at, legal_hold_placed_by)
     SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       ?1, 'other', CASE WHEN ?5 > 0 AND n % ?5 = 0 THEN 'active' ELSE 'complete' END, '{}', ?3, ?3,
       CASE WHEN ?4 > 0 AND n % ?4 = 0 THEN 'seeded hold' END, CASE WHEN ?4 > 0 AND n % ?4 = 0 THEN ?3 END, CASE WHEN ?4 > 0 AND n % ?4 = 0 THEN 'test' END
     FROM seq`,
  )
    .bind(accountId, count, at, heldEvery, activeEvery)
    .run();
}

async function states(accountId: string) {
  return env.DB.prepare(
    `SELECT sum(deleted_at IS NULL) AS live, sum(deleted_by = 'retention') AS by_retention,
       sum(legal_hold_placed_at IS NOT NULL AND deleted_at IS NOT NULL) AS held_trashed,
       sum(status = 'active' AND deleted_at IS NOT NULL) AS active_trashed
     FROM recordings WHERE account_id = ?1`,
  )
    .bind(accountId)
    .first<{ live: number; by_retention: number; held_trashed: number; active_trashed: number }>();
}

describe("the retention job", () => {
  it("moves 10,000 expired recordings to the trash in bounded runs, never one held or in progress", async () => {
    const tenant = await createTenant([...SCOPES]);
    await seed(tenant.accountId, 10_000, 400, { heldEvery: 97, activeEvery: 251 });
    const fresh = await createRecording(tenant);
    const res = await patchAccount(tenant, { retention_days: 365 });
    expect(res.status).toBe(200);
    const held = Math.floor(10_000 / 97);
    const active = Math.floor(10_000 / 251) - Math.floor(10_000 / (97 * 251));
    expect(UpdatedAccountSchema.parse(await res.json()).affected_recordings).toBe(10_000 - held - active);
    let runs = 0;
    for (let more = true; more; runs++) {
      const report = await trashExpiredByRetention(sessionEnv(), new Date(), { budget: new Budget(6), batchSize: 500 });
      expect(report.trashed).toBeLessThanOrEqual(3000);
      more = report.more;
      expect(runs).toBeLessThan(10);
    }
    expect(runs).toBe(4); // 9,857 in batches of 500: three full runs of six, then the rest
    expect(await states(tenant.accountId)).toEqual({ live: held + active + 1, by_retention: 10_000 - held - active, held_trashed: 0, active_trashed: 0 });
    expect((await storedRows(fresh.id)).recording?.deleted_at).toBeNull();
    const usage = await expectExactUsage(tenant);
    expect(usage).toMatchObject({ recordings: 10_001, recordings_in_trash: 10_000 - held - active });
  });

  it("goes by ended_at when there is one, else created_at, and leaves accounts without a retention alone", async () => {
    const tenant = await createTenant([...SCOPES]);
    const keeper = await createTenant([...SCOPES]);
    const endedLongAgo = await createRecording(tenant, { started_at: ago(100), ended_at: ago(99) });
    const endedRecently = await createRecording(tenant, { started_at: ago(100), ended_at: ago(5) });
    const mine = await createRecording(keeper, { ended_at: ago(1000) });
    expect((await patchAccount(tenant, { retention_days: 30 })).status).toBe(200);
    await trashExpiredByRetention(sessionEnv(), new Date(), { budget: new Budget(2) });
    expect((await storedRows(endedLongAgo.id)).recording).toMatchObject({ deleted_by: "retention" });
    expect((await storedRows(endedRecently.id)).recording?.deleted_at).toBeNull();
    expect((await storedRows(mine.id)).recording?.deleted_at).toBeNull();
  });

  it("purges each account's trash after its own trash_retention_days, else TRASH_RETENTION_DAYS", async () => {
    const short = await createTenant([...SCOPES]);
    const usual = await createTenant([...SCOPES]);
    expect((await patchAccount(short, { trash_retention_days: 2 })).status).toBe(200);
    const a = await createRecording(short);
    const b = await createRecording(usual);
    expect((await deleteRecording(short, a.id)).status).toBe(204);
    expect((await deleteRecording(usual, b.id)).status).toBe(204);
    await purgeExpiredTrash(sessionEnv(), new Date(Date.now() + 3 * DAY), { budget: new Budget(24), retentionDays: 30 });
    expect((await storedRows(a.id)).recording).toBeNull();
    expect((await storedRows(b.id)).recording).not.toBeNull();
    // Other tests' trash (in this file's database) expires too: run until the job says it is done.
    for (let more = true, runs = 0; more; runs++) {
      expect(runs).toBeLessThan(30);
      more = (await purgeExpiredTrash(sessionEnv(), new Date(Date.now() + 31 * DAY), { budget: new Budget(24), retentionDays: 30 })).more;
    }
    expect((await storedRows(b.id)).recording).toBeNull();
    await expectExactUsage(short);
    await expectExactUsage(usual);
  });
});

describe("PATCH /v1/account", () => {
  it("changes the settings, keeps the absent ones, and answers affected_recordings before the job runs", async () => {
    const tenant = await createTenant([...SCOPES]);
    await seed(tenant.accountId, 30, 50);
    await seed(tenant.accountId, 20, 10);
    const first = UpdatedAccountSchema.parse(await (await patchAccount(tenant, { retention_days: 100, trash_retention_days: 7 })).json());
    expect(first.settings).toEqual({ retention_days: 100, trash_retention_days: 7 });
    expect(first.affected_recordings).toBe(0);
    const shorter = UpdatedAccountSchema.parse(await (await patchAccount(tenant, { retention_days: 20 })).json());
    expect(shorter.settings).toEqual({ retention_days: 20, trash_retention_days: 7 });
    expect(shorter.affected_recordings).toBe(30);
    const forever = UpdatedAccountSchema.parse(await (await patchAccount(tenant, { retention_days: null })).json());
    expect(forever).toMatchObject({ settings: { retention_days: null }, affected_recordings: 0 });
  });

  it.each([
    [{ retention_days: 0 }], [{ retention_days: 36_501 }], [{ retention_days: 1.5 }], [{ retention_days: "30" }],
    [{ trash_retention_days: 0 }], [{ trash_retention_days: 366 }], [{ trash_retention_days: null }], [{ name: "x" }],
  ])("refuses %j with 422 and changes nothing", async (body) => {
    const tenant = await createTenant([...SCOPES]);
    expect((await patchAccount(tenant, { retention_days: 90 })).status).toBe(200);
    await expectError(await patchAccount(tenant, body), 422, "VALIDATION_ERROR");
    expect((await account(tenant)).settings).toEqual({ retention_days: 90, trash_retention_days: 30 });
  });

  it("needs account:manage (403 FORBIDDEN), while any key of the account reads it", async () => {
    const tenant = await createTenant();
    await expectError(await patchAccount(tenant, { retention_days: 1 }), 403, "FORBIDDEN");
    const reader = await addKey(tenant.accountId, ["recordings:read"]);
    expect((await account(reader)).settings.retention_days).toBeNull();
  });
});
