import { describe, expect, it } from "vitest";
import { acceptQuality, mediaRangeMatches, parseAccept } from "../../src/http/accept";
import type { MediaRange } from "../../src/http/accept";

const range = (type: string, subtype: string, q = 1): MediaRange => ({ type, subtype, q });

describe("parseAccept", () => {
  it("treats an absent or empty header as accepting anything", () => {
    expect(parseAccept(null)).toEqual([range("*", "*")]);
    expect(parseAccept(undefined)).toEqual([range("*", "*")]);
    expect(parseAccept("")).toEqual([range("*", "*")]);
    expect(parseAccept(" \t ")).toEqual([range("*", "*")]);
  });

  it("reads a single media range with the default weight of 1", () => {
    expect(parseAccept("audio/mpeg")).toEqual([range("audio", "mpeg")]);
  });

  it("lowercases types and subtypes", () => {
    expect(parseAccept("Audio/MPEG, TEXT/*")).toEqual([range("audio", "mpeg"), range("text", "*")]);
  });

  it("orders by q descending and keeps header order among equal weights", () => {
    expect(parseAccept("text/html;q=0.5, audio/*;q=0.9, audio/ogg, audio/mpeg, */*;q=0.5")).toEqual([
      range("audio", "ogg"),
      range("audio", "mpeg"),
      range("audio", "*", 0.9),
      range("text", "html", 0.5),
      range("*", "*", 0.5),
    ]);
  });

  it("keeps entries with q=0 in any spelling, last, so they can refuse what they name", () => {
    expect(parseAccept("audio/mpeg;q=0, audio/ogg;q=0.0, audio/wav;q=0.000, audio/flac;q=0.").map((r) => r.q)).toEqual(
      [0, 0, 0, 0],
    );
    expect(parseAccept("audio/mpeg;q=0, */*")).toEqual([range("*", "*"), range("audio", "mpeg", 0)]);
  });

  it("reads every valid qvalue spelling", () => {
    const header = "a/a;q=1, b/b;q=1., c/c;q=1.000, d/d;q=0.001, e/e;q=0.5, f/f;q=0.75";
    expect(parseAccept(header).map((r) => r.q)).toEqual([1, 1, 1, 0.75, 0.5, 0.001]);
  });

  it("skips entries whose q is invalid", () => {
    for (const q of ["1.5", "2", "1.001", "0.0001", ".5", "-0.5", "+1", "abc", "", '"0.5"', "1e0"]) {
      expect(parseAccept(`audio/mpeg;q=${q}, audio/ogg`), q).toEqual([range("audio", "ogg")]);
    }
    // "q=0,5" is q=0 followed by the malformed element "5"
    expect(parseAccept("audio/mpeg;q=0,5, audio/ogg")).toEqual([range("audio", "ogg"), range("audio", "mpeg", 0)]);
  });

  it("skips entries with a repeated q", () => {
    expect(parseAccept("audio/mpeg;q=0.5;q=0.4, audio/ogg")).toEqual([range("audio", "ogg")]);
  });

  it("accepts the q parameter name in any case", () => {
    expect(parseAccept("audio/mpeg;Q=0.3")).toEqual([range("audio", "mpeg", 0.3)]);
  });

  it("ignores parameters other than q, quoted commas and semicolons included", () => {
    expect(
      parseAccept('audio/mpeg;codecs="mp3, aac;x";q=0.8;level=1, text/plain;charset=utf-8'),
    ).toEqual([range("text", "plain"), range("audio", "mpeg", 0.8)]);
    expect(parseAccept('audio/ogg;x="a\\"b,c"')).toEqual([range("audio", "ogg")]);
  });

  it("tolerates whitespace around commas and semicolons and empty elements", () => {
    expect(parseAccept(" ,audio/mpeg ; q=0.5 ,, \taudio/ogg\t;\t;  , ")).toEqual([
      range("audio", "ogg"),
      range("audio", "mpeg", 0.5),
    ]);
    expect(parseAccept("audio/mpeg;")).toEqual([range("audio", "mpeg")]);
  });

  it("skips malformed entries and keeps the rest", () => {
    for (const bad of [
      "audio",
      "audio/",
      "/mpeg",
      "*",
      "*/mpeg",
      "audio/mpeg/x",
      "audio mpeg",
      "audio/mpeg q=0.5",
      "audio/mpeg;q",
      "audio/mpeg;q =0.5",
      "audio/mpeg;q= 0.5",
      "audio/mpeg;=1",
      'audio/mpeg;x="unterminated',
      "audio/mp\u00e9g",
      "\u{1F3B5}/\u{1F3B5}",
    ]) {
      const result = parseAccept(`${bad}, audio/ogg;q=0.5`);
      const expected = bad.includes('"') ? [] : [range("audio", "ogg", 0.5)];
      expect(result, bad).toEqual(expected);
    }
  });

  it("returns an empty list when every entry is malformed", () => {
    expect(parseAccept("garbage, ;;;, /")).toEqual([]);
  });

  it("never throws on garbage and stays fast on huge input", () => {
    for (const header of [
      '"'.repeat(100_000),
      "a/b;".repeat(50_000),
      ",".repeat(100_000),
      'a/b;x="\\'.repeat(20_000),
      "\u0000\uD800\r\n",
    ]) {
      expect(Array.isArray(parseAccept(header))).toBe(true);
    }
    expect(parseAccept("a/b, ".repeat(10_000))).toHaveLength(10_000);
  });
});

