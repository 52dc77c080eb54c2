// `npm run dev`: local secrets, local D1 migrations, `wrangler dev`, and a seeded demo account
// with three playable recordings, then a share page and a download link to open in a browser and a
// few curl lines that work against it.
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createAccount, createDownloadUrl, createKey, createRecording, createShareUrl, uploadMedia } from "./lib/seed.mjs";
import { toneWav } from "./lib/wav.mjs";
import { applyLocalMigrations, projectRoot, startWranglerDev } from "./lib/wrangler.mjs";

const devVarsPath = path.join(projectRoot, ".dev.vars");
const seedStatePath = path.join(projectRoot, ".wrangler", "demo-seed.json");

const DEMO_RECORDINGS = [
  {
    fields: {
      source: "pstn", status: "complete", call_id: "0b9a6f3e-2c41-4d8e-9f57-3a1e5c7d9b20",
      user_id: "user_alice", channels: 1, track: "both", duration_seconds: 3,
      started_at: "2026-11-20T09:00:00.000Z", ended_at: "2026-11-20T09:00:03.000Z",
      metadata: { from: "+15551230001", to: "+15559870002", campaign: "renewals" },
    },
    wav: { seconds: 3, frequencies: [261.63, 329.63, 392.0] }, // C major
    filename: "support-call.wav",
  },
  {
    fields: {
      source: "webrtc", status: "complete", room_id: "room-standup", user_id: "user_bob",
      channels: 2, track: "both", duration_seconds: 4, started_at: "2026-11-21T10:15:00.000Z",
      metadata: { title: "Daily standup", participants: ["alice", "bob", "carol"] },
    },
    wav: { seconds: 4, frequencies: [220.0, 261.63, 329.63, 440.0], channels: 2 }, // A minor
    filename: "standup.wav",
  },
  {
    fields: {
      source: "sip", status: "complete", call_id: "5d2e8c71-9a36-4f0b-b1c4-7e6f2a9d3c58",
      room_id: "room-sales", channels: 1, track: "inbound", duration_seconds: 2.5,
      metadata: { trunk: "sip-trunk-1", tags: ["demo", "sales"] },
    },
    wav: { seconds: 2.5, frequencies: [392.0, 493.88, 587.33] }, // G major
    filename: "sales-call.wav",
  },
];

