// Measurement 1: a 1 MiB range read through the API against the floor, a Worker that does only
// the R2 read of the same object with the same range, and against the floor plus the API's one D1
// read (the same floor Worker on its `/d1/{recordingId}` path).
import { randomBytes } from "node:crypto";
import { createRecording, uploadMedia } from "../scripts/lib/seed.mjs";
import { get, loadRound, median, percentile } from "./load.mjs";
import { envNumber } from "./context.mjs";
import { groupCpuSeconds } from "./server-cpu.mjs";

export const OBJECT_BYTES = 4 * 1024 * 1024;
export const RANGE_BYTES = 1024 * 1024;
const RANGE = `bytes=0-${RANGE_BYTES - 1}`;

/**
 * Creates a complete recording with 4 MiB of random bytes as its audio, through the API.
 * @param {string} baseUrl
 * @param {{ accountId: string, key: string }} tenant
 * @returns {Promise<{ recordingId: string, objectKey: string, bytes: Buffer }>} objectKey is the R2
 *   key the API stores media at (`accounts/{account}/recordings/{recording}/media/{media}`)
 */
export async function seedRangeObject(baseUrl, tenant) {
  const bytes = randomBytes(OBJECT_BYTES);
  const recording = await createRecording(baseUrl, tenant.key, { source: "pstn", status: "complete" });
  const media = await uploadMedia(baseUrl, tenant.key, recording.id, bytes, {
    contentType: "audio/mpeg", kind: "audio", filename: "bench.mp3", contentDigest: true,
  });
  const objectKey = `accounts/${tenant.accountId}/recordings/${recording.id}/media/${media.id}`;
  return { recordingId: recording.id, objectKey, bytes };
}

/**
 * How range reads are measured, from the `BENCH_…` knobs: keep-alive connections, seconds per round,
 * rounds per target (six by default: with three targets, each runs twice in each position of a block,
 * see roundOrder; a section may ask for more) and seconds of warm-up per target.
 * @returns {{ concurrency: number, roundSeconds: number, rounds: number, warmupSeconds: number }}
 */
export function rangeReadConfig({ rounds = 6 } = {}) {
  return {
    concurrency: envNumber("BENCH_CONCURRENCY", 4),
    roundSeconds: envNumber("BENCH_ROUND_SECONDS", 4),
    rounds: envNumber("BENCH_ROUNDS", rounds),
    warmupSeconds: 3,
  };
}

/** The targets, in the order warm-up runs them, with the names the log uses. */
export const TARGET_NAMES = { api: "API", floor: "floor", floorD1: "floor+D1" };

/**
 * The three targets of the measurement: the API's primary-media URL with the key, the floor, and
 * the floor's one-D1-read mode with the same key and recording id as the API's request.
 * @param {string} apiUrl
 * @param {string} floorUrl
 * @param {{ key: string }} tenant
 * @param {string} recordingId
 * @returns {Record<keyof TARGET_NAMES, { url: string, headers: Record<string, string> }>}
 */
export function rangeTargets(apiUrl, floorUrl, tenant, recordingId) {
  const keyed = { Authorization: `Bearer ${tenant.key}`, Range: RANGE };
  return {
    api: { url: `${apiUrl}/v1/recordings/${recordingId}/media`, headers: keyed },
    floor: { url: `${floorUrl}/`, headers: { Range: RANGE } },
    floorD1: { url: `${floorUrl}/d1/${recordingId}`, headers: keyed },
  };
}

/**
 * Checks that a target answers 206 with exactly the first MiB of the uploaded bytes.
 * @param {string} name
 * @param {{ url: string, headers: Record<string, string> }} target
 * @param {Buffer} expected the whole uploaded object
 * @throws {Error} describing the first difference
 */
export async function checkRangeTarget(name, target, expected) {
  const answer = await get(target.url, target.headers, { keepBody: true });
  const range = `bytes 0-${RANGE_BYTES - 1}/${OBJECT_BYTES}`;
  const problems = [];
  if (answer.status !== 206) problems.push(`status ${answer.status}, expected 206: ${answer.body?.subarray(0, 300)}`);
  if (answer.bytes !== RANGE_BYTES) problems.push(`${answer.bytes} bytes, expected ${RANGE_BYTES}`);
  if (answer.headers["content-range"] !== range) problems.push(`Content-Range ${answer.headers["content-range"]}, expected ${range}`);
  if (answer.bytes === RANGE_BYTES && !answer.body.equals(expected.subarray(0, RANGE_BYTES))) problems.push("bytes differ from the upload");
  if (problems.length) throw new Error(`${name} range read is wrong: ${problems.join("; ")}`);
}

