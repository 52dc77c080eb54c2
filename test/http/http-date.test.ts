import { describe, expect, it } from "vitest";
import { formatHttpDate, parseHttpDate } from "../../src/http/http-date";

const RFC_EXAMPLE = Date.UTC(1994, 10, 6, 8, 49, 37);

describe("parseHttpDate", () => {
  it("reads the IMF-fixdate form", () => {
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")?.getTime()).toBe(RFC_EXAMPLE);
  });

  it("reads the obsolete RFC 850 form", () => {
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT")?.getTime()).toBe(RFC_EXAMPLE);
  });

  it("reads the asctime form with a space-padded or two-digit day", () => {
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994")?.getTime()).toBe(RFC_EXAMPLE);
    expect(parseHttpDate("Wed Nov 16 08:49:37 1994")?.getTime()).toBe(
      Date.UTC(1994, 10, 16, 8, 49, 37),
    );
  });

  it("ignores surrounding whitespace", () => {
    expect(parseHttpDate("  Sun, 06 Nov 1994 08:49:37 GMT\t")?.getTime()).toBe(RFC_EXAMPLE);
  });

  it("does not check the day name against the date", () => {
    expect(parseHttpDate("Mon, 06 Nov 1994 08:49:37 GMT")?.getTime()).toBe(RFC_EXAMPLE);
  });

  it("reads a leap day and the ends of the clock", () => {
    expect(parseHttpDate("Thu, 29 Feb 2024 00:00:00 GMT")?.getTime()).toBe(Date.UTC(2024, 1, 29));
    expect(parseHttpDate("Fri, 31 Dec 9999 23:59:59 GMT")?.getTime()).toBe(
      Date.UTC(9999, 11, 31, 23, 59, 59),
    );
  });

  it("keeps four-digit years below 100 as written", () => {
    expect(parseHttpDate("Sat, 01 Jan 0050 00:00:00 GMT")?.getUTCFullYear()).toBe(50);
  });

  it("reads a two-digit RFC 850 year as the nearest one not more than 50 years ahead", () => {
    const now = new Date(Date.UTC(2025, 5, 1));
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", now)?.getUTCFullYear()).toBe(1994);
    expect(parseHttpDate("Sunday, 06-Nov-30 08:49:37 GMT", now)?.getUTCFullYear()).toBe(2030);
    expect(parseHttpDate("Sunday, 06-Nov-75 08:49:37 GMT", now)?.getUTCFullYear()).toBe(2075);
    expect(parseHttpDate("Sunday, 06-Nov-76 08:49:37 GMT", now)?.getUTCFullYear()).toBe(1976);
  });

  it("rejects impossible dates and times", () => {
    for (const value of [
      "Fri, 31 Feb 2023 00:00:00 GMT",
      "Thu, 29 Feb 2023 00:00:00 GMT",
      "Sun, 00 Nov 1994 08:49:37 GMT",
      "Sun, 32 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 24:00:00 GMT",
      "Sun, 06 Nov 1994 08:60:00 GMT",
      "Sun, 06 Nov 1994 08:49:60 GMT",
    ]) {
      expect(parseHttpDate(value), value).toBeNull();
    }
  });

  it("rejects other spellings, zones, lists and garbage", () => {
    for (const value of [
      "",
      "yesterday",
      "0",
      "1994-11-06T08:49:37Z",
      "Sun, 6 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 94 08:49:37 GMT",
      "sun, 06 nov 1994 08:49:37 gmt",
      "Sun, 06 Nov 1994 08:49:37 UTC",
      "Sun, 06 Nov 1994 08:49:37 +0000",
      "Sun, 06 Nov 1994 08:49:37",
      "Sun, 06 Nov 1994 8:49:37 GMT",
      "Sun,  06 Nov 1994 08:49:37 GMT",
      "Sunday, 06 Nov 1994 08:49:37 GMT",
      "Sun, 06-Nov-94 08:49:37 GMT",
      "Sun Nov 6 08:49:37 1994",
      "Sun, 06 Nov 1994 08:49:37 GMT, Mon, 07 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 08:49:37 GMT\u0000",
      "Sun, ０６ Nov 1994 08:49:37 GMT",
      "\uD800",
      "Sun, 06 Nov 1994 08:49:37 GMT".repeat(10_000),
    ]) {
      expect(parseHttpDate(value), value.slice(0, 80)).toBeNull();
    }
  });
});

describe("formatHttpDate", () => {
  it("writes the IMF-fixdate form", () => {
    expect(formatHttpDate(new Date(RFC_EXAMPLE))).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
  });

  it("drops milliseconds", () => {
    expect(formatHttpDate(new Date(RFC_EXAMPLE + 999))).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
  });

  it("pads small years to four digits", () => {
    const date = new Date(0);
    date.setUTCFullYear(5, 0, 1);
    expect(formatHttpDate(date)).toMatch(/^\w{3}, 01 Jan 0005 00:00:00 GMT$/);
  });

  it("round-trips through parseHttpDate", () => {
    for (const ms of [0, RFC_EXAMPLE, Date.UTC(2038, 0, 19, 3, 14, 8), Date.UTC(2024, 1, 29)]) {
      expect(parseHttpDate(formatHttpDate(new Date(ms)))?.getTime()).toBe(ms);
    }
  });

  it("refuses invalid dates and years outside 0-9999", () => {
    expect(() => formatHttpDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatHttpDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
    expect(() => formatHttpDate(new Date(Date.UTC(-1, 0, 1)))).toThrow(RangeError);
  });
});
