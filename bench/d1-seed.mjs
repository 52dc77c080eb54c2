// Bulk data for the list benchmark: many recordings of one account, written as SQL files of
// multi-row INSERTs and loaded into the local D1 with `wrangler d1 execute --local --file`.
// (A benchmark's data set, not a seeding path for real use: it bypasses the API on purpose.)
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot, wranglerEnv } from "../scripts/lib/wrangler.mjs";

const wranglerBin = path.join(projectRoot, "node_modules", ".bin", "wrangler");
const COLUMNS = [
  "id", "account_id", "call_id", "room_id", "user_id", "source", "status", "started_at", "ended_at",
  "duration_seconds", "channels", "track", "metadata", "created_at", "updated_at", "deleted_at", "deleted_by",
];
const SOURCES = ["pstn", "pstn", "sip", "webrtc", "webrtc", "other"];
const STATUSES = ["complete", "complete", "complete", "complete", "complete", "complete", "failed", "aborted"];
const TRACKS = ["inbound", "outbound", "both"];

/** A small deterministic PRNG (mulberry32), so every run builds the same shape of data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sql(value) {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * Rows for `count` recordings of one account, oldest first: distinct created_at values a few
 * seconds to ten minutes apart (ISO 8601 UTC with milliseconds) ending before `endMs`, sources and
 * statuses mixed, call_id on phone calls, room_id on WebRTC, about 1% in the trash.
 * @param {{ accountId: string, count: number, endMs?: number, trashedBy?: string, seed?: number }} options
 * @returns {Array<Record<string, string | number | null>>}
 */
export function recordingRows({ accountId, count, endMs = Date.UTC(2026, 10, 22, 11), trashedBy = null, seed = 42 }) {
  const random = prng(seed);
  const gaps = Array.from({ length: count }, () => 1_000 + Math.floor(random() * 599_000));
  let at = endMs - gaps.reduce((sum, gap) => sum + gap, 0);
  return gaps.map((gap, i) => {
    at += gap;
    const source = SOURCES[Math.floor(random() * SOURCES.length)];
    const status = STATUSES[Math.floor(random() * STATUSES.length)];
    const duration = Math.round(random() * 3_600_000) / 1000;
    const created = new Date(at).toISOString();
    const trashed = random() < 0.01;
    return {
      id: randomUUID(),
      account_id: accountId,
      call_id: source === "pstn" || source === "sip" ? randomUUID() : null,
      room_id: source === "webrtc" ? `room-${i % 500}` : null,
      user_id: random() < 0.7 ? `user_${Math.floor(random() * 2_000)}` : null,
      source,
      status,
      started_at: new Date(at - duration * 1000 - 2_000).toISOString(),
      ended_at: new Date(at - 2_000).toISOString(),
      duration_seconds: duration,
      channels: random() < 0.5 ? 1 : 2,
      track: TRACKS[Math.floor(random() * TRACKS.length)],
      metadata: "{}",
      created_at: created,
      updated_at: created,
      deleted_at: trashed ? new Date(at + 86_400_000).toISOString() : null,
      deleted_by: trashed ? trashedBy : null,
    };
  });
}

/**
 * Writes rows as SQL files of multi-row INSERTs into `recordings`: as many rows per statement as
 * fit in `maxStatementBytes` (D1 refuses statements over 100 kB), `rowsPerFile` rows per file.
 * @param {Array<Record<string, unknown>>} rows
 * @param {{ dir: string, maxStatementBytes?: number, rowsPerFile?: number }} options
 * @returns {string[]} the files written, in order
 */
export function writeInsertFiles(rows, { dir, maxStatementBytes = 90_000, rowsPerFile = 25_000 }) {
  const head = `INSERT INTO recordings (${COLUMNS.join(", ")}) VALUES\n`;
  const files = [];
  for (let start = 0; start < rows.length; start += rowsPerFile) {
    const statements = [];
    let values = [];
    let size = head.length;
    const flush = () => {
      if (values.length) statements.push(`${head}${values.join(",\n")};`);
      values = [];
      size = head.length;
    };
    for (const row of rows.slice(start, start + rowsPerFile)) {
      const tuple = `(${COLUMNS.map((c) => sql(row[c])).join(",")})`;
      if (size + tuple.length + 2 > maxStatementBytes) flush();
      values.push(tuple);
      size += tuple.length + 2;
    }
    flush();
    const file = path.join(dir, `recordings-${String(files.length + 1).padStart(2, "0")}.sql`);
    writeFileSync(file, `${statements.join("\n")}\n`);
    files.push(file);
  }
  return files;
}

/**
 * Runs one SQL file against the local D1 of binding DB (`wrangler d1 execute --local --file`).
 * Run it while no `wrangler dev` is using the same persist directory.
 * @param {{ file: string, persistTo: string, config?: string, timeoutMs?: number }} options
 * @returns {Promise<string>} wrangler's output
 * @throws {Error} when wrangler fails or times out, with its output in the message
 */
export function executeD1File({ file, persistTo, config = "wrangler.toml", timeoutMs = 180_000 }) {
  const args = ["d1", "execute", "DB", "--local", "--config", config, "--persist-to", persistTo, "--file", file];
  return new Promise((resolve, reject) => {
    execFile(
      wranglerBin,
      args,
      { cwd: projectRoot, env: { ...wranglerEnv(), CI: "true" }, maxBuffer: 16 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const output = `${stdout}\n${stderr}`.trim().slice(-4_000);
        reject(new Error(`wrangler ${args.join(" ")} failed (${error.code ?? error.signal}):\n${output}`));
      },
    );
  });
}
