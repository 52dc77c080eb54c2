import { describe, expect, it } from "vitest";
import { entryTime, layOut, nameLength, sliceParts, type ArchiveLayout, type LayoutEntry } from "../../src/zip/layout";
import { readArchive, sliceBytes, wholeBytes, type Synthetic } from "./zip64-reader";

const GiB = 2 ** 30;
const LIMIT = 0xffff_ffff;
const MODIFIED = new Date("2026-05-06T07:08:10.000Z");

/** Synthetic entries of the given sizes (no bytes held anywhere), named `<i>/f<i>.bin`. */
function synthetic(sizes: readonly number[], name = (i: number) => `${i}/f${i}.bin`): LayoutEntry<Synthetic>[] {
  return sizes.map((size, index) => ({
    name: name(index), size, storedSize: size, crc32: (index * 2654435761) >>> 0, compression: 0, modified: MODIFIED, media: { index },
  }));
}

/** Reads the whole archive's bytes at any position (the walk over every part from 0). */
const reader = (layout: ArchiveLayout<Synthetic>) => (position: number, length: number) => wholeBytes(layout, position, position + length);

/** Every part's length from 0 to the end, added up: the bytes the archive produces. */
function produced(layout: ArchiveLayout<Synthetic>): number {
  let total = 0;
  for (const part of sliceParts(layout, 0, layout.length)) total += part.bytes ? part.bytes.byteLength : part.length;
  return total;
}

/** A seeded generator, so a failing range can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/**
 * Ranges to check: a few hundred at random (short ones anywhere, some across segments), and for every
 * generated segment (headers, central headers, end records) ranges that start and end inside it and
 * that start inside it and end inside the next generated one. Each is capped at 64 KiB.
 */
function ranges(layout: ArchiveLayout<Synthetic>, count: number, headerSamples = Infinity): [number, number][] {
  const next = random(layout.length % 9973);
  const cap = (a: number, b: number): [number, number] => [a, Math.min(b, a + 64 * 1024, layout.length)];
  const out: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const a = Math.floor(next() * layout.length);
    out.push(cap(a, a + 1 + Math.floor(next() * (i % 3 === 0 ? 64 * 1024 : 300))));
  }
  const generated = layout.segments.filter((s) => s.bytes);
  const step = Math.max(1, Math.floor(generated.length / headerSamples));
  for (let i = 0; i < generated.length; i += step) {
    const segment = generated[i]!;
    const inside = segment.start + Math.floor(segment.length / 2);
    out.push(cap(segment.start + 1, segment.start + segment.length - 1), cap(inside, inside + 1), cap(segment.start, segment.start + segment.length));
    const following = generated[i + 1];
    if (following) out.push(cap(inside, following.start + Math.floor(following.length / 2)));
  }
  return out.filter(([a, b]) => a < b);
}

function expectSlicesMatch(layout: ArchiveLayout<Synthetic>, count = 300, headerSamples = Infinity): void {
  for (const [a, b] of ranges(layout, count, headerSamples)) {
    expect(Buffer.from(sliceBytes(layout, a, b)).equals(Buffer.from(wholeBytes(layout, a, b))), `[${a}, ${b})`).toBe(true);
  }
}

describe("a small archive", () => {
  it("is plain ZIP: local headers with CRC-32 and sizes, no descriptors, central directory, end record", () => {
    const layout = layOut(synthetic([5, 0, 1000]));
    expect(layout.zip64).toBe(false);
    const names = ["0/f0.bin", "1/f1.bin", "2/f2.bin"].map(nameLength);
    expect(layout.length).toBe(names.reduce((n, name) => n + 30 + 46 + 2 * name, 0) + 1005 + 22);
    expect(produced(layout)).toBe(layout.length);
    expect(readArchive(reader(layout), layout.length).map((e) => [e.size, e.zip64])).toEqual([[5, false], [0, false], [1000, false]]);
    expectSlicesMatch(layout);
  });
});