/**
 * The round order, in blocks of one round per target: block k is the target list rotated by
 * floor(k / 2), reversed when k is odd (API floor floor+D1 | floor+D1 floor API | floor floor+D1 API
 * | API floor+D1 floor | …). Each pair of blocks is mirrored, so linear drift cancels over an even
 * number of rounds, and over six every target runs twice in each position of a block.
 * @param {number} rounds rounds per target
 * @param {string[]} [names] the targets (default: this measurement's three)
 * @returns {string[]} target names
 */
export function roundOrder(rounds, names = Object.keys(TARGET_NAMES)) {
  return Array.from({ length: rounds }, (_, block) => {
    const shift = Math.floor(block / 2) % names.length;
    const rotated = [...names.slice(shift), ...names.slice(0, shift)];
    return block % 2 ? rotated.reverse() : rotated;
  }).flat();
}

/**
 * Warms every target up, then runs `rounds` timed rounds of each in the order of roundOrder; reports per
 * target the median over rounds of requests/s, of the p50/p90/p99 latencies and, when the
 * target's wrangler process group is known, of the server CPU time per request (NaN otherwise).
 * @param {Record<string, { url: string, headers: Record<string, string> }>} targets rangeTargets(…), or any
 *   targets answering the same 1 MiB range (another section's, with their `labels`)
 * @param {{ concurrency: number, roundMs: number, warmupMs: number, rounds: number,
 *   groups?: Record<string, number | null>, labels?: Record<string, string>, log?: (line: string) => void }} options
 *   groups: each target's wrangler process group (floor and floorD1 share the floor's); labels: names for the log
 * @returns {Promise<Record<keyof TARGET_NAMES, { rps: number, p50: number, p90: number, p99: number, cpuMs: number,
 *   requests: number, errors: number, clientCpu: number, rounds: Array<{ rps: number, p50: number, p99: number, cpuMs: number }> }>>}
 */
export async function measureRangeReads(targets, { concurrency, roundMs, warmupMs, rounds, groups = {}, labels = TARGET_NAMES, log = () => {} }) {
  const common = { concurrency, expectStatus: 206, expectBytes: RANGE_BYTES };
  const results = {};
  for (const name of Object.keys(targets)) {
    await loadRound({ ...targets[name], ...common, durationMs: warmupMs });
    results[name] = [];
  }
  for (const name of roundOrder(rounds, Object.keys(targets))) {
    const group = groups[name];
    const cpuBefore = group ? groupCpuSeconds(group) : Number.NaN;
    const round = await loadRound({ ...targets[name], ...common, durationMs: roundMs });
    const cpuMs = group ? ((groupCpuSeconds(group) - cpuBefore) * 1000) / round.requests : Number.NaN;
    const summary = {
      cpuMs,
      rps: round.rps, p50: percentile(round.latencies, 50), p90: percentile(round.latencies, 90),
      p99: percentile(round.latencies, 99), requests: round.requests, errors: round.errors, clientCpu: round.clientCpu,
    };
    results[name].push(summary);
    log(`  ${(labels[name] ?? name).padEnd(8)} ${summary.rps.toFixed(1)} req/s, p50 ${summary.p50.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms, server CPU ${cpuMs.toFixed(2)} ms/req, ${round.errors} errors, client CPU ${(100 * round.clientCpu).toFixed(0)}% of a core`);
  }
  const summarize = (list) => ({
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p90: median(list.map((r) => r.p90)),
    p99: median(list.map((r) => r.p99)),
    cpuMs: median(list.map((r) => r.cpuMs)),
    requests: list.reduce((sum, r) => sum + r.requests, 0),
    errors: list.reduce((sum, r) => sum + r.errors, 0),
    clientCpu: median(list.map((r) => r.clientCpu)),
    rounds: list.map(({ rps, p50, p99, cpuMs }) => ({ rps, p50, p99, cpuMs })),
  });
  return Object.fromEntries(Object.entries(results).map(([name, list]) => [name, summarize(list)]));
}

/**
 * A 95 % interval for `range[a].rps / range[b].rps` (a ratio of median throughputs): the blocks of
 * measureRangeReads (round k of every target, run back to back) resampled with replacement, the same
 * ratio computed for each resample. Seeded, so a table can be reproduced from its rounds.
 * @param {Record<string, { rounds: Array<{ rps: number }> }>} range measureRangeReads' result
 * @param {string} a
 * @param {string} b
 * @returns {[number, number]}
 */
export function ratioInterval(range, a, b, { resamples = 2000, seed = 1 } = {}) {
  const xs = range[a].rounds.map((r) => r.rps);
  const ys = range[b].rounds.map((r) => r.rps);
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const ratios = [];
  for (let i = 0; i < resamples; i++) {
    const picks = xs.map(() => Math.floor(random() * xs.length));
    ratios.push(median(picks.map((k) => xs[k])) / median(picks.map((k) => ys[k])));
  }
  ratios.sort((p, q) => p - q);
  return [ratios[Math.floor(0.025 * resamples)], ratios[Math.floor(0.975 * resamples)]];
}
