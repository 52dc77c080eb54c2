#!/usr/bin/env node
// npm run test:zip-tus-large: a ZIP past 4 GiB of real uploads, end to end. Starts `wrangler dev` on fresh
// local storage, uploads with tus-js-client (32 MiB chunks, generated data streamed, never held whole)
// one recording of 4 GiB + 1 MiB + 3 bytes and one of 5 MiB + 11 bytes, downloads their bulk ZIP with
// curl (GET form), checks its exact Content-Length, and runs the five readers on it, comparing every
// entry's CRC-32 with the CRC-32 of the bytes uploaded. About 10 minutes and 13 GB of temporary disk on
// a busy 2-core machine (local R2 keeps the parts and the object, then the ZIP is written).
//   npm run test:zip-tus-large [-- --keep]   (--keep leaves the temp directory: state, ZIP, wrangler.log)
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { crc32 } from "node:zlib";
import * as tus from "tus-js-client";
import { crcOf, itemStream } from "./lib/generated-data.mjs";
import { createAccount, createKey, createRecording } from "./lib/seed.mjs";
import { applyLocalMigrations, startWranglerDev } from "./lib/wrangler.mjs";
import { checkWithReaders } from "./lib/zip-readers.mjs";

const run = promisify(execFile);
const { values } = parseArgs({ options: { keep: { type: "boolean", default: false } } });
const MiB = 1024 * 1024;
const CHUNK = 32 * MiB;
const ITEMS = [
  { size: 2 ** 32 + MiB + 3, filename: "all-hands 通話.mp4", type: "video/mp4" },
  { size: 5 * MiB + 11, filename: "after the line.mp4", type: "video/mp4" },
];

/** Uploads item `index` to a recording through tus, streamed; resolves with the media id. */
function upload(baseUrl, key, recordingId, index) {
  const { size, filename, type } = ITEMS[index];
  return new Promise((resolve, reject) => {
    let mediaId = null;
    let shown = -1;
    const started = Date.now();
    const job = new tus.Upload(itemStream(index, size), {
      endpoint: `${baseUrl}/v1/recordings/${recordingId}/uploads`,
      uploadSize: size,
      chunkSize: CHUNK,
      metadata: { filename, filetype: type },
      headers: { Authorization: `Bearer ${key}` },
      retryDelays: [0, 1000, 3000],
      storeFingerprintForResuming: false,
      onAfterResponse: (_req, res) => (mediaId = res.getHeader("Upload-Media-Id") ?? mediaId),
      onProgress(sent) {
        const tenth = Math.floor((sent / size) * 10);
        if (tenth !== shown) process.stdout.write(`${tenth * 10}% `);
        shown = tenth;
      },
      onSuccess: () => {
        console.log(`\n  ${filename}: ${size} bytes in ${((Date.now() - started) / 1000).toFixed(0)} s, media ${mediaId}`);
        resolve(mediaId);
      },
      onError: reject,
    });
    job.start();
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "zip-tus-large-"));
const adminToken = randomBytes(16).toString("hex");
let dev;
let failed = true;
try {
  // Before any connection is open: the loop is busy for a while, and an idle keep-alive socket would close.
  console.log("computing the CRC-32s of the data to upload …");
  const crcs = ITEMS.map((item, index) => crcOf(index, item.size));
  const persistTo = path.join(dir, "state");
  await applyLocalMigrations({ persistTo });
  dev = await startWranglerDev({
    persistTo, logFile: path.join(dir, "wrangler.log"),
    vars: { ADMIN_TOKEN: adminToken, SIGNING_KEYS: `big:${randomBytes(32).toString("base64")}` },
  });
  console.log(`wrangler dev on ${dev.url}; state in ${dir}`);
  const account = await createAccount(dev.url, adminToken, "large zip");
  const { key } = await createKey(dev.url, adminToken, account.id);
  const recordings = [];
  const byMedia = new Map();
  for (const [index, item] of ITEMS.entries()) {
    const { id } = await createRecording(dev.url, key, { source: "webrtc", started_at: "2026-06-01T12:00:00Z" });
    console.log(`uploading ${item.filename} (${item.size} bytes) with tus-js-client …`);
    const mediaId = await upload(dev.url, key, id, index);
    byMedia.set(mediaId, { ...item, crc32: crcs[index] });
    recordings.push(id);
  }

  const file = path.join(dir, "recordings.zip");
  const url = `${dev.url}/v1/recordings/download?recording_ids=${recordings.join(",")}`;
  const started = Date.now();
  const { stdout } = await run("curl", ["-sf", "-D", "-", "-o", file, "-H", `Authorization: Bearer ${key}`, url]);
  const length = Number(/^content-length:\s*(\d+)/im.exec(stdout)?.[1]);
  const size = statSync(file).size;
  console.log(`downloaded ${size} bytes in ${((Date.now() - started) / 1000).toFixed(0)} s (Content-Length ${length})`);
  if (size !== length || size <= 2 ** 32) throw new Error(`the ZIP is ${size} bytes, Content-Length said ${length}`);

  // What each entry must read back as: the manifest (as unzip gives it), then the uploads' CRC-32s.
  const manifestBytes = (await run("unzip", ["-p", file, "manifest.json"], { encoding: "buffer", maxBuffer: 1 << 24 })).stdout;
  const manifest = JSON.parse(manifestBytes.toString());
  const expected = [{ name: "manifest.json", size: manifestBytes.byteLength, crc32: crc32(manifestBytes) }];
  for (const recording of manifest.recordings) {
    for (const media of recording.media) {
      const uploaded = byMedia.get(media.id);
      expected.push({ name: media.path, size: uploaded.size, crc32: uploaded.crc32 });
    }
  }
  const results = await checkWithReaders(file, expected);
  failed = results.some((r) => !r.ok) || expected.length !== ITEMS.length + 1;
  console.log(failed ? "FAILED" : `a ${size}-byte ZIP of tus uploads passed all ${results.length} readers, every CRC-32 as uploaded`);
} catch (err) {
  console.error(err);
} finally {
  await dev?.stop();
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
