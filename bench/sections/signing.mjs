// Section `signing`: 1 MiB range reads through a signed link against the same reads with an API key,
// interleaved in one run, and the CPU time of one signature verification.
import path from "node:path";
import { envNumber } from "../context.mjs";
import { get, median } from "../load.mjs";
import { checkRangeTarget, measureRangeReads, RANGE_BYTES, rangeReadConfig, seedRangeObject } from "../range-bench.mjs";
import { groupCpuSeconds } from "../server-cpu.mjs";

/** The issue's target: signed reads keep ≥ 95% of the API-key throughput. */
const TARGET = 0.95;
const LABELS = { signed: "signed", apiKey: "API key" };

const ms = (value) => `${value.toFixed(1)} ms`;
const ms3 = (s) => `${ms(s.p50)} / ${ms(s.p90)} / ${ms(s.p99)}`;
const cpu = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : "n/a");

/** A signed link to the seeded media item, made through the API (7 days, inline). */
async function signedLink(apiUrl, tenant, recordingId, mediaId) {
  const response = await fetch(`${apiUrl}/v1/recordings/${recordingId}/download-url`, {
    method: "POST",
    headers: { Authorization: `Bearer ${tenant.key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ media_id: mediaId, expires_in: 604800 }),
  });
  if (response.status !== 200) throw new Error(`download-url answered ${response.status}: ${await response.text()}`);
  return (await response.json()).download_url;
}

/**
 * CPU microseconds of one verification in workerd: the probe's process-group CPU over a request of
 * `n` verifications, less that of a request of one, divided by n - 1; the median of `repeats`.
 */
async function verificationCpu(probe, link, { n, repeats }) {
  const pathAndQuery = new URL(link).pathname + new URL(link).search;
  const cpuOf = async (count) => {
    const before = groupCpuSeconds(probe.group);
    const answer = await get(`${probe.url}/verify?n=${count}`, { "X-Link": pathAndQuery }, { keepBody: true });
    const passed = JSON.parse(answer.body.toString()).ok;
    if (answer.status !== 200 || passed !== count) throw new Error(`probe verified ${passed} of ${count}`);
    return groupCpuSeconds(probe.group) - before;
  };
  await cpuOf(1000); // warm-up: imported key, JIT
  const samples = [];
  for (let i = 0; i < repeats; i++) samples.push(((await cpuOf(n)) - (await cpuOf(1))) / (n - 1));
  return { us: median(samples) * 1e6, samples: samples.map((s) => s * 1e6) };
}

export default {
  name: "signing",
  title: "Signed links",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const config = { ...rangeReadConfig(), verifications: envNumber("BENCH_VERIFICATIONS", 20_000), verificationRepeats: 5 };
    const persistTo = await ctx.newState("signing");
    const api = await ctx.start("signing-api", { persistTo });
    const tenant = await ctx.tenant(api.url, "bench signing", ["recordings:read", "recordings:write"]);
    const object = await seedRangeObject(api.url, tenant);
    const mediaId = object.objectKey.split("/").pop();
    const link = await signedLink(api.url, tenant, object.recordingId, mediaId);
    const range = { Range: `bytes=0-${RANGE_BYTES - 1}` };
    const targets = {
      signed: { url: link, headers: range },
      apiKey: { url: `${api.url}/v1/recordings/${object.recordingId}/media/${mediaId}`, headers: { ...range, Authorization: `Bearer ${tenant.key}` } },
    };
    for (const [name, label] of Object.entries(LABELS)) await checkRangeTarget(label, targets[name], object.bytes);
    ctx.log(`Signed vs API-key range reads: ${config.rounds} rounds × ${config.roundSeconds} s each, concurrency ${config.concurrency}…`);
    const reads = await measureRangeReads(targets, {
      concurrency: config.concurrency,
      roundMs: config.roundSeconds * 1000,
      warmupMs: config.warmupSeconds * 1000,
      rounds: config.rounds,
      groups: { signed: api.group, apiKey: api.group },
      labels: LABELS,
      log: ctx.log,
    });
    await ctx.stop(api);

    const probe = await ctx.start("signing-probe", { config: path.join("bench", "signing", "wrangler.toml"), vars: { SIGNING_KEYS: ctx.apiVars.SIGNING_KEYS } });
    ctx.log(`Verification CPU: ${config.verificationRepeats} × ${config.verifications} verifications in workerd…`);
    const verify = await verificationCpu(probe, link, { n: config.verifications, repeats: config.verificationRepeats });

    const ratio = reads.signed.rps / reads.apiKey.rps;
    const allMet = ratio >= TARGET;
    const rows = [
      ["1 MiB range read through a signed link, throughput", `${reads.signed.rps.toFixed(1)} req/s`, "", ""],
      ["1 MiB range read with an API key, throughput", `${reads.apiKey.rps.toFixed(1)} req/s`, "", ""],
      ["signed / API-key throughput", ratio.toFixed(2), `≥ ${TARGET}`, allMet],
      ["signed latency p50 / p90 / p99", ms3(reads.signed), "", ""],
      ["API-key latency p50 / p90 / p99", ms3(reads.apiKey), "", ""],
      ["server CPU per request, signed / API key", `${cpu(reads.signed.cpuMs)} / ${cpu(reads.apiKey.cpuMs)}`, "", ""],
      ["CPU time of one signature verification (workerd)", `${verify.us.toFixed(1)} µs`, "", ""],
    ];
    const rounds = (name) => reads[name].rounds.map((r) => `${r.rps.toFixed(1)} req/s (p50 ${ms(r.p50)}, CPU ${cpu(r.cpuMs)}/req)`).join("; ");
    const details = `${config.concurrency} concurrent keep-alive connections, ${config.rounds} rounds of ${config.roundSeconds} s per
target after ${config.warmupSeconds} s of warm-up each, alternating (mirrored blocks); medians over rounds. ${reads.signed.requests}
signed and ${reads.apiKey.requests} API-key requests measured, ${reads.signed.errors + reads.apiKey.errors} errors.

- signed rounds: ${rounds("signed")}
- API-key rounds: ${rounds("apiKey")}
- one verification, per repeat: ${verify.samples.map((us) => `${us.toFixed(1)} µs`).join(", ")}

### Method

One \`wrangler dev\` of the API on fresh local storage; an account and key through the admin API, 4 MiB of random
bytes uploaded as a recording's audio, and a signed link to that item made with \`POST /v1/recordings/{id}/download-url\`.
Both targets are first checked to answer 206 with exactly the first 1,048,576 bytes: the signed link
(\`GET /v1/signed/media/…?disposition=inline&expires=…&kid=…&sig=…\`, no credentials) and the same item with the key
(\`GET /v1/recordings/{id}/media/{media_id}\`, \`Authorization: Bearer\`), both with \`Range: bytes=0-1048575\`. Each
does one D1 read (the key route: key, recording and item in one query; the signed route: recording and item)
and the same R2 read; the signed route swaps the key hash and lookup for an HMAC-SHA256 verification. The load
generator (bench/load.mjs) runs the two in alternating rounds in one run, so drift on a shared machine cancels.
Server CPU per request is the \`wrangler dev\` process group's CPU time (from /proc) over a round, divided by its requests.

Verification CPU: bench/signing/worker.ts runs the API's \`verifyLink\` (src/signing/links.ts) on the same link
${config.verifications} times in one request; the process group's CPU time for that request, less that of a
one-verification request, divided by ${config.verifications - 1}, median of ${config.verificationRepeats}.`;
    return { rows, allMet, details };
  },
};
