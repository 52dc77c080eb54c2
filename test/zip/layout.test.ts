import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { archiveLength, entryTime, MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES, nameLength, zip32Overflow } from "../../src/zip/layout";

describe("archive length", () => {
  it("is 22 bytes for an archive with no entries", () => {
    expect(archiveLength([])).toBe(22);
  });

  it("adds headers, descriptor, data and the name twice per entry, counting names in UTF-8 bytes", () => {
    expect(nameLength("é/通話.wav")).toBe(2 + 1 + 6 + 4);
    expect(archiveLength([{ name: "a.txt", storedSize: 5 }])).toBe(30 + 5 + 5 + 16 + 46 + 5 + 22);
    expect(archiveLength([{ name: "é", storedSize: 0 }, { name: "b", storedSize: 10 }])).toBe(
      22 + (30 + 2 + 0 + 16 + 46 + 2) + (30 + 1 + 10 + 16 + 46 + 1),
    );
  });

  it("differs from fflate's one-shot zipSync only by the 16-byte data descriptors", () => {
    const files = { "a.txt": new Uint8Array(100), "dir/ü.bin": new Uint8Array(7) };
    const oneShot = zipSync(files, { level: 0 }).byteLength;
    const entries = Object.entries(files).map(([name, data]) => ({ name, storedSize: data.byteLength }));
    expect(archiveLength(entries)).toBe(oneShot + 16 * entries.length);
  });
});

describe("the ZIP32 limits", () => {
  it("accepts an archive of exactly 0xFFFFFFFF bytes and refuses one byte more", () => {
    const overhead = archiveLength([{ name: "a", storedSize: 0 }]);
    expect(zip32Overflow([{ name: "a", storedSize: MAX_ARCHIVE_BYTES - overhead }])).toBeNull();
    expect(zip32Overflow([{ name: "a", storedSize: MAX_ARCHIVE_BYTES - overhead + 1 }])).toEqual({
      entries: 1,
      bytes: MAX_ARCHIVE_BYTES + 1,
    });
  });

  it("refuses a single entry of 4 GiB, which fflate would silently wrap", () => {
    expect(zip32Overflow([{ name: "big.wav", storedSize: 2 ** 32 }])).not.toBeNull();
  });

  it("accepts 65,535 entries and refuses 65,536", () => {
    const entries = Array.from({ length: MAX_ARCHIVE_ENTRIES }, (_, i) => ({ name: `f${i}`, storedSize: 0 }));
    expect(zip32Overflow(entries)).toBeNull();
    expect(zip32Overflow([...entries, { name: "one-more", storedSize: 0 }])?.entries).toBe(65_536);
  });
});

describe("entry times", () => {
  it("keeps a time inside the MS-DOS range", () => {
    expect(entryTime("2026-11-22T10:15:00.000Z").toISOString()).toBe("2026-11-22T10:15:00.000Z");
  });

  it("clamps times before 1980 and after 2099 instead of failing", () => {
    expect(entryTime("1975-06-01T00:00:00.000Z").toISOString()).toBe("1980-01-01T00:00:00.000Z");
    expect(entryTime("9999-12-31T23:59:59.000Z").toISOString()).toBe("2099-12-31T23:59:58.000Z");
  });
});
