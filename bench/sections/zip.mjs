// Section `zip`: bulk ZIP throughput against the floor (the same R2 objects concatenated raw by a
// minimal Worker), and workerd's memory for a small and a 10x larger archive, and under a stalled client.
import path from "node:path";
import { envNumber } from "../context.mjs";
import { mib } from "../memory.mjs";
import { measureThroughput, mediaObjectKey, peakMemory, seedRecordings, stalledClientGrowth } from "../zip-bench.mjs";

/** The brief's targets: at least 0.8 of the floor's throughput; peak memory under 64 MiB apart. */
const THROUGHPUT_TARGET = 0.8;
/** A ranged request for the archive's tail: at most 1.5x the time of the floor's raw read of as many bytes. */
const RANGE_TIME_TARGET = 1.5;
const RANGE_BYTES = 10 * 2 ** 20;
const MEMORY_TARGET_BYTES = 64 * 2 ** 20;

const mbps = (value) => `${value.toFixed(1)} MB/s`;
const cpu = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : "n/a");

export default {
  name: "zip",
  title: "Bulk ZIP downloads",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const config = {
      recordings: 10,
      largeBytes: envNumber("BENCH_ZIP_MIB", 20) * 2 ** 20,
      rounds: envNumber("BENCH_ZIP_ROUNDS", 6),
      memoryRepeats: envNumber("BENCH_ZIP_MEMORY_REPEATS", 2),
    };
    const smallBytes = config.largeBytes / 10;
    const persistTo = await ctx.newState("zip");
    const api = await ctx.start("zip-api", { persistTo });
    const floorConfig = path.join("bench", "floor", "wrangler.toml");
    const large = await ctx.tenant(api.url, "bench zip large", ["recordings:read", "recordings:write"]);
    const small = await ctx.tenant(api.url, "bench zip small", ["recordings:read", "recordings:write"]);
    ctx.log(`Seeding ${config.recordings} recordings of ${mib(config.largeBytes)} and ${config.recordings} of ${mib(smallBytes)} through the API…`);
    const largeIds = await seedRecordings(api.url, large, { count: config.recordings, bytes: config.largeBytes });
    const smallIds = await seedRecordings(api.url, small, { count: config.recordings, bytes: smallBytes });
    // The floor's ranged raw read (`/`) reads the archive's last object: the tail of the ZIP is mostly its end.
    const lastObject = await mediaObjectKey(api.url, large, largeIds.at(-1));
    const floor = await ctx.start("zip-floor", { config: floorConfig, persistTo, vars: { OBJECT_KEY: lastObject } });
    const zipOf = (tenant, ids) => ({
      url: `${api.url}/v1/recordings/download?recording_ids=${ids.join(",")}`,
      headers: { Authorization: `Bearer ${tenant.key}` },
    });
    const targets = {
      api: { ...zipOf(large, largeIds), group: api.group },
      floor: { url: `${floor.url}/concat?prefix=${encodeURIComponent(`accounts/${large.accountId}/`)}`, group: floor.group },
    };

    ctx.log(`Throughput: ${config.rounds} rounds per target, API and floor alternating…`);
    const speed = await measureThroughput(targets, { rounds: config.rounds, log: ctx.log });
    ctx.log(`Ranges: the last ${mib(RANGE_BYTES)} of the ZIP against the floor's raw ranged read of as many bytes, alternating…`);
    const rangeTargets = {
      api: { ...targets.api, headers: { ...targets.api.headers, Range: `bytes=-${RANGE_BYTES}` }, status: 206 },
      floor: { url: `${floor.url}/`, headers: { Range: `bytes=${config.largeBytes - RANGE_BYTES}-${config.largeBytes - 1}` }, status: 206, group: floor.group },
    };
    const ranged = await measureThroughput(rangeTargets, { rounds: 2 * config.rounds, log: ctx.log });
    ctx.log("Memory, on a fresh API process: the small archive, then the 10x larger one, then a stalled client…");
    await ctx.stop(api);
    const fresh = await ctx.start("zip-api-memory", { persistTo });
    const onFresh = (target) => ({ ...target, url: target.url.replace(api.url, fresh.url) });
    const smallMemory = await peakMemory(fresh.group, onFresh(zipOf(small, smallIds)), config.memoryRepeats);
    const largeMemory = await peakMemory(fresh.group, onFresh(targets.api), config.memoryRepeats);
    const stallGrowth = await stalledClientGrowth(fresh.group, onFresh(targets.api), { readBytes: 8 * 2 ** 20, stallMs: 3000 });
    const rangedMemory = await peakMemory(fresh.group, onFresh(rangeTargets.api), 4 * config.memoryRepeats);
    ctx.log("The same on a fresh floor process, for comparison…");
    await ctx.stop(floor);
    const floorFresh = await ctx.start("zip-floor-memory", { config: floorConfig, persistTo });
    const concatOf = (tenant) => ({ url: `${floorFresh.url}/concat?prefix=${encodeURIComponent(`accounts/${tenant.accountId}/`)}` });
    const floorSmall = await peakMemory(floorFresh.group, concatOf(small), config.memoryRepeats);
    const floorLarge = await peakMemory(floorFresh.group, concatOf(large), config.memoryRepeats);

    const ratio = speed.api.mbps / speed.floor.mbps;
    const rangeRatio = ranged.api.ms / ranged.floor.ms;
    const rangeMet = rangeRatio <= RANGE_TIME_TARGET;
    const apart = largeMemory.peakBytes - smallMemory.peakBytes;
    const speedMet = ratio >= THROUGHPUT_TARGET;
    const memoryMet = Math.abs(apart) < MEMORY_TARGET_BYTES;
    const rows = [
      [`ZIP of ${config.recordings} × ${mib(config.largeBytes)}, API throughput`, mbps(speed.api.mbps), "", ""],
      ["Same bytes concatenated raw from R2 (floor), throughput", mbps(speed.floor.mbps), "", ""],
      ["ZIP throughput / floor throughput", ratio.toFixed(2), `≥ ${THROUGHPUT_TARGET}`, speedMet],
      ["Server CPU per download, API / floor", `${cpu(speed.api.cpuMs)} / ${cpu(speed.floor.cpuMs)}`, "(info)", ""],
      [`workerd peak RSS, ZIP of ${mib(smallMemory.bytes)}`, mib(smallMemory.peakBytes), "", ""],
      [`workerd peak RSS, ZIP of ${mib(largeMemory.bytes)} (10x)`, mib(largeMemory.peakBytes), "", ""],
      ["Peak RSS, 10x archive − small archive", mib(apart), `< ${mib(MEMORY_TARGET_BYTES)}`, memoryMet],
      ["Floor, the same bytes raw: peak RSS, 10x − small", mib(floorLarge.peakBytes - floorSmall.peakBytes), "(info)", ""],
      ["RSS growth while a client stalls 3 s after 8 MiB of the large archive", mib(stallGrowth), "(info)", ""],
      [`Range: last ${mib(RANGE_BYTES)} of the ${mib(speed.api.bytes)} ZIP (206), API time`, `${ranged.api.ms.toFixed(1)} ms`, "", ""],
      [`Floor: raw ranged R2 read of ${mib(RANGE_BYTES)}, time`, `${ranged.floor.ms.toFixed(1)} ms`, "", ""],
      ["Ranged ZIP time / floor time", rangeRatio.toFixed(2), `≤ ${RANGE_TIME_TARGET}`, rangeMet],
      [`workerd peak RSS over ${4 * config.memoryRepeats} ranged requests, after the 10x archive`, mib(rangedMemory.peakBytes), `≤ ${mib(largeMemory.peakBytes + MEMORY_TARGET_BYTES)}`, rangedMemory.peakBytes <= largeMemory.peakBytes + MEMORY_TARGET_BYTES],
    ];
    const list = (values) => values.map(mbps).join(", ");
    const details = `Archives: ${mib(speed.api.bytes)} (API, manifest and ZIP headers included) and ${mib(speed.floor.bytes)} (floor).
One download at a time; ${config.rounds} rounds per target after one warm-up download each; medians over rounds.

- API rounds: ${list(speed.api.rounds)}
- ranged rounds (last ${mib(RANGE_BYTES)}), API: ${list(ranged.api.rounds)}; floor: ${list(ranged.floor.rounds)}
- floor rounds: ${list(speed.floor.rounds)}
- memory (workerd RSS of a fresh API process group, sampled every 25 ms): small archive idle ${mib(smallMemory.idleBytes)}, peak
  ${mib(smallMemory.peakBytes)}; large archive idle ${mib(largeMemory.idleBytes)}, peak ${mib(largeMemory.peakBytes)} (${config.memoryRepeats} downloads each)
- floor memory (a fresh floor process, the same objects concatenated raw): small idle ${mib(floorSmall.idleBytes)}, peak
  ${mib(floorSmall.peakBytes)}; large idle ${mib(floorLarge.idleBytes)}, peak ${mib(floorLarge.peakBytes)}

### Method

The API runs on fresh local storage. Two accounts are made through the admin API; one gets ${config.recordings} complete recordings of
${mib(config.largeBytes)} of random bytes each, the other ${config.recordings} of ${mib(smallBytes)}, all uploaded through the API. Throughput:
\`GET /v1/recordings/download?recording_ids=…\` of the large account's ${config.recordings} recordings (the whole ZIP: D1 reads, fflate,
the R2 reads, an exact Content-Length) against the floor, bench/floor/worker.ts on \`/concat?prefix=accounts/<account>/\`: one R2
list for the sizes, then the same ${config.recordings} objects read one after another and piped stream to stream into one response
with their total as Content-Length (no D1, no ZIP, no JavaScript per chunk), in a second \`wrangler dev\` on the same persist
directory. Each round downloads the whole body with undici on loopback and checks it is exactly Content-Length long; API and
floor alternate (A B B A …) so drift cancels. Server CPU per download is the CPU time (from /proc) of each \`wrangler dev\`'s
process group over the download. Memory: a fresh API process on the same storage (no upload or download has raised its
high-water mark), its workerd RSS sampled every 25 ms while the small account's ZIP (10x smaller) and then the large
account's are downloaded in full; since RSS hardly shrinks, the difference of the peaks shows what the larger archive
added. The same is measured on a fresh floor process serving the same bytes raw, which shows how much of that
difference is the runtime and the local R2 rather than the ZIP. The stalled client
reads the first 8 MiB of the large ZIP, then holds the connection without reading for 3 s: a Worker that read ahead would grow.
Ranges: \`Range: bytes=-${RANGE_BYTES}\` on the same GET (a 206 of the archive's tail: the last media entry's last bytes, read
from R2 with one ranged read, then the generated central directory and end record) against the floor's \`/\`, one ranged
R2 read of as many bytes of that last object sent as a 206 and nothing else, alternating; the ratio is of the median times.
Memory flat: the fresh API process's peak RSS over repeated ranged requests, after the 10x archive, must stay within the
memory target of that archive's peak.`;
    return { rows, allMet: speedMet && memoryMet && rangeMet && rangedMemory.peakBytes <= largeMemory.peakBytes + MEMORY_TARGET_BYTES, details };
  },
};
