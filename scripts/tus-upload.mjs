#!/usr/bin/env node
// Uploads a (large) file to a recording with a real tus client, resumably, in chunks:
//   API_KEY=<key> npm run upload:tus -- <file> <recording_id> [--chunk-mib 8] [--type video/mp4] [--resume <upload url>]
// API_URL defaults to http://127.0.0.1:8787 (npm run dev). Prints the upload URL as soon as the upload
// is created: after an interruption (a crash, Ctrl-C, a server down for longer than the ~7 s of
// retries), run again with --resume <that url> to send only what is missing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { tusUpload } from "./lib/tus.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "chunk-mib": { type: "string", default: "8" }, type: { type: "string" }, resume: { type: "string" } },
});
const [file, recordingId] = positionals;
const key = process.env.API_KEY;
if (!file || !recordingId || !key) {
  console.error("usage: API_KEY=<key> [API_URL=http://127.0.0.1:8787] npm run upload:tus -- <file> <recording_id> [--chunk-mib 8] [--type <content type>] [--resume <upload url>]");
  process.exit(2);
}
const baseUrl = process.env.API_URL ?? "http://127.0.0.1:8787";
const data = readFileSync(file);
const started = Date.now();
let shown = -1;
const { url, mediaId } = await tusUpload({
  baseUrl, key, recordingId, data, chunkSize: Number(values["chunk-mib"]) * 1024 * 1024,
  filename: path.basename(file), filetype: values.type, uploadUrl: values.resume,
  onUploadUrl(url) {
    console.log(`upload ${url}\nif interrupted, run again with: --resume ${url}`);
  },
  onProgress(sent, total) {
    const tenth = Math.floor((sent / total) * 10);
    if (tenth !== shown) process.stdout.write(`${tenth * 10}% `);
    shown = tenth;
  },
});
const seconds = (Date.now() - started) / 1000;
if (!mediaId) {
  console.error(`\nupload ${url} reports every byte stored but named no media item; ask it with HEAD, or run again with --resume ${url}`);
  process.exit(1);
}
console.log(`\nupload ${url}\nmedia  ${mediaId} (${data.byteLength} bytes in ${seconds.toFixed(1)} s)`);
console.log(`get it: curl -s -H "Authorization: Bearer $API_KEY" -o copy "${baseUrl}/v1/recordings/${recordingId}/media/${mediaId}"`);
