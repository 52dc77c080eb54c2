/**
 * The strong ETag of a bulk ZIP: a SHA-256 over everything that shapes its bytes, so that any change
 * (an id added or left out, a recording trashed, new media, a name, the order, the manifest's metadata,
 * the writer's format) gives another tag, and `If-Range` never splices two archives.
 */
import type { ArchivePlan, PlannedMedia } from "./plan";

/**
 * The writer's format: change it whenever the code that writes the bytes changes what it writes for the
 * same plan (records.ts, layout.ts, the manifest's options or fflate's version).
 */
export const ARCHIVE_FORMAT = "zip-2026-12/fflate-0.8.3";

const utf8 = new TextEncoder();

/** Hex of the SHA-256 of `bytes`. */
async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * `"<sha-256 hex>"` over the format, each entry's name, sizes, CRC-32, method and time, each media
 * item's SHA-256, and the manifest's written bytes (which carry every recording's metadata and the
 * ids left out).
 */
export async function archiveEtag(plan: ArchivePlan<PlannedMedia>): Promise<string> {
  const described = plan.entries.map((entry) => [
    entry.name, entry.size, entry.storedSize, entry.crc32, entry.compression, entry.modified.getTime(),
    entry.media ? entry.media.sha256 : null,
  ]);
  const head = utf8.encode(JSON.stringify([ARCHIVE_FORMAT, plan.length, described]));
  const written = plan.entries.flatMap((entry) => (entry.written ? [entry.written.local, entry.written.central] : []));
  const all = new Uint8Array(head.byteLength + written.reduce((n, part) => n + part.byteLength, 0));
  all.set(head);
  let at = head.byteLength;
  for (const part of written) {
    all.set(part, at);
    at += part.byteLength;
  }
  return `"${await sha256Hex(all)}"`;
}
