/**
 * The ZIP records fflate cannot write: the headers of the media entries (CRC-32 and sizes in the local
 * header, no data descriptor, ZIP64 where a size or offset needs it) and the end of the archive (the
 * ZIP64 end of central directory record and its locator when needed, then the end record). A plain
 * entry's headers are byte for byte what fflate's `zipSync` writes for it; ZIP64 follows APPNOTE 6.3.10
 * §4.3.9, §4.4.3, §4.5.3 and §4.3.14–16, and the rules readers are known to hold: the ZIP64 extra is
 * the only (so the first) extra field, "version needed" is 45 in both headers of a ZIP64 entry, and a
 * local header never carries 0xFFFFFFFF sizes without the ZIP64 extra that gives the real ones.
 */

/** A 32-bit size or offset field at or past this value must be given in a ZIP64 record instead. */
export const ZIP32_LIMIT = 0xffff_ffff;
/** The 16-bit entry count field at or past this value must be given in the ZIP64 end record. */
export const ZIP32_ENTRY_LIMIT = 0xffff;

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_EXTRA_ID = 0x0001;
/** "Version needed" (and the version part of "made by"): 2.0 for plain entries, 4.5 for ZIP64. */
const VERSION_PLAIN = 20;
const VERSION_ZIP64 = 45;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_FLAG = 0x0800;
/** Unix (3) as the entry's origin, so Info-ZIP `unzip` reads the UTF-8 names as UTF-8. */
export const UNIX = 3;
/** A regular file, rw-r--r--, in the high 16 bits of the external attributes. */
export const FILE_ATTRS = (0o100644 << 16) >>> 0;

export const LOCAL_HEADER_BYTES = 30;
export const CENTRAL_HEADER_BYTES = 46;
export const END_RECORD_BYTES = 22;
export const ZIP64_END_BYTES = 56;
export const ZIP64_LOCATOR_BYTES = 20;

/** What an entry's headers say about it. */
export interface EntryFacts {
  /** The entry path as UTF-8. */
  name: Uint8Array;
  /** Whether the name has non-ASCII characters (the UTF-8 flag is set then). */
  utf8: boolean;
  crc32: number;
  /** Uncompressed size. */
  size: number;
  /** Bytes in the archive. */
  storedSize: number;
  compression: 0 | 8;
  modified: Date;
}

const sizesNeedZip64 = (e: Pick<EntryFacts, "size" | "storedSize">) => e.size >= ZIP32_LIMIT || e.storedSize >= ZIP32_LIMIT;

/** Whether an entry at `offset` is a ZIP64 entry (version needed 45 in both its headers). */
export function isZip64Entry(entry: Pick<EntryFacts, "size" | "storedSize">, offset: number): boolean {
  return sizesNeedZip64(entry) || offset >= ZIP32_LIMIT;
}

/** Bytes of the local header (with the name and any ZIP64 extra). */
export function localHeaderLength(entry: Pick<EntryFacts, "name" | "size" | "storedSize">): number {
  return LOCAL_HEADER_BYTES + entry.name.byteLength + (sizesNeedZip64(entry) ? 20 : 0);
}

/** The ZIP64 extra's data size in the central header: 8 bytes per field that overflows. */
function centralExtraData(entry: Pick<EntryFacts, "size" | "storedSize">, offset: number): number {
  return (sizesNeedZip64(entry) ? 16 : 0) + (offset >= ZIP32_LIMIT ? 8 : 0);
}

/** Bytes of the central directory header (with the name and any ZIP64 extra). */
export function centralHeaderLength(entry: Pick<EntryFacts, "name" | "size" | "storedSize">, offset: number): number {
  const extra = centralExtraData(entry, offset);
  return CENTRAL_HEADER_BYTES + entry.name.byteLength + (extra ? 4 + extra : 0);
}

class Writer {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly #view: DataView;
  #at = 0;
  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.#view = new DataView(this.bytes.buffer);
  }
  u16(value: number): this {
    this.#view.setUint16(this.#at, value, true);
    this.#at += 2;
    return this;
  }
  u32(value: number): this {
    this.#view.setUint32(this.#at, value, true);
    this.#at += 4;
    return this;
  }
  u64(value: number): this {
    this.#view.setBigUint64(this.#at, BigInt(value), true);
    this.#at += 8;
    return this;
  }
  raw(bytes: Uint8Array): this {
    this.bytes.set(bytes, this.#at);
    this.#at += bytes.byteLength;
    return this;
  }
}

/** The MS-DOS time (low 16 bits) and date (high 16 bits) of `date`, in UTC, as one 32-bit field. */
export function dosDateTime(date: Date): number {
  const year = date.getUTCFullYear() - 1980;
  return (
    ((year << 25) | ((date.getUTCMonth() + 1) << 21) | (date.getUTCDate() << 16) |
      (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)) >>> 0
  );
}

