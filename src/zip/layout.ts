/**
 * The byte layout of the archives fflate's streaming `Zip` writes, so an archive's exact length is
 * known before its first byte: fflate writes no ZIP64 and always a data descriptor (general purpose
 * flag bit 3), with no extra fields or comments here.
 */

/** Local file header (30 bytes) before the name. */
const LOCAL_HEADER = 30;
/** Data descriptor with its signature: signature, CRC-32, compressed size, size. */
const DATA_DESCRIPTOR = 16;
/** Central directory file header (46 bytes) before the name. */
const CENTRAL_HEADER = 46;
/** End of central directory record, without a comment. */
const END_RECORD = 22;

/** Without ZIP64, sizes and offsets are 32-bit fields and 0xFFFFFFFF means "see ZIP64". */
export const MAX_ARCHIVE_BYTES = 0xffff_ffff;
/** Without ZIP64, the entry count is a 16-bit field. */
export const MAX_ARCHIVE_ENTRIES = 0xffff;

const utf8 = new TextEncoder();

/** What the layout needs of an entry: its name and the bytes it occupies in the archive. */
export interface EntryLayout {
  name: string;
  /** Bytes of the entry's data as written (compressed size when deflated). */
  storedSize: number;
}

/** The UTF-8 length of an entry name as fflate writes it. */
export function nameLength(name: string): number {
  return utf8.encode(name).byteLength;
}

/**
 * The exact length of the archive: per entry a local header, the name, the data and a data descriptor,
 * then per entry a central directory header and the name, then the end record.
 * @example archiveLength([{ name: "a.txt", storedSize: 5 }]) // 30+5+5+16 + 46+5 + 22 = 129
 */
export function archiveLength(entries: readonly EntryLayout[]): number {
  let total = END_RECORD;
  for (const entry of entries) {
    const name = nameLength(entry.name);
    total += LOCAL_HEADER + name + entry.storedSize + DATA_DESCRIPTOR + CENTRAL_HEADER + name;
  }
  return total;
}

/** Why an archive does not fit the ZIP format without ZIP64, or null when it fits. */
export function zip32Overflow(entries: readonly EntryLayout[]): { entries: number; bytes: number } | null {
  const bytes = archiveLength(entries);
  if (entries.length > MAX_ARCHIVE_ENTRIES || bytes > MAX_ARCHIVE_BYTES) return { entries: entries.length, bytes };
  return null;
}

/** The earliest and latest times an MS-DOS date (the ZIP entry time) can hold, in fflate's range. */
const EARLIEST = Date.UTC(1980, 0, 1);
const LATEST = Date.UTC(2099, 11, 31, 23, 59, 58);

/**
 * An entry time for `iso`: the same instant clamped to what a ZIP entry can record (1980–2099), so a
 * recording dated 1975 still zips (fflate throws outside that range).
 */
export function entryTime(iso: string): Date {
  const ms = Date.parse(iso);
  return new Date(Number.isNaN(ms) ? EARLIEST : Math.min(LATEST, Math.max(EARLIEST, ms)));
}
