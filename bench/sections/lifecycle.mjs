// Section `lifecycle`: the retention job purging 10,000 expired recordings with media (runs of the
// scheduled handler needed, recordings per second) against a floor that does only the R2 deletes;
// and a 100-id bulk delete against 100 single deletes, to the trash and permanently; then the account
// rows (bench/account-bench.mjs): the account retention job, and the usage counters' cost on writes.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { accountSection, cronUntilNone } from "../account-bench.mjs";
import { envNumber } from "../context.mjs";
import { median } from "../load.mjs";

const DAY = 24 * 60 * 60 * 1000;
const SEED_CHUNK = 500;
const ms = (value) => `${value.toFixed(1)} ms`;
const num = (value) => Math.round(value).toLocaleString("en-US");

async function call(url, init = {}, expectStatus = [200, 204]) {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!expectStatus.includes(res.status)) throw new Error(`${init.method ?? "GET"} ${url} → ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const post = (url, body, headers = {}) =>
  call(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

/** Writes recordings straight into D1 (and R2 with media) through the floor Worker: the data set only. */
async function seedRecordings(floorUrl, tenant, { count, deletedAt = null, media, createdAt }) {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (let at = 0; at < ids.length; at += SEED_CHUNK) {
    const chunk = ids.slice(at, at + SEED_CHUNK);
    await post(`${floorUrl}/lifecycle/seed`, { accountId: tenant.accountId, keyId: tenant.keyId, ids: chunk, deletedAt, media, createdAt });
  }
  return ids;
}

/** The floor: only R2 multi-key deletes of as many objects, 1,000 keys per call. */
async function floorDeletes(floorUrl, count) {
  const prefix = `accounts/${randomUUID()}/recordings/`;
  const keys = Array.from({ length: count }, () => `${prefix}${randomUUID()}/media/${randomUUID()}`);
  for (let at = 0; at < keys.length; at += SEED_CHUNK) await post(`${floorUrl}/lifecycle/put`, keys.slice(at, at + SEED_CHUNK));
  const t0 = performance.now();
  await post(`${floorUrl}/lifecycle/delete`, keys);
  return performance.now() - t0;
}

async function bulkVersusSingles(apiUrl, floorUrl, tenant, { permanent, flip }) {
  const [bulkIds, singleIds] = [
    await seedRecordings(floorUrl, tenant, { count: 100, media: permanent }),
    await seedRecordings(floorUrl, tenant, { count: 100, media: permanent }),
  ];
  const auth = { authorization: `Bearer ${tenant.key}` };
  const bulk = async () => {
    const t0 = performance.now();
    const res = await fetch(`${apiUrl}/v1/recordings/bulk-delete`, {
      method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ recording_ids: bulkIds, permanent }),
    });
    if (res.status !== 204) throw new Error(`bulk delete answered ${res.status}: ${await res.text()}`);
    return performance.now() - t0;
  };
  const singles = async () => {
    const t0 = performance.now();
    for (const id of singleIds) {
      const res = await fetch(`${apiUrl}/v1/recordings/${id}${permanent ? "?permanent=true" : ""}`, { method: "DELETE", headers: auth });
      if (res.status !== 204) throw new Error(`DELETE answered ${res.status}: ${await res.text()}`);
    }
    return performance.now() - t0;
  };
  if (flip) {
    const s = await singles();
    return { bulk: await bulk(), singles: s };
  }
  const b = await bulk();
  return { bulk: b, singles: await singles() };
}

export default {
  name: "lifecycle",
  title: "Retention purge and bulk delete",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const config = {
      recordings: envNumber("BENCH_PURGE_RECORDINGS", 10_000),
      purgeRounds: envNumber("BENCH_PURGE_ROUNDS", 2),
      bulkRounds: envNumber("BENCH_BULK_ROUNDS", 6),
    };
    const persistTo = await ctx.newState("lifecycle");
    const api = await ctx.start("lifecycle-api", { persistTo, testScheduled: true });
    const floorConfig = path.join("bench", "floor", "wrangler.toml");
    const floor = await ctx.start("lifecycle-floor", { config: floorConfig, persistTo, vars: { OBJECT_KEY: "unused" } });

    const purge = [];
    for (let round = 0; round < config.purgeRounds; round++) {
      const tenant = await ctx.tenant(api.url, `bench purge ${round}`);
      const deletedAt = new Date(Date.now() - 40 * DAY).toISOString();
      ctx.log(`Purge round ${round + 1}: seeding ${num(config.recordings)} recordings in the trash since 40 days, one 1 KiB object each…`);
      await seedRecordings(floor.url, tenant, { count: config.recordings, deletedAt, media: true });
      const measure = {
        api: async () => cronUntilNone(api.url, floor.url, tenant.accountId, "trashed"),
        floor: async () => floorDeletes(floor.url, config.recordings),
      };
      const order = round % 2 === 0 ? ["api", "floor"] : ["floor", "api"];
      const result = {};
      for (const name of order) result[name] = await measure[name]();
      const apiMs = result.api.reduce((a, b) => a + b, 0);
      ctx.log(`  API: ${result.api.length} runs, ${(apiMs / 1000).toFixed(1)} s; floor: ${(result.floor / 1000).toFixed(1)} s`);
      purge.push({ runs: result.api.length, apiMs, runMs: result.api, floorMs: result.floor });
    }

    const bulk = { trash: [], permanent: [] };
    const tenant = await ctx.tenant(api.url, "bench bulk delete");
    ctx.log(`Bulk delete: ${config.bulkRounds} rounds of 100 ids in one request vs 100 single DELETEs, to the trash and permanently…`);
    for (let round = 0; round < config.bulkRounds; round++) {
      for (const permanent of [false, true]) {
        bulk[permanent ? "permanent" : "trash"].push(await bulkVersusSingles(api.url, floor.url, tenant, { permanent, flip: round % 2 === 1 }));
      }
    }

    const runs = median(purge.map((p) => p.runs));
    const apiMs = median(purge.map((p) => p.apiMs));
    const floorMs = median(purge.map((p) => p.floorMs));
    // A full run purges a whole budget's worth; the last run of a round only finishes what is left.
    const perRun = median(purge.flatMap((p) => (p.runMs.length > 1 ? p.runMs.slice(0, -1) : p.runMs)));
    const b = (kind, which) => median(bulk[kind].map((r) => r[which]));
    const n = num(config.recordings);
    const rows = [
      [`retention job, ${n} expired recordings with media: runs of the scheduled handler`, String(runs), "", ""],
      [`retention job, ${n} recordings: total time of the runs`, `${(apiMs / 1000).toFixed(2)} s`, "", ""],
      ["retention job: recordings purged per second", num(config.recordings / (apiMs / 1000)), "", ""],
      ["retention job: one run (p50, the last, partial run of each round left out)", ms(perRun), "", ""],
      [`floor (R2 multi-key deletes only), ${n} objects`, `${(floorMs / 1000).toFixed(2)} s (${num(config.recordings / (floorMs / 1000))} objects/s)`, "", ""],
      ["retention job time / floor time", (apiMs / floorMs).toFixed(1), "(info)", ""],
      ["100-id bulk delete to the trash, one request (p50)", ms(b("trash", "bulk")), "", ""],
      ["100 single deletes to the trash, one after another (p50 of the total)", ms(b("trash", "singles")), "", ""],
      ["100 singles / one 100-id bulk, to the trash", (b("trash", "singles") / b("trash", "bulk")).toFixed(1), "(info)", ""],
      ["100-id permanent bulk delete with media (p50)", ms(b("permanent", "bulk")), "", ""],
      ["100 single permanent deletes with media (p50 of the total)", ms(b("permanent", "singles")), "", ""],
      ["100 singles / one 100-id bulk, permanent", (b("permanent", "singles") / b("permanent", "bulk")).toFixed(1), "(info)", ""],
    ];
    const list = (values) => values.map((v) => ms(v)).join(", ");
    const details = `Purge rounds (${config.purgeRounds}, API and floor alternating first):
${purge.map((p, i) => `- round ${i + 1}: ${p.runs} runs (${list(p.runMs)}), ${(p.apiMs / 1000).toFixed(2)} s in all; floor ${(p.floorMs / 1000).toFixed(2)} s`).join("\n")}

Bulk rounds (${config.bulkRounds}, bulk and singles alternating first): to the trash, bulk ${list(bulk.trash.map((r) => r.bulk))}; singles
${list(bulk.trash.map((r) => r.singles))}. Permanent, bulk ${list(bulk.permanent.map((r) => r.bulk))}; singles ${list(bulk.permanent.map((r) => r.singles))}.

### Method

The API runs in \`wrangler dev --test-scheduled\` on fresh local storage; the floor Worker (bench/floor/, with
bench/floor/lifecycle.ts) runs in a second \`wrangler dev\` on the same persist directory. Each purge round makes
a fresh account through the admin API, then the floor writes ${n} recordings straight into D1, in the trash since
40 days (past the default \`TRASH_RETENTION_DAYS\` of 30), each with one 1 KiB media object in R2 and its media
row, keyed as the API keys them. The retention job is then driven exactly as the Cron Trigger drives it:
\`GET /__scheduled\` runs the Worker's \`scheduled\` handler once (the retention purge, then the orphan sweep, each
within its subrequest budget: see src/jobs/index.ts), again until the account's trash is empty; only those
requests are timed. The floor stores as many objects under fresh keys and deletes them with R2 multi-key deletes
of 1,000 keys (one request to the floor Worker, timed): the R2 work a purge cannot avoid, without D1, batching or
the sweep. Bulk rounds seed 200 live recordings (with one object each for the permanent rounds), then time one
\`POST /v1/recordings/bulk-delete\` with 100 ids against 100 \`DELETE /v1/recordings/{id}\` sent one after another
on keep-alive connections; every answer is checked to be 204.`;
    const account = await accountSection(ctx, {
      api, floor, recordings: config.recordings, seed: (t, options) => seedRecordings(floor.url, t, options),
    });
    return { rows: [...rows, ...account.rows], allMet: account.allMet, details: `${details}\n\n${account.details}` };
  },
};
