// `npm run bench`: range reads through the API against an R2-only floor and against that floor plus
// one D1 read, and list latency at 100,000 recordings (first page against a page thousands deep),
// all against `wrangler dev` on 127.0.0.1. Prints a markdown table and writes it, with the method,
// to bench/RESULTS.md.
// Exits 0 when a target is missed (the table says so); non-zero only when the benchmark cannot run.
// Knobs (environment): BENCH_CONCURRENCY, BENCH_ROUND_SECONDS, BENCH_ROUNDS, BENCH_RECORDINGS,
// BENCH_DEPTH, BENCH_LIST_REQUESTS; BENCH_KEEP=1 keeps bench/.state/run-*/ (state and wrangler logs).
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createAccount, createKey } from "../scripts/lib/seed.mjs";
import { applyLocalMigrations, projectRoot, startWranglerDev } from "../scripts/lib/wrangler.mjs";
import { executeD1File, recordingRows, writeInsertFiles } from "./d1-seed.mjs";
import { measureListLatency, walkToDeepPage } from "./list-bench.mjs";
import { closeLoad } from "./load.mjs";
import { checkRangeTarget, measureRangeReads, rangeTargets, seedRangeObject, TARGET_NAMES } from "./range-bench.mjs";
import { wranglerProcessGroup } from "./server-cpu.mjs";
import { markdownTable, resultRows, writeResults } from "./report.mjs";

const number = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const config = {
  concurrency: number("BENCH_CONCURRENCY", 4),
  roundSeconds: number("BENCH_ROUND_SECONDS", 4),
  warmupSeconds: 3,
  // six rounds per target: three targets, each twice in each position of a block (see roundOrder)
  rounds: number("BENCH_ROUNDS", 6),
  recordings: number("BENCH_RECORDINGS", 100_000),
  depth: number("BENCH_DEPTH", 4_000),
  listRequests: number("BENCH_LIST_REQUESTS", 200),
  listWarmup: 20,
};

const stateDir = path.join(projectRoot, "bench", ".state");
/** @type {Set<{ stop: () => Promise<void> }>} every wrangler dev still running */
const running = new Set();
const log = (line) => console.log(line);
const elapsed = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** Starts a wrangler dev that `stopAll` will stop. */
async function start(name, options, runDir) {
  const t0 = performance.now();
  const dev = await startWranglerDev({ ...options, logFile: path.join(runDir, `${name}.log`) });
  running.add(dev);
  log(`  ${name} on ${dev.url} (${elapsed(t0)})`);
  return dev;
}

async function stop(dev) {
  running.delete(dev);
  await dev.stop();
}

async function stopAll() {
  await Promise.allSettled([...running].map(stop));
}

/** Accounts, keys and the 4 MiB object through the API; then the bulk recordings straight into D1. */
async function seed(runDir, persistTo, adminToken) {
  log("Seeding through the API…");
  const dev = await start("api-seed", { persistTo, vars: { ADMIN_TOKEN: adminToken } }, runDir);
  const tenant = async (name) => {
    const account = await createAccount(dev.url, adminToken, name);
    const key = await createKey(dev.url, adminToken, account.id, { name: "bench", scopes: ["recordings:read", "recordings:write"] });
    return { accountId: account.id, key: key.key, keyId: key.id };
  };
  const media = await tenant("bench range reads");
  const lister = await tenant("bench list");
  const object = await seedRangeObject(dev.url, media);
  await stop(dev);

  log(`Bulk-inserting ${config.recordings.toLocaleString("en-US")} recordings into the local D1…`);
  const t0 = performance.now();
  const rows = recordingRows({ accountId: lister.accountId, count: config.recordings, trashedBy: lister.keyId });
  for (const file of writeInsertFiles(rows, { dir: runDir })) {
    await executeD1File({ file, persistTo });
    rmSync(file);
  }
  const seedMs = performance.now() - t0;
  log(`  done in ${elapsed(t0)}`);
  return { media, lister, object, seedMs };
}

async function main() {
  const startedAt = new Date();
  const loadBefore = os.loadavg()[0];
  mkdirSync(stateDir, { recursive: true });
  const runDir = mkdtempSync(path.join(stateDir, "run-"));
  const persistTo = path.join(runDir, "state");
  const adminToken = randomBytes(24).toString("hex");
  log(`Benchmark state and wrangler logs: ${path.relative(projectRoot, runDir)}`);
  let ok = false;
  try {
    await applyLocalMigrations({ persistTo });
    const { media, lister, object, seedMs } = await seed(runDir, persistTo, adminToken);

    log("Starting the API and the floor on the same persisted D1 and R2…");
    const api = await start("api", { persistTo, vars: { ADMIN_TOKEN: adminToken } }, runDir);
    const floorConfig = path.join("bench", "floor", "wrangler.toml");
    const floor = await start("floor", { config: floorConfig, persistTo, vars: { OBJECT_KEY: object.objectKey } }, runDir);

    const targets = rangeTargets(api.url, floor.url, media, object.recordingId);
    for (const [name, label] of Object.entries(TARGET_NAMES)) await checkRangeTarget(label, targets[name], object.bytes);
    log(`Range reads: all three answer 206 with the same 1 MiB; ${config.rounds} rounds × ${config.roundSeconds} s each, concurrency ${config.concurrency}…`);
    const floorGroup = wranglerProcessGroup(floor.port);
    const range = await measureRangeReads(targets, {
      concurrency: config.concurrency,
      roundMs: config.roundSeconds * 1000,
      warmupMs: config.warmupSeconds * 1000,
      rounds: config.rounds,
      groups: { api: wranglerProcessGroup(api.port), floor: floorGroup, floorD1: floorGroup },
      log,
    });
    await stop(floor);

    log(`List: following links.next to page ${config.depth.toLocaleString("en-US")}…`);
    const walk = await walkToDeepPage({ apiUrl: api.url, key: lister.key, depth: config.depth });
    log(`  reached in ${(walk.walkMs / 1000).toFixed(1)} s; ${config.listRequests} requests each, first and deep page alternating…`);
    const list = await measureListLatency({ ...walk, count: config.listRequests, warmup: config.listWarmup });
    await stop(api);

    const { rows, allMet } = resultRows({ range, list, depth: config.depth });
    const table = markdownTable(["measurement", "value", "target", "ok"], rows);
    const load = { before: loadBefore, after: os.loadavg()[0] };
    const file = writeResults({ table, config, results: { range, list, walk }, seedMs, startedAt, load });
    log(`\n${table}\n`);
    log(allMet ? "All targets met." : "TARGET MISSED: see the ✗ rows above.");
    log(`Written to ${path.relative(projectRoot, file)}`);
    ok = true;
  } finally {
    await stopAll();
    await closeLoad();
    if (ok && !process.env.BENCH_KEEP) rmSync(runDir, { recursive: true, force: true });
    else log(`Kept ${path.relative(projectRoot, runDir)} (state and wrangler logs).`);
  }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    log(`\n${signal}: stopping wrangler…`);
    stopAll().finally(() => process.exit(130));
  });
}

main().catch((error) => {
  console.error(`\nThe benchmark could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});
