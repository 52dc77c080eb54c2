// Measurement 1: a 1 MiB range read through the API against the floor, a Worker that does only
// the R2 read of the same object with the same range.
import { randomBytes } from "node:crypto";
import { createRecording, uploadMedia } from "../scripts/lib/seed.mjs";
import { get, loadRound, median, percentile } from "./load.mjs";
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
 * The two targets of the measurement: the API's primary-media URL with the key, and the floor.
 * @param {string} apiUrl
 * @param {string} floorUrl
 * @param {{ key: string }} tenant
 * @param {string} recordingId
 */
export function rangeTargets(apiUrl, floorUrl, tenant, recordingId) {
  return {
    api: { url: `${apiUrl}/v1/recordings/${recordingId}/media`, headers: { Authorization: `Bearer ${tenant.key}`, Range: RANGE } },
    floor: { url: `${floorUrl}/`, headers: { Range: RANGE } },
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

/** The round order API, floor, floor, API, API, floor, …: each pair is mirrored, so linear drift cancels. */
function roundOrder(rounds) {
  return Array.from({ length: rounds * 2 }, (_, i) => ((i % 4 === 0 || i % 4 === 3) ? "api" : "floor"));
}

/**
 * Warms both targets up, then runs `rounds` timed rounds of each in mirrored order; reports per
 * target the median over rounds of requests/s, of the p50/p90/p99 latencies and, when the
 * target's wrangler process group is known, of the server CPU time per request (NaN otherwise).
 * @param {{ api: object, floor: object }} targets from rangeTargets
 * @param {{ concurrency: number, roundMs: number, warmupMs: number, rounds: number,
 *   groups?: Partial<Record<"api" | "floor", number | null>>, log?: (line: string) => void }} options
 * @returns {Promise<Record<"api" | "floor", { rps: number, p50: number, p90: number, p99: number, cpuMs: number,
 *   requests: number, errors: number, clientCpu: number, rounds: Array<{ rps: number, p50: number, p99: number, cpuMs: number }> }>>}
 */
export async function measureRangeReads(targets, { concurrency, roundMs, warmupMs, rounds, groups = {}, log = () => {} }) {
  const common = { concurrency, expectStatus: 206, expectBytes: RANGE_BYTES };
  for (const name of ["api", "floor"]) {
    await loadRound({ ...targets[name], ...common, durationMs: warmupMs });
  }
  const results = { api: [], floor: [] };
  for (const name of roundOrder(rounds)) {
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
    log(`  ${name.padEnd(5)} ${summary.rps.toFixed(1)} req/s, p50 ${summary.p50.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms, server CPU ${cpuMs.toFixed(2)} ms/req, ${round.errors} errors, client CPU ${(100 * round.clientCpu).toFixed(0)}% of a core`);
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
  return { api: summarize(results.api), floor: summarize(results.floor) };
}
