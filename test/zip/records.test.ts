import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  centralHeader, centralHeaderLength, endLength, endRecords, FILE_ATTRS, localHeader, localHeaderLength, UNIX,
  type EntryFacts,
} from "../../src/zip/records";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const golden = (spaced: string) => spaced.replace(/\s+/g, "");
const MODIFIED = new Date("2026-01-02T03:04:06.000Z"); // DOS time 0x1883, date 0x5c22

function facts(name: string, size: number, crc32 = 0x12345678): EntryFacts {
  const bytes = new TextEncoder().encode(name);
  return { name: bytes, utf8: bytes.byteLength !== name.length, crc32, size, storedSize: size, compression: 0, modified: MODIFIED };
}

describe("a plain entry's headers", () => {
  it("are byte for byte what fflate's zipSync writes for the same stored entry, UTF-8 flag included", () => {
    for (const name of ["a.txt", "dir/Grüße 通話.wav"]) {
      const data = new Uint8Array([1, 2, 3, 4, 5, 6, 7]);
      const zip = zipSync({ [name]: [data, { level: 0, mtime: MODIFIED, os: UNIX, attrs: FILE_ATTRS }] });
      const entry = facts(name, data.byteLength, new DataView(zip.buffer).getUint32(14, true));
      const local = localHeader(entry, 0);
      expect(hex(local)).toBe(hex(zip.subarray(0, local.byteLength)));
      const cdAt = local.byteLength + data.byteLength;
      const central = centralHeader(entry, 0);
      expect(hex(central)).toBe(hex(zip.subarray(cdAt, cdAt + central.byteLength)));
      expect(hex(endRecords({ entries: 1, offset: cdAt, size: central.byteLength }))).toBe(hex(zip.subarray(cdAt + central.byteLength)));
    }
  });
});

describe("ZIP64 records (golden bytes)", () => {
  it("gives an entry of 4 GiB 0xFFFFFFFF sizes and a local ZIP64 extra with both, version needed 45", () => {
    const entry = facts("a.bin", 2 ** 32);
    expect(hex(localHeader(entry, 0))).toBe(golden(`
      504b0304 2d00 0000 0000 8318 225c 78563412 ffffffff ffffffff 0500 1400 612e62696e
      0100 1000 0000000001000000 0000000001000000`));
    expect(localHeaderLength(entry)).toBe(30 + 5 + 20);
    expect(hex(centralHeader(entry, 0))).toBe(golden(`
      504b0102 2d03 2d00 0000 0000 8318 225c 78563412 ffffffff ffffffff 0500 1400 0000 0000 0000 0000a481 00000000
      612e62696e 0100 1000 0000000001000000 0000000001000000`));
  });

  it("treats exactly 0xFFFFFFFF bytes as ZIP64 (the value is the marker), and one byte less as plain", () => {
    expect(hex(localHeader(facts("a", 0xffff_ffff), 0)).slice(0, 12)).toBe("504b03042d00");
    expect(localHeaderLength(facts("a", 0xffff_ffff))).toBe(30 + 1 + 20);
    const plain = localHeader(facts("a", 0xffff_fffe), 0);
    expect(hex(plain).slice(0, 12)).toBe("504b03041400");
    expect(hex(plain.subarray(18, 26))).toBe("feffffff" + "feffffff");
  });

  it("gives an entry past 4 GiB in the archive its offset in the central ZIP64 extra only, version 45 in both headers", () => {
    const entry = facts("b", 10);
    const offset = 0x1_0000_0002;
    expect(hex(localHeader(entry, offset))).toBe(golden(`
      504b0304 2d00 0000 0000 8318 225c 78563412 0a000000 0a000000 0100 0000 62`));
    expect(hex(centralHeader(entry, offset))).toBe(golden(`
      504b0102 2d03 2d00 0000 0000 8318 225c 78563412 0a000000 0a000000 0100 0c00 0000 0000 0000 0000a481 ffffffff
      62 0100 0800 0200000001000000`));
    expect(centralHeaderLength(entry, offset)).toBe(46 + 1 + 12);
  });

  it("puts the entry's offset at 0xFFFFFFFF in the ZIP64 extra, after both sizes when they overflow too", () => {
    const entry = facts("c", 2 ** 33);
    const central = centralHeader(entry, 0xffff_ffff);
    expect(hex(central.subarray(47))).toBe(golden("0100 1800 0000000002000000 0000000002000000 ffffffff00000000"));
  });

  it("ends a small archive with the end record alone", () => {
    expect(hex(endRecords({ entries: 2, offset: 100, size: 50 }))).toBe(golden("504b0506 0000 0000 0200 0200 32000000 64000000 0000"));
  });

  it("adds the ZIP64 end record and locator when the central directory starts past 4 GiB", () => {
    const cd = { entries: 3, offset: 0x1_0000_0000, size: 0x90 };
    expect(endLength(cd)).toBe(56 + 20 + 22);
    expect(hex(endRecords(cd))).toBe(golden(`
      504b0606 2c00000000000000 2d03 2d00 00000000 00000000 0300000000000000 0300000000000000 9000000000000000 0000000001000000
      504b0607 00000000 9000000001000000 01000000
      504b0506 0000 0000 0300 0300 90000000 ffffffff 0000`));
  });

  it("adds them for 65,535 entries (the count's marker value), with 0xFFFF in the end record", () => {
    const cd = { entries: 0xffff, offset: 10, size: 20 };
    const end = endRecords(cd);
    expect(end.byteLength).toBe(98);
    expect(hex(end.subarray(76))).toBe(golden("504b0506 0000 0000 ffff ffff 14000000 0a000000 0000"));
    expect(endLength({ entries: 0xfffe, offset: 10, size: 20 })).toBe(22);
  });

  it("adds them when the central directory's size reaches 0xFFFFFFFF", () => {
    expect(endLength({ entries: 2, offset: 0, size: 0xffff_ffff })).toBe(98);
    expect(endLength({ entries: 2, offset: 0xffff_fffe, size: 1 })).toBe(22);
  });
});
