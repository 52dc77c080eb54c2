// Measurement 2: the latency of `GET /v1/recordings?limit=20` on the first page and on a page
// thousands of pages deep, reached by following `links.next` (a keyset cursor cannot be computed).
import { performance } from "node:perf_hooks";
import { get, median, percentile } from "./load.mjs";

const PAGE_SIZE = 20;

async function page(url, headers) {
  const answer = await get(url, headers, { keepBody: true });
  if (answer.status !== 200) throw new Error(`GET ${url} answered ${answer.status}: ${answer.body.subarray(0, 300)}`);
  return { ...JSON.parse(answer.body.toString("utf8")), ms: answer.ms };
}

/**
 * Follows `links.next` from the first page until page `depth`, and checks what it finds: both
 * pages hold `limit` recordings, share none, and the deep one is older.
 * @param {{ apiUrl: string, key: string, depth: number, maxMs?: number }} options
 * @returns {Promise<{ firstUrl: string, deepUrl: string, headers: Record<string, string>,
 *   walkMs: number, walkP50: { early: number, late: number } }>} walkP50: median latency of the
 *   first and the last 100 pages of the walk
 * @throws {Error} when a page is missing, short, overlapping or the walk runs out of time
 */
export async function walkToDeepPage({ apiUrl, key, depth, maxMs = 150_000 }) {
  const headers = { Authorization: `Bearer ${key}` };
  const firstUrl = `${apiUrl}/v1/recordings?limit=${PAGE_SIZE}`;
  const t0 = performance.now();
  const first = await page(firstUrl, headers);
  let current = first;
  let url = firstUrl;
  const latencies = [first.ms];
  for (let n = 2; n <= depth; n += 1) {
    if (!current.links.next) throw new Error(`page ${n - 1} has no next link: only ${(n - 2) * PAGE_SIZE + current.data.length} recordings listed`);
    if (performance.now() - t0 > maxMs) throw new Error(`walking to page ${depth} took over ${maxMs} ms (at page ${n})`);
    url = current.links.next;
    current = await page(url, headers);
    latencies.push(current.ms);
  }
  checkPages(first.data, current.data, depth);
  return {
    firstUrl,
    deepUrl: url,
    headers,
    walkMs: performance.now() - t0,
    walkP50: { early: median(latencies.slice(0, 100)), late: median(latencies.slice(-100)) },
  };
}

function checkPages(first, deep, depth) {
  const problems = [];
  if (first.length !== PAGE_SIZE) problems.push(`the first page has ${first.length} recordings`);
  if (deep.length !== PAGE_SIZE) problems.push(`page ${depth} has ${deep.length} recordings`);
  const firstIds = new Set(first.map((r) => r.id));
  if (deep.some((r) => firstIds.has(r.id))) problems.push(`page ${depth} repeats recordings of the first page`);
  const oldestFirst = first.at(-1)?.created_at ?? "";
  if (deep.some((r) => r.created_at >= oldestFirst)) problems.push(`page ${depth} is not older than the first page`);
  if (problems.length) throw new Error(`list pages are wrong: ${problems.join("; ")}`);
}

/**
 * Requests the first and the deep page alternately, one request at a time: `warmup` pairs
 * unrecorded, then `count` pairs recorded (bounded by `maxMs`).
 * @param {{ firstUrl: string, deepUrl: string, headers: Record<string, string>, count: number,
 *   warmup: number, maxMs?: number }} options
 * @returns {Promise<Record<"first" | "deep", { p50: number, p90: number, p99: number, n: number }>>}
 * @throws {Error} when a request does not answer 200
 */
export async function measureListLatency({ firstUrl, deepUrl, headers, count, warmup, maxMs = 120_000 }) {
  const samples = { first: [], deep: [] };
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < warmup + count && performance.now() < deadline; i += 1) {
    // alternate which one goes first in each pair, so neither always follows the other
    const order = i % 2 ? ["deep", "first"] : ["first", "deep"];
    for (const name of order) {
      const answer = await get(name === "first" ? firstUrl : deepUrl, headers);
      if (answer.status !== 200) throw new Error(`the ${name} page answered ${answer.status}`);
      if (i >= warmup) samples[name].push(answer.ms);
    }
  }
  const summarize = (values) => ({
    p50: percentile(values, 50), p90: percentile(values, 90), p99: percentile(values, 99), n: values.length,
  });
  return { first: summarize(samples.first), deep: summarize(samples.deep) };
}
