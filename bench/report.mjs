// The benchmark's output: one markdown table (printed and written to bench/RESULTS.md with the
// machine, the versions and the method).
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../scripts/lib/wrangler.mjs";

/** Targets from the brief: the API keeps ≥ 85% of the floor's throughput; a deep page costs ≤ 1.3× the first. */
export const TARGETS = { rangeRatio: 0.85, listRatio: 1.3 };

const ms = (value) => `${value.toFixed(1)} ms`;
const ms3 = (s) => `${ms(s.p50)} / ${ms(s.p90)} / ${ms(s.p99)}`;
const cpu = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : "n/a");
const ratio = (value) => (Number.isFinite(value) ? value.toFixed(2) : "n/a");
const pct = (fraction) => `${(100 * fraction).toFixed(0)}%`;
const mark = (ok) => (ok ? "✓ met" : "✗ **MISSED**");

function packageVersion(name) {
  const file = path.join(projectRoot, "node_modules", name, "package.json");
  return JSON.parse(readFileSync(file, "utf8")).version;
}

/**
 * The results table rows: throughput, latency and CPU of the range reads (API, floor, floor + one D1
 * read), list latency, the two target ratios and two ratios for information.
 * @param {{ range: { api: any, floor: any, floorD1: any }, list: { first: any, deep: any }, depth: number }} results
 * @returns {{ rows: string[][], rangeRatio: number, listRatio: number, allMet: boolean }}
 */
export function resultRows({ range, list, depth }) {
  const rangeRatio = range.api.rps / range.floor.rps;
  const listRatio = list.deep.p50 / list.first.p50;
  const rangeOk = rangeRatio >= TARGETS.rangeRatio;
  const listOk = listRatio <= TARGETS.listRatio;
  const rows = [
    ["1 MiB range read, API throughput", `${range.api.rps.toFixed(1)} req/s`, "", ""],
    ["1 MiB range read, floor throughput (R2 only)", `${range.floor.rps.toFixed(1)} req/s`, "", ""],
    ["1 MiB range read, floor + one D1 read throughput", `${range.floorD1.rps.toFixed(1)} req/s`, "", ""],
    ["1 MiB range read, API / floor throughput", rangeRatio.toFixed(2), `≥ ${TARGETS.rangeRatio}`, mark(rangeOk)],
    ["1 MiB range read, API / (floor + one D1 read) throughput", ratio(range.api.rps / range.floorD1.rps), "(info)", ""],
    ["1 MiB range read, API latency p50 / p90 / p99", ms3(range.api), "", ""],
    ["1 MiB range read, floor latency p50 / p90 / p99", ms3(range.floor), "", ""],
    ["1 MiB range read, floor + one D1 read latency p50 / p90 / p99", ms3(range.floorD1), "", ""],
    ["1 MiB range read, server CPU per request, API / floor", `${cpu(range.api.cpuMs)} / ${cpu(range.floor.cpuMs)}`, "", ""],
    ["1 MiB range read, server CPU per request, floor + one D1 read", cpu(range.floorD1.cpuMs), "", ""],
    ["1 MiB range read, floor / API CPU per request", ratio(range.floor.cpuMs / range.api.cpuMs), "(info)", ""],
    ["list `limit=20`, first page p50 / p90 / p99", ms3(list.first), "", ""],
    [`list \`limit=20\`, page ${depth.toLocaleString("en-US")} p50 / p90 / p99`, ms3(list.deep), "", ""],
    [`list, page ${depth.toLocaleString("en-US")} / first page p50`, listRatio.toFixed(2), `≤ ${TARGETS.listRatio}`, mark(listOk)],
  ];
  return { rows, rangeRatio, listRatio, allMet: rangeOk && listOk };
}

/**
 * A markdown table with a header row.
 * @param {string[]} header
 * @param {string[][]} rows
 * @returns {string}
 */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * Writes bench/RESULTS.md: date, machine facts, versions, the table, per-round details, method.
 * @param {{ table: string, config: Record<string, number>, results: any, seedMs: number, startedAt: Date,
 *   load: { before: number, after: number } }} run load: the 1-minute load average at the start and the end
 * @returns {string} the file's path
 */
