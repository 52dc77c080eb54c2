/**
 * The plan of a bulk ZIP before any byte is sent: every entry's name, size, CRC-32 and time, the
 * manifest's records (written by fflate), and so the archive's layout and exact length. Pure: media
 * bytes stay in storage, named by the items the plan carries.
 */
import { zipSync } from "fflate";
import { crc32 } from "node:zlib";
import { MediaSchema } from "../schemas/recording";
import { EntryNames, safeFileName } from "./entry-names";
import { entryTime, layOut, nameLength, type ArchiveLayout, type LayoutEntry } from "./layout";
import { CENTRAL_HEADER_BYTES, FILE_ATTRS, LOCAL_HEADER_BYTES, UNIX } from "./records";
import type { Selector, Skipped } from "./selection";

export const MANIFEST_NAME = "manifest.json";

/** What the plan needs of a stored media item (the rest is carried along for the reader). */
export interface PlannedMedia {
  id: string;
  filename: string;
  content_type: string;
  byte_size: number;
  crc32: number;
  /** The stored bytes' SHA-256 (hex): what identifies them in the archive's ETag. */
  sha256: string;
}

/** An included recording: its fields as the API shows them (media aside), and its media in order. */
export interface PlannedRecording<M extends PlannedMedia> {
  fields: { id: string; started_at: string | null; created_at: string; updated_at: string } & Record<string, unknown>;
  media: readonly M[];
}

/**
 * One file of the archive: `manifest.json` with the records fflate wrote for it (`written`), or a media
 * item (`media`) whose headers the project writes (records.ts) and whose bytes stay in storage.
 */
export type PlannedEntry<M> = LayoutEntry<M> & ({ written: NonNullable<LayoutEntry<M>["written"]>; media?: undefined } | { media: M; written?: undefined });

export interface ArchivePlan<M> {
  entries: PlannedEntry<M>[];
  /** Where every byte of the archive comes from. */
  layout: ArchiveLayout<M>;
  /** The archive's exact length in bytes. */
  length: number;
}

const utf8 = new TextEncoder();

/**
 * The manifest as fflate's `zipSync` writes it as the first entry of a one-file archive: its local
 * header with the deflated (or, when deflating does not make it smaller, stored) bytes, and its
 * central header, whose offset (0) is right because the manifest always comes first.
 */
function manifestEntry(manifest: unknown, modified: Date): PlannedEntry<never> {
  const raw = utf8.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const options = { mtime: modified, os: UNIX, attrs: FILE_ATTRS };
  let zip = zipSync({ [MANIFEST_NAME]: [raw, { ...options, level: 6 }] });
  const header = LOCAL_HEADER_BYTES + nameLength(MANIFEST_NAME);
  if (zip.byteLength - 2 * header - 16 - 22 >= raw.byteLength) zip = zipSync({ [MANIFEST_NAME]: [raw, { ...options, level: 0 }] });
  const storedSize = zip.byteLength - 2 * header - 16 - 22;
  const local = zip.subarray(0, header + storedSize);
  const central = zip.subarray(header + storedSize, header + storedSize + CENTRAL_HEADER_BYTES + nameLength(MANIFEST_NAME));
  return {
    name: MANIFEST_NAME, size: raw.byteLength, crc32: crc32(raw), storedSize,
    compression: storedSize < raw.byteLength ? 8 : 0, modified, written: { local, central },
  };
}

const MEDIA_FIELDS = Object.keys(MediaSchema.shape);

function shownMedia(media: PlannedMedia, path: string): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const field of MEDIA_FIELDS) shown[field] = (media as unknown as Record<string, unknown>)[field];
  return { ...shown, path };
}

/**
 * Plans the archive: `manifest.json` first (the selection, every included recording with its media
 * and their paths, every id left out with its reason), then each recording's media in a folder named
 * by its id. Entry times come from the recordings, so the same request gives the same bytes.
 */
export function planArchive<M extends PlannedMedia>(
  selector: Selector,
  recordings: readonly PlannedRecording<M>[],
  skipped: readonly Skipped[],
): ArchivePlan<M> {
  const names = new EntryNames();
  names.reserve(MANIFEST_NAME);
  const mediaEntries: PlannedEntry<M>[] = [];
  const shown = recordings.map(({ fields, media }) => {
    const modified = entryTime(fields.started_at ?? fields.created_at);
    const items = media.map((item) => {
      const name = names.claim(fields.id, safeFileName(item.filename, item.content_type, item.id));
      const { byte_size: size, crc32 } = item;
      mediaEntries.push({ name, size, crc32, storedSize: size, compression: 0, modified, media: item });
      return shownMedia(item, name);
    });
    return { ...fields, media: items };
  });
  const latest = recordings.map((r) => r.fields.updated_at).sort().at(-1);
  const manifest = { requested: { [selector.by]: selector.ids }, recordings: shown, skipped };
  const entries = [manifestEntry(manifest, entryTime(latest ?? "")), ...mediaEntries];
  const layout = layOut(entries);
  return { entries, layout, length: layout.length };
}
