// The account's part of the `lifecycle` section: the account retention job over 10,000 expired
// recordings (runs of the scheduled handler, time), and what the usage counters and quota checks
// add to an upload and a create, measured against the code before them (a build of the commit before
// migration 0006, or BENCH_BASELINE_REF) running beside the API in the same run.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";
import { applyLocalMigrations, projectRoot } from "../scripts/lib/wrangler.mjs";
import { median } from "./load.mjs";

const agent = new Agent({ keepAliveTimeout: 30_000, connections: 16, headersTimeout: 10_000, bodyTimeout: 10_000 });

/** The commit the baseline is built from: BENCH_BASELINE_REF, else the parent of the commit that added migration 0006. */
export function baselineRef() {
  if (process.env.BENCH_BASELINE_REF) return process.env.BENCH_BASELINE_REF;
  const git = (...args) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf8" }).trim();
  const added = git("log", "--diff-filter=A", "--format=%H", "--", "migrations/0006_create_account_usage.sql").split("\n").pop();
  if (!added) throw new Error("No commit adds migrations/0006_create_account_usage.sql: set BENCH_BASELINE_REF");
  return git("rev-parse", "--short", `${added}^`);
}

/**
 * Starts the baseline API: the tree of `ref` exported under the run directory (its node_modules are
 * the project's, found by walking up), on its own state with its own migrations.
 */
