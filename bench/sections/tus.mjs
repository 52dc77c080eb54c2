// Section `tus`: resumable uploads. The resumable SHA-256 alone in workerd, this one against the one it
// replaced and against the runtime's native digest (and, where OpenSSL is installed, native code on this CPU
// with and without its SHA instructions); a 200 MiB file uploaded with tus-js-client in 8 MiB and in 32 MiB chunks against the same
// file in one request, in interleaved rounds, with workerd's memory sampled; and single tus PATCHes of
// 8 and 32 MiB against a floor Worker that only stores the body as an R2 part.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createRecording } from "../../scripts/lib/seed.mjs";
import { tusUpload } from "../../scripts/lib/tus.mjs";
import { envNumber } from "../context.mjs";
import { mib, sampleMemory } from "../memory.mjs";

const MiB = 2 ** 20;
/** Targets: tus keeps ≥ 0.9 of a single request's throughput; a PATCH ≥ 0.9 of a bare uploadPart. */
const UPLOAD_TARGET = 0.9;
const PATCH_TARGET = 0.9;
/** The resumable SHA-256 hashes at least 4 times as fast as the one it replaced. */
const HASH_TARGET = 4;
const HASH_MIB = 64;
/** Memory must not grow with the file: the peak during a tus upload stays under a quarter of it. */
const MEMORY_SHARE = 0.25;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rate = (bytes, ms) => bytes / MiB / (ms / 1000);
/** A ratio to two decimals, or three where two would round a miss up to the target (0.8985 is not 0.90). */
const ratioText = (value, target) => (value < target && Number(value.toFixed(2)) >= target ? value.toFixed(3) : value.toFixed(2));

/** Round order: blocks of every kind, each block the mirror of the one before (linear drift cancels). */
function roundOrder(kinds, rounds) {
  const order = [];
  for (let r = 0; r < rounds; r++) order.push(...(r % 2 ? [...kinds].reverse() : kinds));
  return order;
}

/** The API's media item for an upload, to check it holds the file. */
async function mediaOf(url, key, recordingId) {
  const response = await fetch(new URL(`/v1/recordings/${recordingId}`, url), { headers: { Authorization: `Bearer ${key}` } });
  return (await response.json()).media[0];
}

/** Uploads the file once as `kind` (single, tus8, tus32); returns ms, workerd's memory growth and the media item. */
async function uploadOnce(kind, { api, tenant, data }) {
  const { id } = await createRecording(api.url, tenant.key, {});
  const memory = sampleMemory(api.group);
  const t0 = performance.now();
  if (kind === "single") {
    const response = await fetch(new URL(`/v1/recordings/${id}/media`, api.url), {
      method: "POST", headers: { Authorization: `Bearer ${tenant.key}`, "Content-Type": "video/mp4" }, body: data,
    });
    if (response.status !== 201) throw new Error(`single upload: ${response.status} ${await response.text()}`);
  } else {
    const chunkSize = Number(kind.slice(3)) * MiB;
    await tusUpload({ baseUrl: api.url, key: tenant.key, recordingId: id, data, chunkSize, filetype: "video/mp4" });
  }
  const ms = performance.now() - t0;
  return { ms, memory: memory.stop(), media: await mediaOf(api.url, tenant.key, id) };
}

/**
 * MB/s of OpenSSL's SHA-256 on this CPU (64 KiB blocks): as shipped, and with its SHA instructions masked
 * (`OPENSSL_ia32cap`, x86 only), the fastest scalar code there is. Null where openssl is missing.
 * @returns {{ shaExtensions: number, scalar: number | null } | null}
 */
function opensslRates() {
  const speed = (extraEnv) => {
    const out = execFileSync("openssl", ["speed", "-seconds", "2", "-bytes", "65536", "-evp", "sha256"], {
      env: { ...process.env, ...extraEnv }, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8",
    });
    const found = /^sha256\s+([\d.]+)k\s*$/m.exec(out);
    return found ? (Number(found[1]) * 1000) / 1e6 : null;
  };
  try {
    const shaExtensions = speed({});
    if (shaExtensions === null) return null;
    return { shaExtensions, scalar: process.arch === "x64" ? speed({ OPENSSL_ia32cap: ":~0x20000000" }) : null };
  } catch {
    return null;
  }
}