describe("mediaRangeMatches", () => {
  it("matches */* against any well-formed content type", () => {
    expect(mediaRangeMatches(range("*", "*"), "audio/mpeg")).toBe(true);
    expect(mediaRangeMatches(range("*", "*"), "application/octet-stream")).toBe(true);
  });

  it("matches type/* against subtypes of that type only", () => {
    expect(mediaRangeMatches(range("audio", "*"), "audio/ogg")).toBe(true);
    expect(mediaRangeMatches(range("audio", "*"), "video/ogg")).toBe(false);
  });

  it("matches an exact type and subtype, case-insensitively", () => {
    expect(mediaRangeMatches(range("audio", "mpeg"), "Audio/MPEG")).toBe(true);
    expect(mediaRangeMatches(range("AUDIO", "Mpeg"), "audio/mpeg")).toBe(true);
    expect(mediaRangeMatches(range("audio", "mpeg"), "audio/mp4")).toBe(false);
    expect(mediaRangeMatches(range("audio", "mp"), "audio/mpeg")).toBe(false);
  });

  it("ignores content type parameters and surrounding whitespace", () => {
    expect(mediaRangeMatches(range("audio", "mpeg"), " audio/mpeg ; codecs=mp3")).toBe(true);
    expect(mediaRangeMatches(range("text", "plain"), 'text/plain;charset="a;b"')).toBe(true);
  });

  it("matches nothing against a malformed content type", () => {
    for (const contentType of ["", "audio", "audio/", "/mpeg", "audio/mpeg/x", "audio mpeg"]) {
      expect(mediaRangeMatches(range("*", "*"), contentType), contentType).toBe(false);
    }
  });

  it("works with the ranges parseAccept returns", () => {
    const ranges = parseAccept("video/*;q=0.9, audio/mpeg");
    expect(ranges.filter((r) => mediaRangeMatches(r, "audio/mpeg; codecs=mp3"))).toEqual([
      range("audio", "mpeg"),
    ]);
    expect(ranges.some((r) => mediaRangeMatches(r, "audio/ogg"))).toBe(false);
  });
});

describe("acceptQuality", () => {
  it("takes the weight of the most specific matching range", () => {
    const ranges = parseAccept("*/*;q=0.1, audio/*;q=0.5, audio/wav");
    expect(acceptQuality(ranges, "audio/wav")).toEqual({ q: 1, rank: 0 });
    expect(acceptQuality(ranges, "audio/ogg")).toEqual({ q: 0.5, rank: 1 });
    expect(acceptQuality(ranges, "video/mp4")).toEqual({ q: 0.1, rank: 2 });
  });

  it("gives q 0 for a type a specific range refuses, and null when nothing matches", () => {
    expect(acceptQuality(parseAccept("audio/*, audio/wav;q=0"), "audio/wav")).toEqual({ q: 0, rank: 1 });
    expect(acceptQuality(parseAccept("audio/*"), "application/json")).toBeNull();
  });
});
