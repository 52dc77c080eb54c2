import { describe, expect, it } from "vitest";
import { DEFAULT_SLICE_BYTES, sliceBytesFrom, slicePlan } from "../../src/edge/slices";

describe("slicePlan", () => {
  it("names one slice for a range inside it, with the bytes wanted of it", () => {
    expect(slicePlan(5, 3, 100, 10)).toEqual([{ index: 0, sliceStart: 0, sliceLength: 10, from: 5, to: 8 }]);
  });

  it("joins two slices for a range across their boundary", () => {
    expect(slicePlan(8, 4, 100, 10)).toEqual([
      { index: 0, sliceStart: 0, sliceLength: 10, from: 8, to: 10 },
      { index: 1, sliceStart: 10, sliceLength: 10, from: 0, to: 2 },
    ]);
  });

  it("ends with the last, partial slice of an object that is not a whole number of slices", () => {
    expect(slicePlan(0, 25, 25, 10).map((p) => [p.index, p.sliceLength, p.from, p.to])).toEqual([[0, 10, 0, 10], [1, 10, 0, 10], [2, 5, 0, 5]]);
  });

  it("covers a suffix range from its first byte to the object's end", () => {
    expect(slicePlan(25 - 7, 7, 25, 10)).toEqual([
      { index: 1, sliceStart: 10, sliceLength: 10, from: 8, to: 10 },
      { index: 2, sliceStart: 20, sliceLength: 5, from: 0, to: 5 },
    ]);
  });

  it("starts at a slice boundary exactly and touches nothing for an empty range", () => {
    expect(slicePlan(10, 10, 100, 10)).toEqual([{ index: 1, sliceStart: 10, sliceLength: 10, from: 0, to: 10 }]);
    expect(slicePlan(0, 0, 100, 10)).toEqual([]);
  });

  it("handles offsets past 2^32 exactly", () => {
    const size = 5 * 2 ** 32 + 3;
    const [part] = slicePlan(size - 1, 1, size, DEFAULT_SLICE_BYTES);
    expect(part!.sliceStart + part!.from).toBe(size - 1);
    expect(part!.to).toBe(part!.sliceLength);
  });
});

describe("sliceBytesFrom", () => {
  it("takes a whole number of bytes within bounds and falls back to 8 MiB otherwise", () => {
    expect(sliceBytesFrom("1048576")).toBe(1048576);
    for (const bad of [undefined, "", "abc", "1.5", "100", String(2 ** 30)]) expect(sliceBytesFrom(bad)).toBe(DEFAULT_SLICE_BYTES);
  });
});
