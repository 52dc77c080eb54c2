// Section `ingest`: single-request uploads (POST /v1/recordings/{id}/media: stored, SHA-256, CRC-32,
// length-checked) against the floor's bare `MEDIA.put(key, request.body)`, 64 MiB and 256 MiB
// alternated in one run, and workerd's memory while 256 MiB go through the API.
import { createHash, randomBytes } from "node:crypto";
import { request } from "node:http";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createRecording } from "../../scripts/lib/seed.mjs";
import { envNumber } from "../context.mjs";
import { median } from "../load.mjs";
import { mib, sampleMemory, workerdRssBytes } from "../memory.mjs";
import { groupCpuSeconds } from "../server-cpu.mjs";

/** The targets: ≥ 0.9 of the bare put's throughput; memory within 64 MiB of idle. */
const TARGET = 0.9;
const MEMORY_TARGET_BYTES = 64 * 2 ** 20;

/**
 * POSTs `body` with a Content-Length and reads the answer; resolves with the status, the JSON answer
 * and the seconds from the first byte sent to the last byte received.
 */
function post(url, headers, body) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(url, { method: "POST", headers: { ...headers, "Content-Length": String(body.byteLength) } }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        const seconds = (performance.now() - t0) / 1000;
        const text = Buffer.concat(chunks).toString("utf8");
        try {
          resolve({ status: res.statusCode, json: JSON.parse(text), seconds });
        } catch {
          reject(new Error(`${url} answered ${res.statusCode} with ${text.slice(0, 200)}`));
        }
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The two ways in: each uploads `body` once (timed) and removes what it stored (not timed). */
function targets(api, floor, tenant) {
  const auth = { Authorization: `Bearer ${tenant.key}` };
  return {
    async api(body, sha256) {
      const recording = await createRecording(api.url, tenant.key, { source: "pstn" });
      const answer = await post(`${api.url}/v1/recordings/${recording.id}/media`, { ...auth, "Content-Type": "audio/wav" }, body);
      if (answer.status !== 201 || answer.json.sha256 !== sha256 || answer.json.byte_size !== body.byteLength) {
        throw new Error(`The API did not store the upload: ${answer.status} ${JSON.stringify(answer.json)}`);
      }
      await fetch(`${api.url}/v1/recordings/${recording.id}?permanent=true`, { method: "DELETE", headers: auth });
      return answer.seconds;
    },
    async floor(body) {
      const answer = await post(`${floor.url}/put`, { "Content-Type": "audio/wav" }, body);
      if (answer.status !== 201) throw new Error(`The floor did not store the upload: ${answer.status}`);
      await fetch(`${floor.url}/put?key=${encodeURIComponent(answer.json.key)}`, { method: "DELETE" });
      return answer.seconds;
    },
  };
}

/** API, floor, floor, API, …: each target twice in each position of a pair of rounds, so drift cancels. */
const order = (rounds) => Array.from({ length: 2 * rounds }, (_, i) => (i % 4 === 0 || i % 4 === 3 ? "api" : "floor"));

/**
 * Alternated uploads of `bytes` (random) through both targets, with each upload's workerd memory: its
 * peak, and its growth over the resident size just before it (the upload's own cost; what the
 * allocator keeps between uploads shows as `drift` from the size before the first round).
 */
async function measureSize(ctx, run, groups, bytes, rounds) {
  const body = randomBytes(bytes);
  const sha256 = createHash("sha256").update(body).digest("hex");
  const blank = () => ({ seconds: [], cpu: [], growth: 0, peak: 0 });
  const result = { api: blank(), floor: blank() };
  const before = { api: workerdRssBytes(groups.api), floor: workerdRssBytes(groups.floor) };
  for (const target of order(rounds)) {
    const memory = sampleMemory(groups[target]);
    const cpu0 = groupCpuSeconds(groups[target]);
    let sampled = { peakBytes: 0, growthBytes: 0 };
    // Stopped also when the upload fails: the sampler's timer would keep Node alive.
    const seconds = await run[target](body, sha256).finally(() => (sampled = memory.stop()));
    const r = result[target];
    r.seconds.push(seconds);
    r.cpu.push(groupCpuSeconds(groups[target]) - cpu0);
    r.growth = Math.max(r.growth, sampled.growthBytes);
    r.peak = Math.max(r.peak, sampled.peakBytes);
    ctx.log(`  ${mib(bytes)} ${target}: ${seconds.toFixed(2)} s (${(bytes / 2 ** 20 / seconds).toFixed(1)} MiB/s), workerd +${mib(sampled.growthBytes)} to ${mib(sampled.peakBytes)}`);
  }
  for (const target of ["api", "floor"]) result[target].drift = result[target].peak - before[target];
  return result;
}

const secs = (values) => `${median(values).toFixed(2)} s`;
const rate = (bytes, values) => `${(bytes / 2 ** 20 / median(values)).toFixed(1)} MiB/s`;
const list = (values) => values.map((v) => v.toFixed(2)).join(", ");

export default {
  name: "ingest",
  title: "Single-request uploads",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const sizes = [
      { bytes: 64 * 2 ** 20, rounds: envNumber("BENCH_INGEST_ROUNDS_64", 6) },
      { bytes: 256 * 2 ** 20, rounds: envNumber("BENCH_INGEST_ROUNDS_256", 4) },
    ];
    const persistTo = await ctx.newState("ingest");
    const api = await ctx.start("ingest-api", { persistTo });
    const floor = await ctx.start("ingest-floor", { config: path.join("bench", "floor", "wrangler.toml"), persistTo });
    const tenant = await ctx.tenant(api.url, "bench ingest", ["recordings:read", "recordings:write", "recordings:delete"]);
    const run = targets(api, floor, tenant);
    const groups = { api: api.group, floor: floor.group };
    // Warm-up: both code paths once, so idle memory is the memory of a Worker that has run.
    const warm = randomBytes(1 << 20);
    await run.api(warm, createHash("sha256").update(warm).digest("hex"));
    await run.floor(warm);

    const rows = [];
    const details = [];
    let allMet = true;
    for (const { bytes, rounds } of sizes) {
      ctx.log(`Uploads of ${mib(bytes)}: ${rounds} rounds each, API and floor alternated…`);
      const { api: a, floor: f } = await measureSize(ctx, run, groups, bytes, rounds);
      const ratio = median(f.seconds) / median(a.seconds);
      allMet &&= ratio >= TARGET;
      const size = `${bytes / 2 ** 20} MiB upload`;
      rows.push(
        [`${size}, API (stored + SHA-256 + CRC-32 + length check)`, `${secs(a.seconds)} (${rate(bytes, a.seconds)})`, "", ""],
        [`${size}, floor (bare R2 put)`, `${secs(f.seconds)} (${rate(bytes, f.seconds)})`, "", ""],
        [`${size}, API / floor throughput`, ratio.toFixed(2), `≥ ${TARGET}`, ratio >= TARGET],
        [`${size}, server CPU per upload, API / floor`, `${secs(a.cpu)} / ${secs(f.cpu)} (floor / API ${(median(f.cpu) / median(a.cpu)).toFixed(2)})`, "(info)", ""],
      );
      details.push(`- ${size}: API ${list(a.seconds)} s; floor ${list(f.seconds)} s (in the order run, alternated)`);
      if (bytes === sizes.at(-1).bytes) {
        const memoryMet = a.growth <= MEMORY_TARGET_BYTES;
        allMet &&= memoryMet;
        rows.push(
          [`${size}, API workerd memory growth during the upload (peak ${mib(a.peak)})`, `+${mib(a.growth)}`, `≤ +${mib(MEMORY_TARGET_BYTES)}`, memoryMet],
          [`${size}, floor workerd memory growth during the upload (peak ${mib(f.peak)})`, `+${mib(f.growth)}`, "(info)", ""],
          [`${size}, workerd memory drift over the ${rounds} rounds, API / floor`, `+${mib(a.drift)} / +${mib(f.drift)}`, "(info)", ""],
        );
      }
    }
    return { rows, allMet, details: `${details.join("\n")}\n\n${METHOD}` };
  },
};

const METHOD = `### Method

The API and the floor (bench/floor/worker.ts on \`POST /put\`: only \`MEDIA.put(key, request.body)\`, no hashing,
no length check, no D1) run in two \`wrangler dev\` processes on the same fresh local storage. Each size's bytes are
random, made once. A round is one upload from Node (\`node:http\`, \`Content-Length\` set, the whole body written at
once), timed from the request's start to the last byte of the answer; the API's answer must be 201 with the
body's SHA-256 and size. Before each API round a recording is created, and after each round what was stored is
deleted again (neither timed). Rounds alternate API, floor, floor, API, … so drift on the shared machine cancels;
medians are reported, and API / floor throughput is the floor's median time over the API's. Memory is the
resident size of the \`wrangler dev\`'s workerd processes (which also hold the local R2), sampled every 25 ms
during each upload: an upload's growth is its peak over the size just before it (after one 1 MiB warm-up upload
through each Worker, so code and pools are loaded), the row shows the largest; drift is the highest peak over the
size before the first round of that size (what the allocator keeps between uploads). Server CPU is the CPU time
(from /proc) of each process group during the upload, which depends far less than time on what else the machine
runs.`;