/** The time of one `GET /hash` on the floor (ms): `impl` hashing `HASH_MIB` MiB, or `none`. */
async function hashRequest(floor, impl) {
  const t0 = performance.now();
  const response = await fetch(`${floor.url}/hash?impl=${impl}&mib=${HASH_MIB}`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`hash ${impl}: ${response.status} ${text}`);
  return performance.now() - t0;
}

/** MB/s (10^6 bytes) of each SHA-256 implementation alone in workerd: median over `rounds`, less a request that hashes nothing. */
async function hashRates(floor, rounds) {
  const impls = ["ts-loop", "current", "native"];
  const times = { "ts-loop": [], "current": [], native: [], none: [] };
  for (const impl of ["none", ...impls]) await hashRequest(floor, impl); // warm up
  for (const impl of roundOrder([...impls, "none"], rounds)) times[impl].push(await hashRequest(floor, impl));
  const bare = median(times.none);
  const mbps = (ms) => (HASH_MIB * MiB) / 1e6 / (Math.max(ms - bare, 1) / 1000);
  return Object.fromEntries(impls.map((impl) => [impl, { rate: mbps(median(times[impl])), rounds: times[impl].map(mbps) }]));
}

/** `count` PATCHes of `size` bytes, one after another, through the API (`api`) or the floor; returns ms. */
async function patchRound(target, size, count, { api, floor, tenant }) {
  const chunk = randomBytes(size);
  const auth = { Authorization: `Bearer ${tenant.key}`, "Tus-Resumable": "1.0.0" };
  let url;
  if (target === "api") {
    const { id } = await createRecording(api.url, tenant.key, {});
    const created = await fetch(new URL(`/v1/recordings/${id}/uploads`, api.url), {
      method: "POST", headers: { ...auth, "Upload-Length": String(size * (count + 1)) },
    });
    url = created.headers.get("location");
  } else {
    url = `${floor.url}/multipart/${encodeURIComponent(await (await fetch(`${floor.url}/multipart`, { method: "POST" })).text())}`;
  }
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const response = target === "api"
      ? await fetch(url, { method: "PATCH", headers: { ...auth, "Upload-Offset": String(i * size), "Content-Type": "application/offset+octet-stream" }, body: chunk })
      : await fetch(`${url}/${i + 1}`, { method: "PUT", body: chunk });
    if (response.status !== (target === "api" ? 204 : 200)) throw new Error(`${target} PATCH: ${response.status} ${await response.text()}`);
  }
  return performance.now() - t0;
}

