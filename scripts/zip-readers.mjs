#!/usr/bin/env node
// npm run test:zip-readers: the project's own ZIP code (src/zip: the plan, fflate's manifest entry, the
// records it writes, the slice streamer) writes an archive past 4 GiB from generated entry data into a
// temporary file, and five readers no one here wrote must read it back with the CRC-32s the plan gave:
// Info-ZIP unzip, Python's zipfile, 7-Zip (7zz), bsdtar from the file and bsdtar from a pipe.
//   npm run test:zip-readers [-- --keep]   (--keep leaves the archive in the temp directory)
// The archive: manifest.json (plain, first), a small entry, one of 4 GiB + 5 bytes (ZIP64 sizes), then
// entries whose local headers start past 4 GiB (ZIP64 offsets), an empty one, and the ZIP64 end.
import { createHash } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { projectRoot } from "./lib/wrangler.mjs";
import { bytesAt, crcOf } from "./lib/generated-data.mjs";
import { checkWithReaders } from "./lib/zip-readers.mjs";

const { values } = parseArgs({ options: { keep: { type: "boolean", default: false } } });
const MiB = 1024 * 1024;

/** The real code, bundled for Node. */
async function zipCode() {
  const result = await build({
    stdin: {
      contents: `export { planArchive } from "./src/zip/plan.ts"; export { zipStream } from "./src/zip/zip-stream.ts";`,
      resolveDir: projectRoot,
      loader: "ts",
    },
    bundle: true, format: "esm", platform: "node", write: false, logLevel: "silent", absWorkingDir: projectRoot,
    tsconfig: path.join(projectRoot, "tsconfig.json"),
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}

const items = [
  { filename: "small.bin", size: 1000 },
  { filename: "Grüße 通話 — big.bin", size: 2 ** 32 + 5 },
  { filename: "after the line.bin", size: 3 * MiB + 17 },
  { filename: "empty.bin", size: 0 },
];
const recordingId = "11111111-1111-4111-8111-111111111111";
const started = Date.now();
console.log(`generating ${items.length} entries (${(items.reduce((n, i) => n + i.size, 0) / 2 ** 30).toFixed(2)} GiB) and their CRC-32s …`);
const media = items.map(({ filename, size }, index) => ({
  index, id: `00000000-0000-4000-8000-00000000000${index}`, filename, content_type: "application/octet-stream",
  byte_size: size, crc32: crcOf(index, size), sha256: createHash("sha256").update(`${index}`).digest("hex"),
}));
const { planArchive, zipStream } = await zipCode();
const fields = { id: recordingId, started_at: "2026-06-01T12:00:00.000Z", created_at: "2026-06-01T12:00:00.000Z", updated_at: "2026-06-01T13:00:00.000Z" };
const plan = planArchive({ by: "recording_ids", ids: [recordingId] }, [{ fields, media }], []);
const open = async (item, range) => {
  let at = range.offset;
  const end = range.offset + range.length;
  return {
    read: async (want) => {
      if (at >= end) return null;
      const chunk = bytesAt(item.index, at, Math.min(want, end - at));
      at += chunk.byteLength;
      return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    },
    cancel: async () => undefined,
  };
};

const dir = mkdtempSync(path.join(tmpdir(), "zip-readers-"));
const file = path.join(dir, "recordings.zip");
let failed = false;
try {
  console.log(`writing ${plan.length} bytes (ZIP64: ${plan.layout.zip64}) to ${file} …`);
  await pipeline(Readable.fromWeb(zipStream(plan.layout, open)), createWriteStream(file));
  const written = statSync(file).size;
  console.log(`written in ${((Date.now() - started) / 1000).toFixed(0)} s: ${written} bytes, planned ${plan.length}`);
  if (written !== plan.length) throw new Error(`the archive is ${written} bytes, the plan said ${plan.length}`);
  if (written <= 2 ** 32) throw new Error("the archive is not past 4 GiB");
  const expected = plan.entries.map((e) => ({ name: e.name, size: e.size, crc32: e.crc32 }));
  const results = await checkWithReaders(file, expected);
  failed = results.some((r) => !r.ok);
  console.log(failed ? "FAILED: a reader did not read the archive as written" : `all ${results.length} readers read every entry's name, size and CRC-32 as written`);
} catch (err) {
  failed = true;
  console.error(err);
} finally {
  if (values.keep) console.log(`kept ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
