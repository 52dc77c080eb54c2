// The benchmark's load generator: keep-alive HTTP GETs on loopback from a fixed number of workers
// for a fixed time, plus the statistics the report needs. Every loop is bounded by a request
// count and a deadline, and every request by a timeout.
import { performance } from "node:perf_hooks";
import { Agent, request } from "undici";

const REQUEST_TIMEOUT_MS = 10_000;

/** One keep-alive connection pool for all rounds (connections are reused across requests). */
const agent = new Agent({
  keepAliveTimeout: 30_000,
  connections: 16,
  headersTimeout: REQUEST_TIMEOUT_MS,
  bodyTimeout: REQUEST_TIMEOUT_MS,
});

/**
 * One GET, its whole body read (and only counted unless `keepBody`).
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @param {{ keepBody?: boolean }} [options]
 * @returns {Promise<{ status: number, bytes: number, ms: number, headers: Record<string, any>, body?: Buffer }>}
 * @throws {Error} on a connection error or a timeout
 */
export async function get(url, headers = {}, { keepBody = false } = {}) {
  const started = performance.now();
  const response = await request(url, { method: "GET", headers, dispatcher: agent });
  let bytes = 0;
  const chunks = [];
  for await (const chunk of response.body) {
    bytes += chunk.length;
    if (keepBody) chunks.push(chunk);
  }
  const ms = performance.now() - started;
  const body = keepBody ? Buffer.concat(chunks) : undefined;
  return { status: response.statusCode, bytes, ms, headers: response.headers, body };
}

/**
 * Sends GETs from `concurrency` workers, each starting its next request when the previous one
 * ends, until `durationMs` has passed (or `maxRequests` were sent). Latencies of requests that
 * ended inside the window are kept; a wrong status or size counts as an error.
 * @param {{ url: string, headers?: Record<string, string>, concurrency: number, durationMs: number,
 *   maxRequests?: number, expectStatus: number, expectBytes?: number }} options
 * @returns {Promise<{ requests: number, errors: number, seconds: number, rps: number, latencies: number[],
 *   clientCpu: number }>} clientCpu: this process's CPU time over the round's wall time (1 = one core busy)
 */
export async function loadRound({ url, headers, concurrency, durationMs, maxRequests = 1_000_000, expectStatus, expectBytes }) {
  const latencies = [];
  let started = 0;
  let errors = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const deadline = t0 + durationMs;
  const worker = async () => {
    while (performance.now() < deadline && started < maxRequests) {
      started += 1;
      try {
        const answer = await get(url, headers);
        const ok = answer.status === expectStatus && (expectBytes === undefined || answer.bytes === expectBytes);
        if (ok) latencies.push(answer.ms);
        else errors += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const { user, system } = process.cpuUsage(cpu0);
  const clientCpu = (user + system) / 1e6 / seconds;
  return { requests: latencies.length + errors, errors, seconds, rps: latencies.length / seconds, latencies, clientCpu };
}

/**
 * The p-th percentile (0–100) of values, nearest-rank; NaN for no values.
 * @param {number[]} values
 * @param {number} p
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * The median of values (the mean of the middle two for an even count); NaN for none.
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Closes the connection pool (so the process can exit). */
export async function closeLoad() {
  await agent.close();
}