export default {
  name: "tus",
  title: "Resumable uploads (tus)",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const fileMiB = envNumber("BENCH_TUS_MIB", 200);
    const rounds = envNumber("BENCH_TUS_ROUNDS", 2);
    const patchRounds = envNumber("BENCH_TUS_PATCH_ROUNDS", 4);
    const patches = envNumber("BENCH_TUS_PATCHES", 4);
    const data = randomBytes(fileMiB * MiB);
    const sha256 = createHash("sha256").update(data).digest("hex");
    const persistTo = await ctx.newState("tus");
    // The single request needs a limit above the file (production refuses such a body: that is the point).
    const api = await ctx.start("tus-api", { persistTo, vars: { MAX_UPLOAD_BYTES: String(Math.max(data.byteLength, 32 * MiB)) } });
    const floor = await ctx.start("tus-floor", { config: path.join("bench", "floor", "wrangler.toml"), persistTo });
    const tenant = await ctx.tenant(api.url, "bench tus", ["recordings:read", "recordings:write"]);
    const env = { api, floor, tenant, data };

    const hash = await hashRates(floor, envNumber("BENCH_TUS_HASH_ROUNDS", 6));
    const hashRatio = hash["current"].rate / hash["ts-loop"].rate;
    const openssl = opensslRates();
    ctx.log(`  SHA-256 alone: ts-loop ${hash["ts-loop"].rate.toFixed(0)} MB/s, current ${hash["current"].rate.toFixed(0)} MB/s, native ${hash["native"].rate.toFixed(0)} MB/s`);

    const kinds = ["single", "tus8", "tus32"];
    const results = Object.fromEntries(kinds.map((k) => [k, []]));
    for (const kind of roundOrder(kinds, rounds)) {
      const result = await uploadOnce(kind, env);
      if (result.media?.sha256 !== sha256 || result.media?.byte_size !== data.byteLength) throw new Error(`${kind}: the media is not the file`);
      results[kind].push(result);
      ctx.log(`  ${kind}: ${rate(data.byteLength, result.ms).toFixed(1)} MiB/s, workerd +${mib(result.memory.growthBytes)}`);
    }
    const speed = (kind) => median(results[kind].map((r) => rate(data.byteLength, r.ms)));
    const growth = (kind) => Math.max(...results[kind].map((r) => r.memory.growthBytes));

    const patch = {};
    for (const size of [8, 32]) {
      const times = { api: [], floor: [] };
      for (const target of roundOrder(["api", "floor"], patchRounds)) times[target].push(await patchRound(target, size * MiB, patches, env));
      patch[size] = { api: rate(size * MiB * patches, median(times.api)), floor: rate(size * MiB * patches, median(times.floor)), times };
      ctx.log(`  ${size} MiB PATCH: API ${patch[size].api.toFixed(1)} MiB/s, floor ${patch[size].floor.toFixed(1)} MiB/s`);
    }

    const ratio8 = speed("tus8") / speed("single");
    const ratio32 = speed("tus32") / speed("single");
    const memoryLimit = MEMORY_SHARE * data.byteLength;
    const checks = {
      hash: hashRatio >= HASH_TARGET,
      ratio8: ratio8 >= UPLOAD_TARGET, ratio32: ratio32 >= UPLOAD_TARGET,
      mem8: growth("tus8") <= memoryLimit, mem32: growth("tus32") <= memoryLimit,
      patch8: patch[8].api / patch[8].floor >= PATCH_TARGET, patch32: patch[32].api / patch[32].floor >= PATCH_TARGET,
    };
    const rows = [
      ["SHA-256 alone in workerd, the first implementation (ts/1, a loop)", `${hash["ts-loop"].rate.toFixed(0)} MB/s`, "", ""],
      ["SHA-256 alone in workerd, the current one (src/tus/sha256.ts, Wasm)", `${hash["current"].rate.toFixed(0)} MB/s`, "", ""],
      ["SHA-256 current / ts/1", hashRatio.toFixed(2), `≥ ${HASH_TARGET}`, checks.hash],
      ["SHA-256 in workerd, the runtime's digest (no state to save; info)", `${hash["native"].rate.toFixed(0)} MB/s`, "", ""],
      ...(openssl ? [["SHA-256 in native code on this CPU, OpenSSL (info)", `${openssl.shaExtensions.toFixed(0)} MB/s`, "", ""]] : []),
      ...(openssl?.scalar ? [["the same without the CPU's SHA instructions (info)", `${openssl.scalar.toFixed(0)} MB/s`, "", ""]] : []),
      [`${fileMiB} MiB in one request (POST …/media)`, `${speed("single").toFixed(1)} MiB/s`, "", ""],
      [`${fileMiB} MiB with tus-js-client, 8 MiB chunks`, `${speed("tus8").toFixed(1)} MiB/s`, "", ""],
      [`${fileMiB} MiB with tus-js-client, 32 MiB chunks`, `${speed("tus32").toFixed(1)} MiB/s`, "", ""],
      ["tus (8 MiB chunks) / one request", ratioText(ratio8, UPLOAD_TARGET), `≥ ${UPLOAD_TARGET}`, checks.ratio8],
      ["tus (32 MiB chunks) / one request", ratioText(ratio32, UPLOAD_TARGET), `≥ ${UPLOAD_TARGET}`, checks.ratio32],
      ["workerd peak memory growth, tus 8 MiB chunks", mib(growth("tus8")), `≤ ${mib(memoryLimit)} (¼ of the file)`, checks.mem8],
      ["workerd peak memory growth, tus 32 MiB chunks", mib(growth("tus32")), `≤ ${mib(memoryLimit)} (¼ of the file)`, checks.mem32],
      ["workerd peak memory growth, one request (info)", mib(growth("single")), "", ""],
      ["one 8 MiB PATCH / bare uploadPart floor", ratioText(patch[8].api / patch[8].floor, PATCH_TARGET), `≥ ${PATCH_TARGET}`, checks.patch8],
      ["one 32 MiB PATCH / bare uploadPart floor", ratioText(patch[32].api / patch[32].floor, PATCH_TARGET), `≥ ${PATCH_TARGET}`, checks.patch32],
    ];
    const perRound = (kind) => results[kind].map((r) => `${rate(data.byteLength, r.ms).toFixed(1)} MiB/s (+${mib(r.memory.growthBytes)})`).join("; ");
    const patchRoundsText = (size, target) => patch[size].times[target].map((ms) => `${rate(size * MiB * patches, ms).toFixed(1)} MiB/s`).join("; ");
    const hashRoundsText = (impl) => hash[impl].rounds.map((r) => r.toFixed(0)).join("; ");
    const details = `${rounds} rounds of each upload (${fileMiB} MiB of random bytes), ${patchRounds} rounds of ${patches} PATCHes per chunk size and target; medians over rounds.

- SHA-256 alone, MB/s per round: ts/1 ${hashRoundsText("ts-loop")}; current ${hashRoundsText("current")}; native ${hashRoundsText("native")}
- one request: ${perRound("single")}
- tus 8 MiB chunks: ${perRound("tus8")}
- tus 32 MiB chunks: ${perRound("tus32")}
- 8 MiB PATCH, API: ${patchRoundsText(8, "api")}; floor: ${patchRoundsText(8, "floor")}
- 32 MiB PATCH, API: ${patchRoundsText(32, "api")}; floor: ${patchRoundsText(32, "floor")}

### Method

The SHA-256 alone: the floor Worker's \`GET /hash?impl=…&mib=${HASH_MIB}\` (bench/floor/hash.ts) feeds ${HASH_MIB} MiB through one
implementation in 64 KiB updates (as a PATCH's stream does) inside workerd; each request is timed from outside
(workerd's clocks stand still while it computes) less the median of a request that hashes nothing. ts/1 is the
implementation used before (bench/floor/sha256-v1.ts, a loop over typed arrays), current the one in
src/tus/sha256.ts (hash-wasm's SHA-256 compiled to WebAssembly), native the runtime's \`crypto.DigestStream\`
(which cannot save its state between requests: the ceiling, not a candidate). Rounds alternate the
implementations. The OpenSSL rows are \`openssl speed -evp sha256\` with 64 KiB blocks, as installed and with
\`OPENSSL_ia32cap=:~0x20000000\` (its SHA-extension code turned off): what native code reaches on this CPU
with and without the instructions WebAssembly cannot use.

The API runs in \`wrangler dev\` on fresh local storage with \`MAX_UPLOAD_BYTES\` raised to the file's size (local dev
does not enforce Cloudflare's 100 MB request-body limit; production would refuse the single request). Each upload
goes to a fresh recording: the single request is one \`POST /v1/recordings/{id}/media\` with the whole file (Node's
fetch), the tus uploads run tus-js-client (scripts/lib/tus.mjs) with \`chunkSize\` 8 or 32 MiB. Uploads run in blocks
of the three kinds, each block the mirror of the one before. After each upload the API's media item is checked to
have the file's size and SHA-256. Throughput is the file's size over the time from the first request to the last
response (tus: creation, every PATCH, the last one joining the parts). Memory is the resident size of the API's
workerd processes (the Worker and the local D1/R2), sampled every 25 ms; growth is the peak during the upload minus
the size when it began.

PATCH against the floor: a tus upload is created, then \`${patches}\` PATCHes of 8 (or 32) MiB are sent one after the
other (Node's fetch); the floor (bench/floor/worker.ts, \`PUT /multipart/{id}/{n}\`) does only \`uploadPart(n,
request.body)\` on an R2 multipart upload in a second \`wrangler dev\` on the same storage: no auth, no D1, no hashing.
Rounds alternate API, floor, floor, API.`;
    return { rows, allMet: Object.values(checks).every(Boolean), details };
  },
};
