/**
 * The plan of a bulk ZIP before any byte is sent: every entry's name, size, CRC-32 and time, the
 * manifest's bytes, and so the archive's exact length. Pure: media bytes stay in storage, named by
 * the items the plan carries.
 */
import { deflateSync } from "fflate";
import { crc32 } from "node:zlib";
import { MediaSchema } from "../schemas/recording";
import { EntryNames, safeFileName } from "./entry-names";
import { archiveLength, entryTime, zip32Overflow } from "./layout";
import type { Selector, Skipped } from "./selection";

export const MANIFEST_NAME = "manifest.json";

/** What the plan needs of a stored media item (the rest is carried along for the reader). */
export interface PlannedMedia {
  id: string;
  filename: string;
  content_type: string;
  byte_size: number;
  crc32: number;
}

/** An included recording: its fields as the API shows them (media aside), and its media in order. */
export interface PlannedRecording<M extends PlannedMedia> {
  fields: { id: string; started_at: string | null; created_at: string; updated_at: string } & Record<string, unknown>;
  media: readonly M[];
}

/** One file of the archive, as fflate is told about it before its bytes arrive. */
export interface EntryHeader {
  name: string;
  /** Uncompressed size. */
  size: number;
  crc32: number;
  /** Bytes in the archive: the size when stored, the compressed size when deflated. */
  storedSize: number;
  compression: 0 | 8;
  modified: Date;
}

/** An entry with its data: bytes at hand (the manifest) or a media item to read from storage. */
export type PlannedEntry<M> = EntryHeader & ({ bytes: Uint8Array<ArrayBuffer>; media?: undefined } | { media: M; bytes?: undefined });

export interface ArchivePlan<M> {
  entries: PlannedEntry<M>[];
  /** The archive's exact length in bytes. */
  length: number;
  /** Set when the archive needs ZIP64, which fflate cannot write. */
  overflow: { entries: number; bytes: number } | null;
}

const utf8 = new TextEncoder();

/** The manifest as an entry: deflated when that makes it smaller (its compressed size is known now). */
function manifestEntry(manifest: unknown, modified: Date): PlannedEntry<never> {
  const raw = utf8.encode(`${JSON.stringify(manifest, null, 2)}\n`) as Uint8Array<ArrayBuffer>;
  const deflated = deflateSync(raw, { level: 6 });
  const useDeflated = deflated.byteLength < raw.byteLength;
  const bytes = useDeflated ? deflated : raw;
  return {
    name: MANIFEST_NAME, size: raw.byteLength, crc32: crc32(raw), storedSize: bytes.byteLength,
    compression: useDeflated ? 8 : 0, modified, bytes,
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
  return { entries, length: archiveLength(entries), overflow: zip32Overflow(entries) };
}
