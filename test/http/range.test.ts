import { describe, expect, it } from "vitest";
import { contentRangeHeader, decideRange } from "../../src/http/range";

const partial = (offset: number, end: number) => ({
  type: "partial",
  offset,
  length: end - offset + 1,
  end,
});

describe("decideRange", () => {
  describe("with a single satisfiable range", () => {
    it("answers a closed range with exactly those bytes", () => {
      expect(decideRange("bytes=0-99", 1000)).toEqual(partial(0, 99));
      expect(decideRange("bytes=500-500", 1000)).toEqual(partial(500, 500));
    });

    it("answers an open range with everything from first-pos to the end", () => {
      expect(decideRange("bytes=900-", 1000)).toEqual(partial(900, 999));
      expect(decideRange("bytes=0-", 1000)).toEqual(partial(0, 999));
    });

    it("clamps a last-pos past the end to size - 1", () => {
      expect(decideRange("bytes=10-5000", 1000)).toEqual(partial(10, 999));
      expect(decideRange("bytes=999-1000", 1000)).toEqual(partial(999, 999));
    });

    it("answers a suffix range with the last n bytes", () => {
      expect(decideRange("bytes=-100", 1000)).toEqual(partial(900, 999));
      expect(decideRange("bytes=-1", 1000)).toEqual(partial(999, 999));
    });

    it("answers a suffix at least as long as the body with the whole body as a 206", () => {
      expect(decideRange("bytes=-1000", 1000)).toEqual(partial(0, 999));
      expect(decideRange("bytes=-5000", 1000)).toEqual(partial(0, 999));
    });

    it("serves a one-byte representation", () => {
      expect(decideRange("bytes=0-0", 1)).toEqual(partial(0, 0));
      expect(decideRange("bytes=-1", 1)).toEqual(partial(0, 0));
      expect(decideRange("bytes=0-", 1)).toEqual(partial(0, 0));
    });

    it("reads leading zeros as the same decimal number", () => {
      expect(decideRange("bytes=007-0010", 1000)).toEqual(partial(7, 10));
      expect(decideRange("bytes=-0010", 1000)).toEqual(partial(990, 999));
    });

    it("accepts the unit in any case", () => {
      expect(decideRange("BYTES=0-1", 10)).toEqual(partial(0, 1));
      expect(decideRange("Bytes=0-1", 10)).toEqual(partial(0, 1));
    });

    it("tolerates spaces and tabs around '=' and '-' and at the ends", () => {
      expect(decideRange("bytes = 0 - 9", 100)).toEqual(partial(0, 9));
      expect(decideRange(" bytes=\t5-\t", 100)).toEqual(partial(5, 99));
      expect(decideRange("bytes= - 10 ", 100)).toEqual(partial(90, 99));
    });

    it("decides the common spelling exactly as its tolerated variants", () => {
      const cases: [number, number | "", number][] = [[0, 99, 1000], [10, "", 1000], [999, 5000, 1000], [1000, 1001, 1000], [5, 4, 1000], [0, 0, 0]];
      for (const [first, last, size] of cases) {
        const common = decideRange(`bytes=${first}-${last}`, size);
        for (const variant of [`BYTES=${first}-${last}`, ` bytes = ${first} - ${last} `, `bytes=${first}-${last},`, `bytes=, ${first}-${last}`]) {
          expect(decideRange(variant, size), variant).toEqual(common);
        }
      }
    });

    it("works at the largest safe integer size", () => {
      const size = Number.MAX_SAFE_INTEGER;
      expect(decideRange("bytes=-1", size)).toEqual(partial(size - 1, size - 1));
      expect(decideRange(`bytes=${size - 1}-`, size)).toEqual(partial(size - 1, size - 1));
    });
  });

  describe("with huge numerals", () => {
    it("clamps a giant last-pos to size - 1 instead of overflowing", () => {
      expect(decideRange("bytes=0-99999999999999999999999999", 1000)).toEqual(partial(0, 999));
    });

    it("answers a giant first-pos as unsatisfiable", () => {
      expect(decideRange("bytes=99999999999999999999999-", 1000)).toEqual({ type: "unsatisfiable" });
      expect(decideRange(`bytes=${"9".repeat(400)}-${"9".repeat(401)}`, 1000)).toEqual({
        type: "unsatisfiable",
      });
    });

    it("answers a giant suffix with the whole representation", () => {
      expect(decideRange(`bytes=-${"9".repeat(300)}`, 1000)).toEqual(partial(0, 999));
    });

    it("does not lose precision just above Number.MAX_SAFE_INTEGER", () => {
      // 2^53 + 1 rounds to 2^53 as a Number; exact comparison keeps it past a 2^53-byte body.
      expect(decideRange("bytes=9007199254740993-", 9007199254740991)).toEqual({
        type: "unsatisfiable",
      });
      expect(decideRange("bytes=0-9007199254740993", 10)).toEqual(partial(0, 9));
    });

    it("treats a giant last-pos below a giant first-pos as malformed", () => {
      expect(decideRange(`bytes=${"9".repeat(30)}-${"9".repeat(29)}`, 1000)).toEqual({
        type: "full",
      });
    });
  });

  describe("with an unsatisfiable range", () => {
    it("answers a first-pos at or past the end as unsatisfiable", () => {
      expect(decideRange("bytes=1000-", 1000)).toEqual({ type: "unsatisfiable" });
      expect(decideRange("bytes=1000-2000", 1000)).toEqual({ type: "unsatisfiable" });
      expect(decideRange("bytes=5000-6000", 1000)).toEqual({ type: "unsatisfiable" });
    });

    it("answers a zero-length suffix as unsatisfiable", () => {
      expect(decideRange("bytes=-0", 1000)).toEqual({ type: "unsatisfiable" });
      expect(decideRange("bytes=-000", 1000)).toEqual({ type: "unsatisfiable" });
    });

    it("answers every int-range on an empty representation as unsatisfiable", () => {
      expect(decideRange("bytes=0-", 0)).toEqual({ type: "unsatisfiable" });
      expect(decideRange("bytes=0-0", 0)).toEqual({ type: "unsatisfiable" });
      expect(decideRange("bytes=0-100", 0)).toEqual({ type: "unsatisfiable" });
      expect(decideRange("bytes=-0", 0)).toEqual({ type: "unsatisfiable" });
    });
  });

  describe("when the header must be ignored", () => {
    it("answers full without a header", () => {
      expect(decideRange(null, 1000)).toEqual({ type: "full" });
      expect(decideRange(undefined, 1000)).toEqual({ type: "full" });
    });

    it("answers full for a non-zero suffix on an empty representation", () => {
      expect(decideRange("bytes=-5", 0)).toEqual({ type: "full" });
    });

    it("answers full when last-pos is before first-pos", () => {
      expect(decideRange("bytes=10-5", 1000)).toEqual({ type: "full" });
      expect(decideRange("bytes=2000-1", 1000)).toEqual({ type: "full" });
    });

    it("answers full for several ranges, even overlapping or among empty elements", () => {
      for (const header of ["bytes=0-1,5-9", "bytes=0-1, 2-3", "bytes=0-0,-1", "bytes=,0-1,,5-9,", "bytes=,", "bytes= , ,"]) {
        expect(decideRange(header, 1000), header).toEqual({ type: "full" });
      }
    });

    it("ignores empty list elements around one range (RFC 9110 §5.6.1)", () => {
      for (const header of ["bytes=0-1,", "bytes=,0-1", "bytes=0-1,,", "bytes= , 0-1 , ", "bytes=\t,0-1"]) {
        expect(decideRange(header, 1000), header).toEqual({ type: "partial", offset: 0, length: 2, end: 1 });
      }
      expect(decideRange("bytes=,-10,", 1000)).toEqual({ type: "partial", offset: 990, length: 10, end: 999 });
      expect(decideRange("bytes=2000-,", 1000)).toEqual({ type: "unsatisfiable" });
    });

    it("answers full for an unknown or missing unit", () => {
      for (const header of ["items=0-1", "byte=0-1", "bytess=0-1", "=0-1", "0-1", "bytes0-1"]) {
        expect(decideRange(header, 1000), header).toEqual({ type: "full" });
      }
    });

    it("answers full for malformed positions", () => {
      for (const header of [
        "bytes=",
        "bytes=-",
        "bytes= ",
        "bytes=a-b",
        "bytes=1-b",
        "bytes=+1-2",
        "bytes=1-+2",
        "bytes=--1",
        "bytes=-1-",
        "bytes=1.5-2",
        "bytes=1-2.0",
        "bytes=1e3-",
        "bytes=0x10-",
        "bytes=1--2",
        "bytes=1 2-3",
        "bytes=0-1;foo",
        "bytes=\u0661-\u0662",
        "bytes==0-1",
        "bytes 0-1",
        "",
        " ",
      ]) {
        expect(decideRange(header, 1000), header).toEqual({ type: "full" });
      }
    });

    it("treats headers over 1000 characters as malformed", () => {
      const header = `bytes=${"0".repeat(1000)}-1`;
      expect(decideRange(header, 1000)).toEqual({ type: "full" });
    });

    it("never throws on garbage", () => {
      for (const header of ["\u0000", "bytes=\u{1F600}", "\uD800", "bytes=".repeat(500), "🦀=0-1"]) {
        expect(decideRange(header, 10), header).toEqual({ type: "full" });
      }
    });
  });

  it("rejects a size that is not a non-negative safe integer", () => {
    expect(() => decideRange("bytes=0-1", -1)).toThrow(RangeError);
    expect(() => decideRange("bytes=0-1", 1.5)).toThrow(RangeError);
    expect(() => decideRange("bytes=0-1", Number.NaN)).toThrow(RangeError);
    expect(() => decideRange(null, 2 ** 53)).toThrow(RangeError);
  });
});

describe("contentRangeHeader", () => {
  it("formats a satisfied range as bytes first-last/size", () => {
    expect(contentRangeHeader({ offset: 0, end: 99 }, 1000)).toBe("bytes 0-99/1000");
    expect(contentRangeHeader({ offset: 999, end: 999 }, 1000)).toBe("bytes 999-999/1000");
  });

  it("formats an unsatisfiable range as bytes */size", () => {
    expect(contentRangeHeader("unsatisfiable", 1000)).toBe("bytes */1000");
    expect(contentRangeHeader("unsatisfiable", 0)).toBe("bytes */0");
  });

  it("accepts a partial decision directly", () => {
    const decision = decideRange("bytes=-10", 100);
    if (decision.type !== "partial") throw new Error("expected a partial decision");
    expect(contentRangeHeader(decision, 100)).toBe("bytes 90-99/100");
  });
});
