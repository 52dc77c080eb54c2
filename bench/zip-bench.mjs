// The bulk ZIP benchmark's parts: recordings seeded through the API, whole-archive downloads timed
// against the floor's raw concatenation of the same objects, and workerd's memory while downloading.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createRecording, uploadMedia } from "../scripts/lib/seed.mjs";
import { get, median } from "./load.mjs";
import { sampleMemory } from "./memory.mjs";
import { groupCpuSeconds } from "./server-cpu.mjs";

/**
 * Creates `count` complete recordings, each with `bytes` of random audio, through the API.
 * @param {string} baseUrl
 * @param {{ key: string }} tenant
 * @param {{ count: number, bytes: number }} options
 * @returns {Promise<string[]>} the recording ids
 */
export async function seedRecordings(baseUrl, tenant, { count, bytes }) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const recording = await createRecording(baseUrl, tenant.key, { source: "pstn", status: "complete" });
    await uploadMedia(baseUrl, tenant.key, recording.id, randomBytes(bytes), { contentType: "audio/mpeg", filename: `call-${i}.mp3` });
    ids.push(recording.id);
  }
  return ids;
}

/**
 * The R2 key of a recording's first media item, as the API stores it.
 * @param {string} baseUrl
 * @param {{ key: string, accountId: string }} tenant
 * @param {string} recordingId
 * @returns {Promise<string>}
 */
export async function mediaObjectKey(baseUrl, tenant, recordingId) {
  const answer = await get(`${baseUrl}/v1/recordings/${recordingId}`, { Authorization: `Bearer ${tenant.key}` }, { keepBody: true });
  const { media } = JSON.parse(answer.body.toString());
  return `accounts/${tenant.accountId}/recordings/${recordingId}/media/${media[0].id}`;
}

/**
 * Downloads a whole body once, checking the status (200, or the target's `status`, e.g. 206 for a
 * range) and that it is exactly Content-Length long.
 * @param {{ url: string, headers?: Record<string, string>, status?: number }} target
 * @returns {Promise<{ bytes: number, ms: number }>}
 * @throws {Error} on a wrong status or a body that is not as long as announced
 */
export async function download(target) {
  const answer = await get(target.url, target.headers);
  const announced = Number(answer.headers["content-length"]);
  if (answer.status !== (target.status ?? 200) || answer.bytes !== announced) {
    throw new Error(`${target.url}: status ${answer.status}, ${answer.bytes} bytes of ${announced} announced`);
  }
  return { bytes: answer.bytes, ms: answer.ms };
}

/**
 * Alternates whole downloads of the two targets (A B B A A B …, so linear drift cancels) after one
 * warm-up each; reports per target the median over rounds of the throughput in MB/s (10^6 bytes)
 * and of the server CPU time per download (from the target's wrangler process group).
 * @param {Record<"api" | "floor", { url: string, headers?: Record<string, string>, status?: number, group: number | null }>} targets
 * @param {{ rounds: number, log?: (line: string) => void }} options
 * @returns {Promise<Record<"api" | "floor", { mbps: number, ms: number, cpuMs: number, bytes: number, rounds: number[] }>>}
 */
export async function measureThroughput(targets, { rounds, log = () => {} }) {
  const results = { api: [], floor: [] };
  const times = { api: [], floor: [] };
  const cpu = { api: [], floor: [] };
  const sizes = {};
  for (const name of ["api", "floor"]) sizes[name] = (await download(targets[name])).bytes;
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 ? ["floor", "api"] : ["api", "floor"]) {
      const { group } = targets[name];
      const cpuBefore = group ? groupCpuSeconds(group) : Number.NaN;
      const { bytes, ms } = await download(targets[name]);
      results[name].push(bytes / 1e6 / (ms / 1000));
      times[name].push(ms);
      cpu[name].push(group ? (groupCpuSeconds(group) - cpuBefore) * 1000 : Number.NaN);
      log(`  ${name.padEnd(5)} ${(bytes / 2 ** 20).toFixed(1)} MiB in ${ms.toFixed(0)} ms: ${results[name].at(-1).toFixed(1)} MB/s, server CPU ${cpu[name].at(-1).toFixed(0)} ms`);
    }
  }
  const summary = (name) => ({ mbps: median(results[name]), ms: median(times[name]), cpuMs: median(cpu[name]), bytes: sizes[name], rounds: results[name] });
  return { api: summary("api"), floor: summary("floor") };
}

/**
 * workerd's peak RSS (and growth over idle) while downloading `target` in full, `times` times.
 * @param {number} group the API's wrangler process group
 * @param {{ url: string, headers?: Record<string, string> }} target
 * @param {number} times
 * @returns {Promise<{ idleBytes: number, peakBytes: number, growthBytes: number, bytes: number }>}
 */
export async function peakMemory(group, target, times) {
  const sampler = sampleMemory(group);
  let bytes = 0;
  for (let i = 0; i < times; i++) bytes = (await download(target)).bytes;
  return { ...sampler.stop(), bytes };
}

/**
 * A client that reads the first `readBytes` of the archive, then stops reading for `stallMs` with
 * the connection open: the Worker must not read ahead meanwhile. Resolves with workerd's RSS growth
 * over the stall.
 * @param {number} group
 * @param {{ url: string, headers?: Record<string, string> }} target
 * @param {{ readBytes: number, stallMs: number }} options
 * @returns {Promise<number>} bytes of RSS growth during the stall
 */
export async function stalledClientGrowth(group, target, { readBytes, stallMs }) {
  const controller = new AbortController();
  const response = await fetch(target.url, { headers: target.headers, signal: controller.signal });
  const reader = response.body.getReader();
  for (let read = 0; read < readBytes; ) read += (await reader.read()).value?.byteLength ?? readBytes;
  const sampler = sampleMemory(group);
  const t0 = performance.now();
  while (performance.now() - t0 < stallMs) await new Promise((resolve) => setTimeout(resolve, 100));
  const { growthBytes } = sampler.stop();
  controller.abort();
  await reader.cancel().catch(() => undefined);
  return growthBytes;
}