/** Reads KEY=VALUE lines of a .dev.vars file (comments and blank lines skipped, quotes removed). */
function readDevVars(file) {
  const vars = {};
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !line.trimStart().startsWith("#")) vars[match[1]] = match[2].replace(/^(["'])(.*)\1$/, "$2");
  }
  return vars;
}

/** Copies into an existing .dev.vars the secrets added to .dev.vars.example since it was made (e.g. SIGNING_KEYS). */
function addMissingDevVars() {
  const examplePath = path.join(projectRoot, ".dev.vars.example");
  const present = readDevVars(devVarsPath);
  const lines = readFileSync(examplePath, "utf8").split(/\r?\n/);
  for (const [name] of Object.entries(readDevVars(examplePath))) {
    if (name in present) continue;
    const line = lines.find((l) => l.startsWith(`${name}=`));
    appendFileSync(devVarsPath, `\n${line}\n`);
    console.log(`Added ${name} to .dev.vars from .dev.vars.example.`);
  }
}

/** The saved demo account when its key still works against this server, else null. */
async function reusableSeed(baseUrl) {
  if (!existsSync(seedStatePath)) return null;
  try {
    const saved = JSON.parse(readFileSync(seedStatePath, "utf8"));
    const response = await fetch(new URL("/v1/recordings?limit=100", baseUrl), {
      headers: { Authorization: `Bearer ${saved.key}` },
    });
    if (response.status !== 200) return null;
    const { data } = await response.json();
    const withMedia = data.find((recording) => recording.media?.length);
    return { ...saved, recording_id: withMedia?.id ?? saved.recording_id };
  } catch {
    return null;
  }
}

/** Creates the demo account, a key with every scope and three recordings with WAV audio. */
async function seedDemo(baseUrl, adminToken) {
  const account = await createAccount(baseUrl, adminToken, "Demo");
  const apiKey = await createKey(baseUrl, adminToken, account.id, { name: "demo" });
  const recordingIds = [];
  for (const demo of DEMO_RECORDINGS) {
    const recording = await createRecording(baseUrl, apiKey.key, demo.fields);
    await uploadMedia(baseUrl, apiKey.key, recording.id, toneWav(demo.wav), {
      contentType: "audio/wav", kind: "audio", filename: demo.filename, contentDigest: true,
    });
    recordingIds.push(recording.id);
  }
  const seed = { account_id: account.id, key_id: apiKey.id, key: apiKey.key, recording_id: recordingIds[0] };
  mkdirSync(path.dirname(seedStatePath), { recursive: true });
  writeFileSync(seedStatePath, `${JSON.stringify({ ...seed, recording_ids: recordingIds }, null, 2)}\n`);
  return seed;
}

/** Fresh signed links (a day long) to the demo recording: its share page and a download of its audio. */
async function demoLinks(baseUrl, seed) {
  const share = await createShareUrl(baseUrl, seed.key, seed.recording_id, 86400);
  const download = await createDownloadUrl(baseUrl, seed.key, seed.recording_id, { expires_in: 86400, disposition: "attachment" });
  return { share: share.url, download: download.download_url };
}

function printWelcome(baseUrl, seed, reused, links) {
  const auth = `-H "Authorization: Bearer ${seed.key}"`;
  const media = `${baseUrl}/v1/recordings/${seed.recording_id}/media`;
  console.log(`
──────────────────────────────────────────────────────────────────────────
 Recordings API on ${baseUrl}   (docs: ${baseUrl}/docs)
 Demo account ${seed.account_id} ${reused ? "(reused from .wrangler/demo-seed.json)" : "(seeded now)"}
 API key      ${seed.key}

 Open in a browser, no key needed (signed links, valid for a day):
 share page   ${links.share}
 download     ${links.download}

 # list recordings (newest first)
 curl -s ${auth} "${baseUrl}/v1/recordings?limit=10"
 # the first 100 bytes of a recording's audio (206 Partial Content)
 curl -s -D - -o /dev/null ${auth} -H "Range: bytes=0-99" "${media}"
 # the whole WAV, playable
 curl -s ${auth} -o demo.wav "${media}"
 # run the scheduled jobs now (retention purge, orphan sweep), as the Cron Trigger does
 curl -s "${baseUrl}/__scheduled?cron=*/15+*+*+*+*"
 # a large file, resumably, with a real tus client (tus-js-client) in 8 MiB chunks
 API_KEY=${seed.key} API_URL=${baseUrl} npm run upload:tus -- <file> ${seed.recording_id}

 Ctrl-C stops the server.
──────────────────────────────────────────────────────────────────────────`);
}

async function main() {
  if (!existsSync(devVarsPath)) {
    copyFileSync(path.join(projectRoot, ".dev.vars.example"), devVarsPath);
    console.log("Created .dev.vars from .dev.vars.example (local secrets; edit as you like).");
  }
  addMissingDevVars();
  const adminToken = readDevVars(devVarsPath).ADMIN_TOKEN;
  if (!adminToken) throw new Error(`ADMIN_TOKEN is missing from ${devVarsPath}; see .dev.vars.example`);

  console.log("Applying local D1 migrations…");
  await applyLocalMigrations();
  const port = Number(process.env.PORT ?? 8787);
  const dev = await startWranglerDev({ port, quiet: false, testScheduled: true }).catch((error) => {
    throw new Error(`${error.message}\n(PORT=<number> npm run dev uses another port.)`);
  });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping wrangler dev…");
    await dev.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  process.off("SIGINT", early);
  dev.exited.then((code) => {
    if (stopping) return;
    console.error(`wrangler dev exited (${code}).`);
    process.exit(code || 1);
  });

  try {
    const saved = await reusableSeed(dev.url);
    const seed = saved ?? (await seedDemo(dev.url, adminToken));
    printWelcome(dev.url, seed, Boolean(saved), await demoLinks(dev.url, seed));
  } catch (error) {
    console.error(`\nCould not seed the demo data; the server keeps running.\n${error.message}\n`);
  }
}

// Ctrl-C before the server is up: exit at once; wrangler.mjs kills wrangler's process group on exit.
const early = () => process.exit(130);
process.once("SIGINT", early);
main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