/** The fields both headers share, from "version needed" to the extra field's length. */
function commonFields(w: Writer, entry: EntryFacts, zip64: boolean, sizes32: boolean, extraLength: number): void {
  w.u16(zip64 ? VERSION_ZIP64 : VERSION_PLAIN).u16(entry.utf8 ? UTF8_FLAG : 0).u16(entry.compression);
  w.u32(dosDateTime(entry.modified)).u32(entry.crc32);
  w.u32(sizes32 ? entry.storedSize : ZIP32_LIMIT).u32(sizes32 ? entry.size : ZIP32_LIMIT);
  w.u16(entry.name.byteLength).u16(extraLength);
}

/**
 * The local header of an entry whose data follows it directly (CRC-32 and sizes here, no descriptor).
 * Sizes at or past 0xFFFFFFFF are 0xFFFFFFFF here and given by the ZIP64 extra (both sizes, §4.5.3).
 */
export function localHeader(entry: EntryFacts, offset: number): Uint8Array<ArrayBuffer> {
  const big = sizesNeedZip64(entry);
  const w = new Writer(localHeaderLength(entry)).u32(LOCAL_SIGNATURE);
  commonFields(w, entry, isZip64Entry(entry, offset), !big, big ? 20 : 0);
  w.raw(entry.name);
  if (big) w.u16(ZIP64_EXTRA_ID).u16(16).u64(entry.size).u64(entry.storedSize);
  return w.bytes;
}

/**
 * The central directory header of an entry whose local header is at `offset`. Its ZIP64 extra holds,
 * in the order §4.5.3 gives, only the fields whose 32-bit field is 0xFFFFFFFF: size, stored size, offset.
 */
export function centralHeader(entry: EntryFacts, offset: number): Uint8Array<ArrayBuffer> {
  const big = sizesNeedZip64(entry);
  const far = offset >= ZIP32_LIMIT;
  const extra = centralExtraData(entry, offset);
  const zip64 = isZip64Entry(entry, offset);
  const w = new Writer(centralHeaderLength(entry, offset)).u32(CENTRAL_SIGNATURE);
  w.u16((UNIX << 8) | (zip64 ? VERSION_ZIP64 : VERSION_PLAIN));
  commonFields(w, entry, zip64, !big, extra ? 4 + extra : 0);
  w.u16(0).u16(0).u16(0).u32(FILE_ATTRS).u32(far ? ZIP32_LIMIT : offset);
  w.raw(entry.name);
  if (extra) {
    w.u16(ZIP64_EXTRA_ID).u16(extra);
    if (big) w.u64(entry.size).u64(entry.storedSize);
    if (far) w.u64(offset);
  }
  return w.bytes;
}

/** Where the central directory is and what it holds. */
export interface CentralDirectory {
  entries: number;
  offset: number;
  size: number;
}

/** Whether the archive's end needs the ZIP64 end record and locator. */
export function needsZip64End({ entries, offset, size }: CentralDirectory): boolean {
  return entries >= ZIP32_ENTRY_LIMIT || offset >= ZIP32_LIMIT || size >= ZIP32_LIMIT;
}

/** Bytes of the archive's end: the end record, after the ZIP64 end record and locator when needed. */
export function endLength(cd: CentralDirectory): number {
  return END_RECORD_BYTES + (needsZip64End(cd) ? ZIP64_END_BYTES + ZIP64_LOCATOR_BYTES : 0);
}

/**
 * The archive's end, right after the central directory: when needed the ZIP64 end of central directory
 * record (§4.3.14) and its locator (§4.3.15), then the end record (§4.3.16), whose fields that overflow
 * hold 0xFFFF / 0xFFFFFFFF (the others their values).
 */
export function endRecords(cd: CentralDirectory): Uint8Array<ArrayBuffer> {
  const zip64 = needsZip64End(cd);
  const w = new Writer(endLength(cd));
  if (zip64) {
    const zip64End = cd.offset + cd.size;
    w.u32(ZIP64_END_SIGNATURE).u64(ZIP64_END_BYTES - 12).u16((UNIX << 8) | VERSION_ZIP64).u16(VERSION_ZIP64);
    w.u32(0).u32(0).u64(cd.entries).u64(cd.entries).u64(cd.size).u64(cd.offset);
    w.u32(ZIP64_LOCATOR_SIGNATURE).u32(0).u64(zip64End).u32(1);
  }
  const count = Math.min(cd.entries, ZIP32_ENTRY_LIMIT);
  w.u32(END_SIGNATURE).u16(0).u16(0).u16(count).u16(count);
  w.u32(Math.min(cd.size, ZIP32_LIMIT)).u32(Math.min(cd.offset, ZIP32_LIMIT)).u16(0);
  return w.bytes;
}