export function writeResults({ table, config, results, seedMs, startedAt, load }) {
  const cpus = os.cpus();
  const { range, list, walk } = results;
  const rounds = (name) => range[name].rounds.map((r) => `${r.rps.toFixed(1)} req/s (p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, CPU ${cpu(r.cpuMs)}/req)`).join("; ");
  const text = `# Benchmark results

Produced by \`npm run bench\` (bench/run.mjs) on ${startedAt.toISOString()}. Numbers from \`wrangler dev\`
(local workerd with miniflare's D1 and R2 simulators) on one small machine: they compare the API with its
floor and pages with pages on the same machine, not with production Cloudflare.

## Machine

- CPU: ${cpus[0]?.model ?? "unknown"}, ${os.availableParallelism()} cores; ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM
- OS: ${os.type()} ${os.release()} (${os.arch()})
- Node ${process.version}, wrangler ${packageVersion("wrangler")}, workerd ${packageVersion("workerd")}
- 1-minute load average ${load.before.toFixed(2)} at the start, ${load.after.toFixed(2)} at the end (a load above the core
  count means other processes competed for the CPU and the numbers are noisier than usual)

## Results

${table}

Range reads: ${config.concurrency} concurrent keep-alive connections, ${config.rounds} rounds of ${config.roundSeconds} s per
target after ${config.warmupSeconds} s of warm-up each; medians over rounds. ${range.api.requests} API, ${range.floor.requests} floor and
${range.floorD1.requests} floor + one D1 read requests measured, ${range.api.errors + range.floor.errors + range.floorD1.errors} errors. The load generator used a
median ${pct(range.api.clientCpu)} (API rounds), ${pct(range.floor.clientCpu)} (floor rounds) and ${pct(range.floorD1.clientCpu)} (floor + one D1 read rounds) of one core.

- API rounds: ${rounds("api")}
- floor rounds: ${rounds("floor")}
- floor + one D1 read rounds: ${rounds("floorD1")}

List: ${config.recordings.toLocaleString("en-US")} recordings in the account (bulk-inserted in ${(seedMs / 1000).toFixed(1)} s);
${list.first.n} first-page and ${list.deep.n} deep-page requests measured. Walking to page ${config.depth.toLocaleString("en-US")}
took ${(walk.walkMs / 1000).toFixed(1)} s; median latency of the walk's first 100 pages ${ms(walk.walkP50.early)}, of its
last 100 pages ${ms(walk.walkP50.late)}.

## Method

One run starts \`wrangler dev\` for the API on a fresh \`--persist-to\` directory under bench/.state/, creates two
accounts with keys through the admin API and uploads 4 MiB of random bytes as a recording's audio through the API.
It then stops the API and bulk-inserts ${config.recordings.toLocaleString("en-US")} recordings for the second account straight into the
local D1 with \`wrangler d1 execute --local --file\` (multi-row INSERTs; distinct created_at values minutes apart over
about a year, mixed sources and statuses, call and room ids, 1% in the trash). Bulk insert is a shortcut for the data
set only: every measured request goes through the API.

Range reads: the API (\`GET /v1/recordings/{id}/media\`, \`Authorization: Bearer\`, \`Range: bytes=0-1048575\`),
the floor (bench/floor/worker.ts on \`/\`: only \`MEDIA.get(key, { range })\` answered as 206, run by a second
\`wrangler dev\` on the same persist directory and bucket) and the floor + one D1 read (below) are first checked to
answer 206 with exactly the first 1,048,576 bytes uploaded. A Node load generator (bench/load.mjs, undici with
keep-alive) then runs a fixed number of workers, each sending its next request when the previous body has been read,
for a fixed time. Rounds run in blocks of one round per target, each block the mirror of the one before and every
second block rotated by one target (API, floor, D1 | D1, floor, API | floor, D1, API | API, D1, floor | …), so linear
drift cancels over an even number of rounds and over six each target runs twice in each place of a block; the
medians over rounds are reported. Latency is request start to last byte.

Floor + one D1 read: the same floor Worker on \`/d1/{recordingId}\`, sent the API's bearer key and the same range.
Before the R2 read it hashes the key with \`crypto.subtle\` SHA-256 and runs the API's own media lookup
(\`findMediaForKey\` imported from src/db/media.ts, so the very same joined query: the live key by its hash, the live
recording of the key's account, its primary media item) against the API's local D1 (bench/floor/wrangler.toml binds
\`DB\` to the same database_id, and the persist directory is shared), and answers 404 unless that finds the media
item. It runs in the floor's \`wrangler dev\`, so its CPU per request is that process group's, like the floor's. The
contract makes this one D1 read unavoidable (a revoked key must stop working and a deleted recording must 404 at
once, so nothing can be cached), so this target does the contract's unavoidable work and nothing else. API / (floor +
one D1 read) therefore shows how much of the API's gap to the floor is its own work (routing, validation,
authorization, headers) rather than the D1 read, and (floor + one D1 read) / floor is roughly the best API / floor
ratio any implementation of the contract could reach on this setup. API / (floor + one D1 read) is information only;
the API / floor target and its verdict are unchanged.

Server CPU per request is the CPU time (from /proc) of each \`wrangler dev\`'s process group (wrangler's node
and its workerd processes) over a round, divided by the round's requests. It hardly depends on what else runs on
the machine, unlike throughput; when the server is CPU-bound, floor/API CPU per request is the throughput ratio it
allows.

List: the deep page is reached by following \`links.next\` from \`GET /v1/recordings?limit=20\` and checked to hold 20
recordings, none of them on the first page and all older. The first and the deep page are then requested one at a
time, alternating, ${config.listWarmup} pairs of warm-up then ${config.listRequests} measured pairs.

The load generator shares the machine's cores with workerd, so absolute numbers understate what the Worker alone
could do; the ratios compare like with like.
`;
  const file = path.join(projectRoot, "bench", "RESULTS.md");
  writeFileSync(file, text);
  return file;
}
