import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addDays, utcDay } from "../../src/account/usage-report";
import { Budget } from "../../src/jobs/budget";
import { closeUsageDays } from "../../src/jobs/usage-days";
import { UsageReportSchema } from "../../src/schemas/account";
import { account, expectExactUsage } from "../account-helpers";
import { bytesOf, createRecording, createTenant, deleteRecording, expectError, send, sessionEnv, uploaded, type Tenant } from "../helpers";

async function usage(tenant: Tenant, query = "") {
  const res = await send(`/v1/account/usage${query}`, tenant.auth);
  expect(res.status).toBe(200);
  return UsageReportSchema.parse(await res.json()).data;
}

/** Makes the account look created `days` ago, with today's activity on the day `back` days ago instead. */
async function backdate(accountId: string, days: number, back: number) {
  const created = new Date(Date.now() - days * 86_400_000).toISOString();
  await env.DB.prepare("UPDATE accounts SET created_at = ?2 WHERE id = ?1").bind(accountId, created).run();
  await env.DB.prepare("UPDATE usage_days SET day = ?2 WHERE account_id = ?1").bind(accountId, addDays(utcDay(new Date()), -back)).run();
}

describe("GET /v1/account", () => {
  it("shows exact usage, the trash counted, for any key of the account", async () => {
    const tenant = await createTenant();
    const a = await createRecording(tenant);
    const b = await createRecording(tenant);
    await uploaded(tenant, a.id, bytesOf(1000));
    await uploaded(tenant, b.id, bytesOf(234));
    expect((await deleteRecording(tenant, b.id)).status).toBe(204);
    const details = await account(tenant);
    expect(details).toMatchObject({
      id: tenant.accountId, name: "Tenant", legal_hold: null,
      settings: { retention_days: null, trash_retention_days: 30 },
      quota: { max_bytes_stored: null, max_recordings: null },
      usage: { recordings: 2, recordings_in_trash: 1, media_items: 2, bytes_stored: 1234 },
    });
    expect((await deleteRecording(tenant, b.id, "?permanent=true")).status).toBe(204);
    expect(await expectExactUsage(tenant)).toEqual({ recordings: 1, recordings_in_trash: 0, media_items: 1, bytes_stored: 1000 });
  });

  it("answers 401 without a key", async () => {
    await expectError(await send("/v1/account"), 401, "UNAUTHORIZED");
  });
});

describe("GET /v1/account/usage", () => {
  it("has today's row live: what was uploaded, created and purged, and the totals now", async () => {
    const tenant = await createTenant();
    const a = await createRecording(tenant);
    const b = await createRecording(tenant);
    await uploaded(tenant, a.id, bytesOf(700));
    expect((await deleteRecording(tenant, b.id, "?permanent=true")).status).toBe(204);
    expect(await usage(tenant)).toEqual([
      { date: utcDay(new Date()), bytes_stored: 700, recordings: 1, bytes_uploaded: 700, recordings_created: 2, recordings_purged: 1 },
    ]);
  });

  it("has the rows the scheduled job wrote for ended days, equal to what the flows since give", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(500));
    await backdate(tenant.accountId, 5, 3);
    const before = await usage(tenant, `?from=${addDays(utcDay(new Date()), -6)}`);
    expect(before.map((d) => [d.bytes_stored, d.recordings, d.bytes_uploaded])).toEqual([[0, 0, 0], [0, 0, 0], [500, 1, 500], [500, 1, 0], [500, 1, 0], [500, 1, 0]]);
    await closeUsageDays(sessionEnv(), new Date(), { budget: new Budget(3) });
    const { results } = await env.DB.prepare("SELECT day, bytes_stored FROM usage_days WHERE account_id = ?1 AND bytes_stored IS NOT NULL ORDER BY day")
      .bind(tenant.accountId)
      .all();
    expect(results.map((r) => r.bytes_stored)).toEqual([500, 500]); // yesterday and the day before
    expect(await usage(tenant, `?from=${addDays(utcDay(new Date()), -6)}`)).toEqual(before);
  });

  it.each([
    ["?from=2026-02-30", "from"], ["?to=yesterday", "to"], ["?from=2026-12-05&to=2026-12-01", "from"], ["?from=2020-01-01&to=2026-01-01", "from"],
  ])("refuses %s with 422 at %s", async (query, field) => {
    const tenant = await createTenant();
    const body = await expectError(await send(`/v1/account/usage${query}`, tenant.auth), 422, "VALIDATION_ERROR");
    expect(body.details?.[0]?.loc).toEqual(["query", field]);
  });
});