describe("ZIP64 exactly where needed", () => {
  it("gives entries whose local header starts past 4 GiB ZIP64 offsets, and the archive the ZIP64 end", () => {
    const layout = layOut(synthetic([3 * GiB, 2 * GiB, 10, 0]));
    const entries = readArchive(reader(layout), layout.length);
    expect(entries.map((e) => e.zip64)).toEqual([false, false, true, true]);
    expect(entries[2]!.offset).toBeGreaterThan(LIMIT);
    expect(layout.zip64).toBe(true);
    expect(produced(layout)).toBe(layout.length);
    expectSlicesMatch(layout);
  });

  it("writes an entry of exactly 0xFFFFFFFF bytes with ZIP64 sizes, and the entries around it plain", () => {
    const layout = layOut(synthetic([10, LIMIT, 5]));
    const entries = readArchive(reader(layout), layout.length);
    expect(entries.map((e) => [e.size, e.zip64])).toEqual([[10, false], [LIMIT, true], [5, true]]); // the last starts past the line
    expect(produced(layout)).toBe(layout.length);
    expectSlicesMatch(layout);
  });

  it("writes an entry of 0xFFFFFFFF + 1 bytes with ZIP64 sizes in both headers", () => {
    const layout = layOut(synthetic([LIMIT + 1]));
    const [entry] = readArchive(reader(layout), layout.length);
    expect(entry).toMatchObject({ size: LIMIT + 1, storedSize: LIMIT + 1, offset: 0, zip64: true, versionNeeded: 45 });
    expect(produced(layout)).toBe(layout.length);
    expectSlicesMatch(layout);
  });

  it("keeps a plain end when the central directory starts below the line and ends past it", () => {
    const small = 200;
    const cdSize = small * (46 + nameLength("x/f000.bin")) + 46 + nameLength("0/f0.bin");
    const first = LIMIT - 100 - 30 - nameLength("0/f0.bin") - small * (30 + nameLength("x/f000.bin"));
    const entries = synthetic([first, ...Array<number>(small).fill(0)], (i) => (i === 0 ? "0/f0.bin" : `x/f${String(i).padStart(3, "0")}.bin`));
    const layout = layOut(entries);
    expect(layout.length).toBe(LIMIT - 100 + cdSize + 22);
    const read = readArchive(reader(layout), layout.length);
    expect(read.every((e) => !e.zip64)).toBe(true);
    expect(layout.zip64).toBe(false);
    expect(produced(layout)).toBe(layout.length);
    expectSlicesMatch(layout, 300, 50);
  });

  it("adds the ZIP64 end when the central directory starts exactly at 0xFFFFFFFF", () => {
    const layout = layOut(synthetic([LIMIT - 30 - nameLength("0/f0.bin") - 31, 0], (i) => (i === 0 ? "0/f0.bin" : "1")));
    // entry 1's header (31 bytes) ends at 0xFFFFFFFF: the central directory starts there.
    expect(layout.length).toBe(LIMIT + 46 + 8 + 46 + 1 + 56 + 20 + 22);
    expect(layout.zip64).toBe(true);
    readArchive(reader(layout), layout.length);
    expectSlicesMatch(layout);
  });

  it("adds the ZIP64 end for 65,536 entries, its count in the ZIP64 record", () => {
    const layout = layOut(synthetic(Array.from({ length: 65_536 }, (_, i) => i % 3)));
    const entries = readArchive(reader(layout), layout.length, 50);
    expect(entries).toHaveLength(65_536);
    expect(entries.some((e) => e.zip64)).toBe(false);
    expect(layout.zip64).toBe(true);
    expect(produced(layout)).toBe(layout.length);
    expectSlicesMatch(layout, 200, 100);
  }, 60_000);

  it("keeps 65,534 entries plain", () => {
    const layout = layOut(synthetic(Array<number>(65_534).fill(0)));
    expect(layout.zip64).toBe(false);
    readArchive(reader(layout), layout.length, 10);
  }, 60_000);
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
