// The edge section's pieces: the request classes it counts, one request with its counts from the counting
// Worker (bench/edge/worker.ts), and the latency model that turns counts into milliseconds per client.
import { randomUUID } from "node:crypto";
import { get } from "./load.mjs";

const MiB = 1024 * 1024;

/**
 * Round trips in milliseconds, with their sources. The client's own trip to its nearest Cloudflare colo
 * is the same before and after (10 ms assumed), so the differences do not depend on it.
 */
export const CLIENTS = [
  { name: "near the primary (e.g. San Francisco → wnam)", edge: 10, primary: 5, replica: 5 },
  { name: "same continent (e.g. New York → wnam)", edge: 10, primary: 77, replica: 5 },
  { name: "Sydney → western North America", edge: 10, primary: 180, replica: 5 },
];
export const CACHE_MS = 1; // a call to the colo's own cache (assumed)

export const SOURCES = `Round trips: 5 ms inside one region (the lowest North American inter-region round trip Azure reports,
"5 ms to 72 ms for round trips within North America regions",
https://learn.microsoft.com/en-us/azure/networking/azure-network-latency); 77 ms New York ↔ Fremont and 176–185 ms
Sydney ↔ Fremont (WonderProxy's city-to-city pings, https://wonderproxy.com/blog/miles-per-milisecond/). A D1 read replica is assumed 5 ms from the colo: D1 keeps one
replica in each of its regions, Oceania and eastern North America included, and uses them only through the
Sessions API (https://developers.cloudflare.com/d1/best-practices/read-replication/). R2 is read in the bucket's
region, put with the D1 primary in western North America. The colo cache is per data center and not replicated
(https://developers.cloudflare.com/workers/runtime-apis/cache/); a call to it is counted as ${CACHE_MS} ms.`;

/** Estimated milliseconds of round trips for one request's counts, for one client: calls are sequential. */
export function modelled(counts, client) {
  return client.edge + counts.d1Primary * client.primary + counts.d1Replica * client.replica + counts.r2 * client.primary + counts.cacheMatch * CACHE_MS;
}

/**
 * Sends one request to a counting Worker and reads the whole body; then asks it for the request's counts.
 * @returns {Promise<{ status: number, bytes: number, ms: number, headers: Record<string, any>, counts: Record<string, number> }>}
 */
export async function counted(baseUrl, path, headers = {}) {
  const id = `edge-${randomUUID()}`;
  const res = await get(new URL(path, baseUrl).toString(), { ...headers, "X-Request-Id": id });
  const counts = await (await fetch(new URL(`/__counts?id=${id}`, baseUrl))).json();
  return { ...res, counts };
}

/**
 * The request classes, in order, for one recording (`media`: its audio item, `link`: a signed link to it,
 * `share`: its share page, `zip`: the ZIP of it and `other`), each with the status it must answer.
 * The first seek opens slice 1 of an 8 MiB-sliced object; the repeat seek stays within it.
 */
export function requestClasses({ key, recordingId, link, share, zipIds, bookmark }) {
  const auth = { Authorization: `Bearer ${key}` };
  const booked = bookmark ? { ...auth, "X-D1-Bookmark": bookmark } : auth;
  return [
    { name: "JSON GET (a recording, with a bookmark)", path: `/v1/recordings/${recordingId}`, headers: booked, status: 200 },
    { name: "list page (50, with a bookmark)", path: "/v1/recordings?limit=50", headers: booked, status: 200 },
    { name: "keyed 1 MiB range read", path: `/v1/recordings/${recordingId}/media`, headers: { ...auth, Range: `bytes=0-${MiB - 1}` }, status: 206 },
    { name: "keyed 1 MiB range read, repeated", path: `/v1/recordings/${recordingId}/media`, headers: { ...auth, Range: `bytes=0-${MiB - 1}` }, status: 206 },
    { name: "signed first seek (1 MiB at 9 MiB)", path: link, headers: { Range: `bytes=${9 * MiB}-${10 * MiB - 1}` }, status: 206 },
    { name: "signed repeat seek within cached slices", path: link, headers: { Range: `bytes=${9 * MiB + 4096}-${10 * MiB + 4095}` }, status: 206 },
    { name: "share page", path: share, headers: {}, status: 200 },
    { name: "ZIP of two recordings", path: `/v1/recordings/download?recording_ids=${zipIds.join(",")}`, headers: auth, status: 200 },
  ];
}
