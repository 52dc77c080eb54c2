import { expect } from "vitest";
import { sliceParts, type ArchiveLayout } from "../../src/zip/layout";

/** A synthetic media item: its bytes are a function of its index and the position. */
export interface Synthetic {
  index: number;
}

/** Byte `position` of synthetic item `index` (any position, past 4 GiB too). */
export function syntheticByte(index: number, position: number): number {
  return (position * 31 + Math.floor(position / 251) + index * 7) % 256;
}

function fill(out: Uint8Array, at: number, media: Synthetic, offset: number, length: number): void {
  for (let i = 0; i < length; i++) out[at + i] = syntheticByte(media.index, offset + i);
}

/** The bytes `[start, end)` as the slice alone produces them (`sliceParts(start, end)`). */
export function sliceBytes(layout: ArchiveLayout<Synthetic>, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let at = 0;
  for (const part of sliceParts(layout, start, end)) {
    if (part.bytes) out.set(part.bytes, at);
    else fill(out, at, part.media, part.offset, part.length);
    at += part.bytes ? part.bytes.byteLength : part.length;
  }
  expect(at).toBe(end - start);
  return out;
}

/**
 * The bytes `[start, end)` cut out of the whole archive: every segment from 0 walked in order, each
 * generated in full, lengths added up (not looked up by offset as slices are).
 */
export function wholeBytes(layout: ArchiveLayout<Synthetic>, start: number, end: number): Uint8Array {
  const out = new Uint8Array(end - start);
  let position = 0;
  for (const segment of layout.segments) {
    const from = Math.max(start, position);
    const to = Math.min(end, position + segment.length);
    if (from < to) {
      if (segment.bytes) {
        const bytes = segment.bytes();
        expect(bytes.byteLength).toBe(segment.length);
        out.set(bytes.subarray(from - position, to - position), from - start);
      } else fill(out, from - start, segment.media, from - position, to - from);
    }
    position += segment.length;
    if (position >= end) break;
  }
  return out;
}

/** One entry as the central directory (with its ZIP64 extra applied) describes it. */
export interface ReadEntry {
  name: string;
  versionNeeded: number;
  crc32: number;
  size: number;
  storedSize: number;
  offset: number;
  zip64: boolean;
}

const u64 = (view: DataView, at: number) => Number(view.getBigUint64(at, true));

/**
 * Reads an archive through `read(position, length)` as a careful ZIP reader does, asserting the rules
 * readers hold: the ZIP64 end record and locator exactly when a field overflows, the ZIP64 extra first,
 * version needed 45 in both headers of a ZIP64 entry, local sizes of 0xFFFFFFFF only with a local
 * ZIP64 extra, no data descriptors, every local header where the central directory says.
 */
export function readArchive(read: (position: number, length: number) => Uint8Array, length: number, checkLocals = Infinity): ReadEntry[] {
  const end = new DataView(read(length - 22, 22).slice().buffer);
  expect(end.getUint32(0, true)).toBe(0x06054b50);
  let count = end.getUint16(10, true);
  let cdSize = end.getUint32(12, true);
  let cdOffset = end.getUint32(16, true);
  const overflow = count === 0xffff || cdSize === 0xffff_ffff || cdOffset === 0xffff_ffff;
  let cdEnd = length - 22;
  if (overflow) {
    const locator = new DataView(read(length - 42, 20).slice().buffer);
    expect(locator.getUint32(0, true)).toBe(0x07064b50);
    const at = u64(locator, 8);
    expect(at).toBe(length - 42 - 56);
    const z = new DataView(read(at, 56).slice().buffer);
    expect([z.getUint32(0, true), u64(z, 4), z.getUint16(14, true)]).toEqual([0x06064b50, 44, 45]);
    [count, cdSize, cdOffset] = [u64(z, 32), u64(z, 40), u64(z, 48)];
    cdEnd = at;
  } else {
    expect(new DataView(read(length - 42, 4).slice().buffer).getUint32(0, true)).not.toBe(0x07064b50);
  }
  expect(cdOffset + cdSize).toBe(cdEnd);
  const cd = read(cdOffset, cdSize);
  const view = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const entries: ReadEntry[] = [];
  for (let at = 0, i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const [nameLength, extraLength, commentLength] = [view.getUint16(at + 28, true), view.getUint16(at + 30, true), view.getUint16(at + 32, true)];
    const fields = { storedSize: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), offset: view.getUint32(at + 42, true) };
    const zip64 = Object.values(fields).includes(0xffff_ffff);
    if (zip64) {
      const extra = at + 46 + nameLength;
      expect(view.getUint16(extra, true)).toBe(0x0001); // first among extras
      let field = extra + 4;
      for (const key of ["size", "storedSize", "offset"] as const) {
        if (fields[key] === 0xffff_ffff) (fields[key] = u64(view, field)), (field += 8);
      }
      expect(field).toBe(extra + 4 + view.getUint16(extra + 2, true));
    }
    const versionNeeded = view.getUint16(at + 6, true);
    expect(versionNeeded).toBe(zip64 ? 45 : 20);
    expect(view.getUint16(at + 8, true) & 0x8).toBe(0);
    const name = new TextDecoder().decode(cd.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, versionNeeded, crc32: view.getUint32(at + 16, true), ...fields, zip64 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  entries.forEach((entry, i) => {
    const next = entries[i + 1]?.offset ?? cdOffset;
    if (i < checkLocals || i === entries.length - 1) expect(next - entry.offset - localLength(read, entry)).toBe(entry.storedSize);
  });
  return entries;
}

/** Checks an entry's local header against its central one; returns the header's length. */
function localLength(read: (position: number, length: number) => Uint8Array, entry: ReadEntry): number {
  const head = new DataView(read(entry.offset, 30).slice().buffer);
  expect(head.getUint32(0, true)).toBe(0x04034b50);
  expect(head.getUint16(4, true)).toBe(entry.versionNeeded);
  expect(head.getUint16(6, true) & 0x8).toBe(0);
  expect(head.getUint32(14, true)).toBe(entry.crc32);
  const [nameLength, extraLength] = [head.getUint16(26, true), head.getUint16(28, true)];
  const sizes = [head.getUint32(18, true), head.getUint32(22, true)];
  if (sizes.includes(0xffff_ffff)) {
    expect(sizes).toEqual([0xffff_ffff, 0xffff_ffff]);
    const extra = new DataView(read(entry.offset + 30 + nameLength, extraLength).slice().buffer);
    expect([extra.getUint16(0, true), extra.getUint16(2, true), u64(extra, 4), u64(extra, 12)]).toEqual([1, 16, entry.size, entry.storedSize]);
  } else {
    expect(sizes).toEqual([entry.storedSize, entry.size]);
  }
  return 30 + nameLength + extraLength;
}
