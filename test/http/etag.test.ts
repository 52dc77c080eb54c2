import { describe, expect, it } from "vitest";
import { parseEntityTag, parseEntityTagList, strongMatch, weakMatch } from "../../src/http/etag";

const strong = (opaque: string) => ({ weak: false, opaque });
const weak = (opaque: string) => ({ weak: true, opaque });

describe("parseEntityTagList", () => {
  it("reads a lone asterisk, with surrounding whitespace or empty elements, as any", () => {
    expect(parseEntityTagList("*")).toEqual({ any: true });
    expect(parseEntityTagList("  *\t")).toEqual({ any: true });
    expect(parseEntityTagList(", *,")).toEqual({ any: true });
    expect(parseEntityTagList(" ,*")).toEqual({ any: true });
  });

  it("reads a single strong tag and a single weak tag", () => {
    expect(parseEntityTagList('"abc"')).toEqual({ tags: [strong("abc")] });
    expect(parseEntityTagList('W/"abc"')).toEqual({ tags: [weak("abc")] });
  });

  it("reads a list with commas, optional whitespace and empty elements", () => {
    expect(parseEntityTagList('"a",W/"b" ,\t"c"')).toEqual({
      tags: [strong("a"), weak("b"), strong("c")],
    });
    expect(parseEntityTagList(' , "a",, ,"b", ')).toEqual({ tags: [strong("a"), strong("b")] });
  });

  it("reads the empty tag and tags holding commas, asterisks and obs-text", () => {
    expect(parseEntityTagList('""')).toEqual({ tags: [strong("")] });
    expect(parseEntityTagList('"a,b", "*"')).toEqual({ tags: [strong("a,b"), strong("*")] });
    expect(parseEntityTagList('"caf\u00e9"')).toEqual({ tags: [strong("caf\u00e9")] });
    // workerd hands header bytes over decoded as UTF-8, so obs-text can be any non-ASCII.
    expect(parseEntityTagList('"\u65e5\u{1F600}"')).toEqual({ tags: [strong("\u65e5\u{1F600}")] });
  });

  it("reads a value with no elements as an empty list", () => {
    expect(parseEntityTagList("")).toEqual({ tags: [] });
    expect(parseEntityTagList(" , ,")).toEqual({ tags: [] });
  });

  it("returns null for malformed values", () => {
    for (const value of [
      "abc",
      '"abc',
      'abc"',
      '"a" "b"',
      '"a"b',
      '"a" , b',
      'w/"a"',
      'W/ "a"',
      'W/a',
      "W/",
      '*, "a"',
      '"a", *',
      "**",
      '"a b"',
      '"a\tb"',
      '"a\u007fb"',
      '"a\\"b"',
      '"a"; "b"',
    ]) {
      expect(parseEntityTagList(value), value).toBeNull();
    }
  });

  it("handles huge and unbalanced input without throwing", () => {
    expect(parseEntityTagList('"'.repeat(100_001))).toBeNull();
    const list = parseEntityTagList('"a",'.repeat(20_000));
    expect(list !== null && "tags" in list ? list.tags.length : -1).toBe(20_000);
    expect(parseEntityTagList(",".repeat(100_000))).toEqual({ tags: [] });
  });
});

describe("parseEntityTag", () => {
  it("reads exactly one tag, ignoring surrounding whitespace", () => {
    expect(parseEntityTag(' "v1" ')).toEqual(strong("v1"));
    expect(parseEntityTag('W/"v1"')).toEqual(weak("v1"));
  });

  it("returns null for lists, asterisks and junk", () => {
    for (const value of ['"a", "b"', "*", "", '"a"x', "v1", '"a']) {
      expect(parseEntityTag(value), value).toBeNull();
    }
  });
});

describe("entity-tag comparison", () => {
  it("matches strongly only when both are strong with the same opaque tag", () => {
    expect(strongMatch(strong("1"), strong("1"))).toBe(true);
    expect(strongMatch(weak("1"), strong("1"))).toBe(false);
    expect(strongMatch(strong("1"), weak("1"))).toBe(false);
    expect(strongMatch(weak("1"), weak("1"))).toBe(false);
    expect(strongMatch(strong("1"), strong("2"))).toBe(false);
  });

  it("matches weakly whenever the opaque tags are equal", () => {
    expect(weakMatch(weak("1"), weak("1"))).toBe(true);
    expect(weakMatch(weak("1"), strong("1"))).toBe(true);
    expect(weakMatch(strong("1"), strong("1"))).toBe(true);
    expect(weakMatch(weak("1"), weak("2"))).toBe(false);
  });

  it("compares opaque tags case-sensitively", () => {
    expect(weakMatch(strong("abc"), strong("ABC"))).toBe(false);
  });
});