export async function startBaseline(ctx, ref) {
  const dir = path.join(ctx.runDir, "baseline");
  mkdirSync(dir, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${ref} | tar -x -C "${dir}"`], { cwd: projectRoot });
  const config = path.relative(projectRoot, path.join(dir, "wrangler.toml"));
  const persistTo = path.join(dir, ".state");
  await applyLocalMigrations({ persistTo, config });
  return ctx.start("lifecycle-baseline", { config, persistTo, vars: ctx.apiVars });
}

/** Sends one request (its body read and dropped); its status. */
async function send(url, init) {
  const response = await request(url, { ...init, dispatcher: agent });
  for await (const _ of response.body);
  return response.statusCode;
}

/** Requests made by `concurrency` workers for `durationMs`; throughput of those answered `status`. */
async function throughput(makeRequest, { concurrency, durationMs, status }) {
  let ok = 0;
  let errors = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (performance.now() - t0 < durationMs) {
      const { url, init } = makeRequest();
      if ((await send(url, init)) === status) ok += 1;
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (errors > 0) throw new Error(`${errors} requests did not answer ${status}`);
  return ok / ((performance.now() - t0) / 1000);
}

/** Creates (empty JSON body) and 16 KiB uploads per second, on an API at `url` for `tenant`. */
async function measureWrites(url, tenant, recordingId, options) {
  const auth = { authorization: `Bearer ${tenant.key}` };
  const body = Buffer.alloc(16 * 1024, 7);
  const create = () => ({ url: `${url}/v1/recordings`, init: { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{}" } });
  const upload = () => ({
    url: `${url}/v1/recordings/${recordingId}/media`,
    init: { method: "POST", headers: { ...auth, "content-type": "audio/wav", "content-length": String(body.length) }, body },
  });
  return { create: await throughput(create, { ...options, status: 201 }), upload: await throughput(upload, { ...options, status: 201 }) };
}

/** Interleaved rounds of writes on the API and on the baseline; per-round rates and their medians. */
export async function countersOverhead(ctx, apiUrl, baselineUrl, { rounds, durationMs, concurrency }) {
  const targets = {};
  for (const [name, url] of [["api", apiUrl], ["baseline", baselineUrl]]) {
    const tenant = await ctx.tenant(url, `bench writes ${name}`, ["recordings:read", "recordings:write", "recordings:delete"]);
    const res = await fetch(`${url}/v1/recordings`, { method: "POST", headers: { authorization: `Bearer ${tenant.key}` } });
    const { id } = await res.json();
    targets[name] = { url, tenant, id };
  }
  const results = { api: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ["api", "baseline"] : ["baseline", "api"];
    for (const name of order) {
      const { url, tenant, id } = targets[name];
      results[name].push(await measureWrites(url, tenant, id, { durationMs, concurrency }));
    }
  }
  const med = (name, what) => median(results[name].map((r) => r[what]));
  return { results, create: { api: med("api", "create"), baseline: med("baseline", "create") }, upload: { api: med("api", "upload"), baseline: med("baseline", "upload") } };
}

/**
 * Runs the API's scheduled handler (`/__scheduled`) until none of the account's recordings is `which`
 * ("trashed": the purge is done; "live": the retention is done); times the runs only.
 */
export async function cronUntilNone(apiUrl, floorUrl, accountId, which) {
  const runs = [];
  for (;;) {
    const t0 = performance.now();
    const res = await fetch(`${apiUrl}/__scheduled?cron=*/15+*+*+*+*`);
    await res.text();
    if (res.status !== 200) throw new Error(`/__scheduled answered ${res.status}`);
    runs.push(performance.now() - t0);
    const counts = await (await fetch(`${floorUrl}/lifecycle/count?account=${accountId}`)).json();
    if (counts[which] === 0) return runs;
    if (runs.length > 200) throw new Error(`${counts[which]} recordings are still ${which} after 200 runs`);
  }
}

/** Closes the connection pool. */
export async function closeAccountBench() {
  await agent.close();
}

const DAY = 24 * 60 * 60 * 1000;
const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * The account rows of the `lifecycle` section: the account retention job over `recordings` expired
 * recordings, and creates and uploads per second against the baseline. `seed(tenant, options)` writes
 * recordings straight into D1 through the floor Worker.
 */
export async function accountSection(ctx, { api, floor, seed, recordings }) {
  const rounds = Number(process.env.BENCH_WRITE_ROUNDS ?? 6);
  const durationMs = Number(process.env.BENCH_WRITE_MS ?? 3000);
  const tenant = await ctx.tenant(api.url, "bench retention", ["recordings:read", "account:manage"]);
  ctx.log(`Account retention: seeding ${recordings.toLocaleString("en-US")} live recordings created 400 days ago…`);
  await seed(tenant, { count: recordings, media: false, createdAt: new Date(Date.now() - 400 * DAY).toISOString() });
  const patched = await fetch(`${api.url}/v1/account`, {
    method: "PATCH", headers: { authorization: `Bearer ${tenant.key}`, "content-type": "application/json" }, body: '{"retention_days":365}',
  });
  const { affected_recordings: affected } = await patched.json();
  if (affected !== recordings) throw new Error(`PATCH /v1/account answered affected_recordings ${affected}, not ${recordings}`);
  const runs = await cronUntilNone(api.url, floor.url, tenant.accountId, "live");
  const total = runs.reduce((a, b) => a + b, 0);
  ctx.log(`  ${runs.length} runs, ${(total / 1000).toFixed(1)} s`);

  const ref = baselineRef();
  ctx.log(`Writes: creates and 16 KiB uploads, ${rounds} interleaved rounds of ${durationMs} ms against ${ref} (before the usage counters)…`);
  const baseline = await startBaseline(ctx, ref);
  const writes = await countersOverhead(ctx, api.url, baseline.url, { rounds, durationMs, concurrency: 4 });
  await closeAccountBench();
  const ratio = (what) => writes[what].api / writes[what].baseline;
  const met = (what) => ratio(what) >= 0.95;
  const n = recordings.toLocaleString("en-US");
  const rows = [
    [`account retention job, ${n} expired recordings: runs of the scheduled handler`, String(runs.length), "", ""],
    [`account retention job, ${n} recordings: total time of the runs`, `${(total / 1000).toFixed(2)} s`, "", ""],
    ["account retention job: recordings moved to the trash per second", Math.round(recordings / (total / 1000)).toLocaleString("en-US"), "", ""],
    [`creates per second, API / before the usage counters (${ref})`, `${writes.create.api.toFixed(0)} / ${writes.create.baseline.toFixed(0)} = ${ratio("create").toFixed(2)}`, "≥ 0.95", met("create")],
    [`16 KiB uploads per second, API / before the usage counters (${ref})`, `${writes.upload.api.toFixed(0)} / ${writes.upload.baseline.toFixed(0)} = ${ratio("upload").toFixed(2)}`, "≥ 0.95", met("upload")],
  ];
  const perRound = (name) => writes.results[name].map((r) => `${r.create.toFixed(0)}/${r.upload.toFixed(0)}`).join(", ");
  const details = `Account retention: ${runs.length} runs (${runs.map(ms).join(", ")}).

Writes (creates/uploads per second per round, 4 connections, ${durationMs} ms each, API and baseline alternating first):
API ${perRound("api")}; baseline ${perRound("baseline")}.

### Method (account rows)

The account retention rows seed ${n} live recordings created 400 days ago straight into D1 (floor Worker),
set \`retention_days: 365\` with \`PATCH /v1/account\` (which must answer \`affected_recordings: ${n}\`), then run
\`GET /__scheduled\` until none is live, timing those requests. The write rows run the API and a build of ${ref}
(the commit before migration 0006: no usage counters, quotas or holds; \`git archive\` into the run directory, its
own migrations and state) side by side, and send \`POST /v1/recordings\` and 16 KiB \`POST …/media\` from 4 keep-alive
connections for ${durationMs} ms per round to each, in alternating order; the medians of the rounds are compared.`;
  return { rows, allMet: met("create") && met("upload"), details };
}
