// Section `reads`: 1 MiB range reads through the API against the floor (a Worker that only reads the
// same R2 object) and against the floor plus the API's one unavoidable D1 read.
import path from "node:path";
import { checkRangeTarget, measureRangeReads, rangeReadConfig, rangeTargets, seedRangeObject, TARGET_NAMES } from "../range-bench.mjs";

/** The brief's target: the API keeps ≥ 85% of the floor's throughput. */
const TARGET = 0.85;

const ms = (value) => `${value.toFixed(1)} ms`;
const ms3 = (s) => `${ms(s.p50)} / ${ms(s.p90)} / ${ms(s.p99)}`;
const cpu = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : "n/a");
const ratio = (value) => (Number.isFinite(value) ? value.toFixed(2) : "n/a");
const pct = (fraction) => `${(100 * fraction).toFixed(0)}%`;

export default {
  name: "reads",
  title: "Range reads",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const config = rangeReadConfig();
    const persistTo = await ctx.newState("reads");
    const api = await ctx.start("reads-api", { persistTo });
    const tenant = await ctx.tenant(api.url, "bench range reads", ["recordings:read", "recordings:write"]);
    const object = await seedRangeObject(api.url, tenant);
    const floorConfig = path.join("bench", "floor", "wrangler.toml");
    const floor = await ctx.start("reads-floor", { config: floorConfig, persistTo, vars: { OBJECT_KEY: object.objectKey } });

    const targets = rangeTargets(api.url, floor.url, tenant, object.recordingId);
    for (const [name, label] of Object.entries(TARGET_NAMES)) await checkRangeTarget(label, targets[name], object.bytes);
    ctx.log(`Range reads: all three answer 206 with the same 1 MiB; ${config.rounds} rounds × ${config.roundSeconds} s each, concurrency ${config.concurrency}…`);
    const range = await measureRangeReads(targets, {
      concurrency: config.concurrency,
      roundMs: config.roundSeconds * 1000,
      warmupMs: config.warmupSeconds * 1000,
      rounds: config.rounds,
      groups: { api: api.group, floor: floor.group, floorD1: floor.group },
      log: ctx.log,
    });

    const rangeRatio = range.api.rps / range.floor.rps;
    const allMet = rangeRatio >= TARGET;
    const rows = [
      ["1 MiB range read, API throughput", `${range.api.rps.toFixed(1)} req/s`, "", ""],
      ["1 MiB range read, floor throughput (R2 only)", `${range.floor.rps.toFixed(1)} req/s`, "", ""],
      ["1 MiB range read, floor + one D1 read throughput", `${range.floorD1.rps.toFixed(1)} req/s`, "", ""],
      ["1 MiB range read, API / floor throughput", rangeRatio.toFixed(2), `≥ ${TARGET}`, allMet],
      ["1 MiB range read, API / (floor + one D1 read) throughput", ratio(range.api.rps / range.floorD1.rps), "(info)", ""],
      ["1 MiB range read, API latency p50 / p90 / p99", ms3(range.api), "", ""],
      ["1 MiB range read, floor latency p50 / p90 / p99", ms3(range.floor), "", ""],
      ["1 MiB range read, floor + one D1 read latency p50 / p90 / p99", ms3(range.floorD1), "", ""],
      ["1 MiB range read, server CPU per request, API / floor", `${cpu(range.api.cpuMs)} / ${cpu(range.floor.cpuMs)}`, "", ""],
      ["1 MiB range read, server CPU per request, floor + one D1 read", cpu(range.floorD1.cpuMs), "", ""],
    ];
    const rounds = (name) => range[name].rounds.map((r) => `${r.rps.toFixed(1)} req/s (p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, CPU ${cpu(r.cpuMs)}/req)`).join("; ");
    const details = `${config.concurrency} concurrent keep-alive connections, ${config.rounds} rounds of ${config.roundSeconds} s per
target after ${config.warmupSeconds} s of warm-up each; medians over rounds. ${range.api.requests} API, ${range.floor.requests} floor and
${range.floorD1.requests} floor + one D1 read requests measured, ${range.api.errors + range.floor.errors + range.floorD1.errors} errors. The load generator used a
median ${pct(range.api.clientCpu)} (API rounds), ${pct(range.floor.clientCpu)} (floor rounds) and ${pct(range.floorD1.clientCpu)} (floor + one D1 read rounds) of one core.

- API rounds: ${rounds("api")}
- floor rounds: ${rounds("floor")}
- floor + one D1 read rounds: ${rounds("floorD1")}

### Method

The API is started on fresh local storage; an account and key are made through the admin API and 4 MiB of
random bytes are uploaded as a recording's audio through the API. The floor (bench/floor/worker.ts on \`/\`: only
\`MEDIA.get(key, { range })\` answered as 206) runs in a second \`wrangler dev\` on the same persist directory. The
API (\`GET /v1/recordings/{id}/media\`, \`Authorization: Bearer\`, \`Range: bytes=0-1048575\`), the floor and the
floor + one D1 read are first checked to answer 206 with exactly the first 1,048,576 bytes uploaded. A Node load
generator (bench/load.mjs, undici with keep-alive) then runs a fixed number of workers, each sending its next
request when the previous body has been read, for a fixed time. Rounds run in blocks of one round per target, each
block the mirror of the one before and every second block rotated by one target, so linear drift cancels; the
medians over rounds are reported. Latency is request start to last byte.

Floor + one D1 read: the floor Worker on \`/d1/{recordingId}\`, sent the API's bearer key and the same range. Before
the R2 read it hashes the key with SHA-256 and runs the API's own media lookup (\`findMediaForKey\` from
src/db/media.ts: the live key by its hash, the live recording of the key's account, its primary media item)
against the same local D1. The contract makes this one read unavoidable (a revoked key must stop working and a
deleted recording must 404 at once, so nothing can be cached), so API / (floor + one D1 read) shows how much of the
gap is the API's own work. Server CPU per request is the CPU time (from /proc) of each \`wrangler dev\`'s process
group over a round, divided by the round's requests.`;
    return { rows, allMet, details };
  },
};
