import { describe, expect, it } from "vitest";
import {
  evaluatePreconditions,
  formatHttpDate,
  ifRangeAllowsRange,
  parseHttpDate,
} from "../../src/http/conditional";
import type { Validators } from "../../src/http/conditional";

const LAST_MODIFIED = new Date(Date.UTC(2024, 2, 10, 12, 0, 0));
const v: Validators = { etag: '"3f2a9c"', lastModified: LAST_MODIFIED };

const SAME = "Sun, 10 Mar 2024 12:00:00 GMT";
const EARLIER = "Sun, 10 Mar 2024 11:59:59 GMT";
const LATER = "Sun, 10 Mar 2024 12:00:01 GMT";

const h = (init: Record<string, string>) => new Headers(init);

/** Headers whose values bypass the Headers constructor's validation, to feed raw garbage. */
class RawHeaders extends Headers {
  constructor(private readonly raw: Record<string, string>) {
    super();
  }
  override get(name: string): string | null {
    return this.raw[name.toLowerCase()] ?? null;
  }
}

const GARBAGE = [
  "",
  " ",
  "*,*",
  '"',
  '"""',
  'W/"',
  "W/",
  "\u0000",
  "a\r\nb",
  "\uD800",
  "\u65e5\u672c\u{1F600}",
  '"\u65e5\u672c',
  ",".repeat(50_000),
  '"a'.repeat(50_000),
  "Sun, 10 Mar 2024 12:00:00 GMT".repeat(5_000),
  "x".repeat(1_000_000),
];

describe("evaluatePreconditions", () => {
  it("proceeds when there are no conditional headers", () => {
    expect(evaluatePreconditions(h({}), "GET", v)).toBe("proceed");
    expect(evaluatePreconditions(h({ Range: "bytes=0-1" }), "GET", v)).toBe("proceed");
  });

  describe("If-Match", () => {
    it("proceeds on a strong match anywhere in the list", () => {
      expect(evaluatePreconditions(h({ "If-Match": '"3f2a9c"' }), "GET", v)).toBe("proceed");
      expect(evaluatePreconditions(h({ "If-Match": '"x", "3f2a9c"' }), "PUT", v)).toBe("proceed");
    });

    it("proceeds on * because the representation exists", () => {
      expect(evaluatePreconditions(h({ "If-Match": "*" }), "DELETE", v)).toBe("proceed");
    });

    it("fails when no tag matches", () => {
      expect(evaluatePreconditions(h({ "If-Match": '"other"' }), "GET", v)).toBe(
        "precondition-failed",
      );
    });

    it("fails on a weak tag, since If-Match compares strongly", () => {
      expect(evaluatePreconditions(h({ "If-Match": 'W/"3f2a9c"' }), "GET", v)).toBe(
        "precondition-failed",
      );
    });

    it("fails when the current entity-tag is itself weak", () => {
      const weakV = { ...v, etag: 'W/"3f2a9c"' };
      expect(evaluatePreconditions(h({ "If-Match": '"3f2a9c"' }), "GET", weakV)).toBe(
        "precondition-failed",
      );
    });

    it("fails on a malformed value, which matches nothing", () => {
      for (const value of ["3f2a9c", '"3f2a9c', '*, "3f2a9c"', '"3f2a9c" junk', ""]) {
        expect(evaluatePreconditions(h({ "If-Match": value }), "GET", v), value).toBe(
          "precondition-failed",
        );
      }
    });

    it("takes precedence over If-Unmodified-Since", () => {
      const headers = h({ "If-Match": '"3f2a9c"', "If-Unmodified-Since": EARLIER });
      expect(evaluatePreconditions(headers, "PUT", v)).toBe("proceed");
    });

    it("fails before If-None-Match is looked at", () => {
      const headers = h({ "If-Match": '"other"', "If-None-Match": '"3f2a9c"' });
      expect(evaluatePreconditions(headers, "GET", v)).toBe("precondition-failed");
    });
  });

  describe("If-Unmodified-Since", () => {
    it("fails when the representation changed after the date", () => {
      expect(evaluatePreconditions(h({ "If-Unmodified-Since": EARLIER }), "GET", v)).toBe(
        "precondition-failed",
      );
    });

    it("proceeds when unchanged since the date, equal or later", () => {
      expect(evaluatePreconditions(h({ "If-Unmodified-Since": SAME }), "PUT", v)).toBe("proceed");
      expect(evaluatePreconditions(h({ "If-Unmodified-Since": LATER }), "PUT", v)).toBe("proceed");
    });

    it("is ignored when the date is invalid", () => {
      for (const value of ["yesterday", "", "2024-03-10T11:00:00Z", `${EARLIER}, ${EARLIER}`]) {
        expect(evaluatePreconditions(h({ "If-Unmodified-Since": value }), "PUT", v)).toBe("proceed");
      }
    });

    it("compares at whole-second precision", () => {
      const withMillis = { ...v, lastModified: new Date(LAST_MODIFIED.getTime() + 999) };
      expect(evaluatePreconditions(h({ "If-Unmodified-Since": SAME }), "PUT", withMillis)).toBe(
        "proceed",
      );
    });
  });

  describe("If-None-Match", () => {
    it("answers not-modified for GET and HEAD on a match", () => {
      expect(evaluatePreconditions(h({ "If-None-Match": '"3f2a9c"' }), "GET", v)).toBe("not-modified");
      expect(evaluatePreconditions(h({ "If-None-Match": '"3f2a9c"' }), "HEAD", v)).toBe("not-modified");
      expect(evaluatePreconditions(h({ "If-None-Match": '"3f2a9c"' }), "get", v)).toBe("not-modified");
    });

    it("matches weakly, so a W/ tag matches the strong current one", () => {
      const headers = h({ "If-None-Match": 'W/"old", W/"3f2a9c"' });
      expect(evaluatePreconditions(headers, "GET", v)).toBe("not-modified");
    });

    it("matches * whenever the representation exists", () => {
      expect(evaluatePreconditions(h({ "If-None-Match": "*" }), "GET", v)).toBe("not-modified");
      expect(evaluatePreconditions(h({ "If-None-Match": "*" }), "PUT", v)).toBe("precondition-failed");
    });

    it("fails for other methods on a match", () => {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        expect(evaluatePreconditions(h({ "If-None-Match": '"3f2a9c"' }), method, v)).toBe(
          "precondition-failed",
        );
      }
    });

    it("proceeds when no tag matches", () => {
      expect(evaluatePreconditions(h({ "If-None-Match": '"a", "b"' }), "GET", v)).toBe("proceed");
      expect(evaluatePreconditions(h({ "If-None-Match": '"3F2A9C"' }), "GET", v)).toBe("proceed");
    });

    it("wins over If-Modified-Since in both directions", () => {
      const unchanged = h({ "If-None-Match": '"old"', "If-Modified-Since": LATER });
      expect(evaluatePreconditions(unchanged, "GET", v)).toBe("proceed");
      const changed = h({ "If-None-Match": '"3f2a9c"', "If-Modified-Since": EARLIER });
      expect(evaluatePreconditions(changed, "GET", v)).toBe("not-modified");
    });

    it("is ignored when malformed, letting If-Modified-Since decide", () => {
      for (const value of ["3f2a9c", '"3f2a9c', '*, "x"', "W/3f2a9c"]) {
        expect(evaluatePreconditions(h({ "If-None-Match": value }), "GET", v), value).toBe("proceed");
        const headers = h({ "If-None-Match": value, "If-Modified-Since": SAME });
        expect(evaluatePreconditions(headers, "GET", v), value).toBe("not-modified");
      }
    });

    it("reads tags joined from repeated header lines", () => {
      const headers = new Headers();
      headers.append("If-None-Match", '"a"');
      headers.append("If-None-Match", '"3f2a9c"');
      expect(evaluatePreconditions(headers, "GET", v)).toBe("not-modified");
    });

    it("is evaluated after a passing If-Unmodified-Since", () => {
      const headers = h({ "If-Unmodified-Since": LATER, "If-None-Match": '"3f2a9c"' });
      expect(evaluatePreconditions(headers, "GET", v)).toBe("not-modified");
    });
  });

  describe("If-Modified-Since", () => {
    it("answers not-modified when unchanged since the date, equal or later", () => {
      expect(evaluatePreconditions(h({ "If-Modified-Since": SAME }), "GET", v)).toBe("not-modified");
      expect(evaluatePreconditions(h({ "If-Modified-Since": LATER }), "HEAD", v)).toBe("not-modified");
    });

    it("proceeds when the representation changed after the date", () => {
      expect(evaluatePreconditions(h({ "If-Modified-Since": EARLIER }), "GET", v)).toBe("proceed");
    });

    it("accepts the obsolete date forms", () => {
      const rfc850 = h({ "If-Modified-Since": "Sunday, 10-Mar-24 12:00:00 GMT" });
      expect(evaluatePreconditions(rfc850, "GET", v)).toBe("not-modified");
      const asctime = h({ "If-Modified-Since": "Sun Mar 10 12:00:00 2024" });
      expect(evaluatePreconditions(asctime, "GET", v)).toBe("not-modified");
    });

    it("compares at whole-second precision", () => {
      const withMillis = { ...v, lastModified: new Date(LAST_MODIFIED.getTime() + 500) };
      expect(evaluatePreconditions(h({ "If-Modified-Since": SAME }), "GET", withMillis)).toBe(
        "not-modified",
      );
    });

    it("is ignored for methods other than GET and HEAD", () => {
      expect(evaluatePreconditions(h({ "If-Modified-Since": LATER }), "POST", v)).toBe("proceed");
    });

    it("is ignored when the date is invalid", () => {
      for (const value of ["tomorrow", "0", `${SAME}, ${SAME}`, "Sun, 10 Mar 2024 12:00:00 UTC"]) {
        expect(evaluatePreconditions(h({ "If-Modified-Since": value }), "GET", v), value).toBe(
          "proceed",
        );
      }
    });

    it("is ignored when the stored modification date is invalid", () => {
      const broken = { ...v, lastModified: new Date(Number.NaN) };
      expect(evaluatePreconditions(h({ "If-Modified-Since": SAME }), "GET", broken)).toBe("proceed");
    });
  });

  it("never throws on garbage in any conditional header", () => {
    const names = ["if-match", "if-none-match", "if-modified-since", "if-unmodified-since"];
    for (const value of GARBAGE) {
      for (const name of names) {
        const result = evaluatePreconditions(new RawHeaders({ [name]: value }), "GET", v);
        expect(["proceed", "not-modified", "precondition-failed"]).toContain(result);
      }
    }
  });

  it("accepts non-ASCII header values that workerd decodes from UTF-8", () => {
    const headers = h({ "If-None-Match": '"\u65e5\u672c", "3f2a9c"' });
    expect(evaluatePreconditions(headers, "GET", v)).toBe("not-modified");
  });
});

describe("ifRangeAllowsRange", () => {
  it("allows the range when there is no If-Range", () => {
    expect(ifRangeAllowsRange(h({}), v)).toBe(true);
  });

  it("allows the range for the current strong entity-tag", () => {
    expect(ifRangeAllowsRange(h({ "If-Range": '"3f2a9c"' }), v)).toBe(true);
    expect(ifRangeAllowsRange(h({ "If-Range": ' "3f2a9c" ' }), v)).toBe(true);
  });

  it("refuses the range for another, a weak, or a weakly held entity-tag", () => {
    expect(ifRangeAllowsRange(h({ "If-Range": '"old"' }), v)).toBe(false);
    expect(ifRangeAllowsRange(h({ "If-Range": 'W/"3f2a9c"' }), v)).toBe(false);
    expect(ifRangeAllowsRange(h({ "If-Range": '"3f2a9c"' }), { ...v, etag: 'W/"3f2a9c"' })).toBe(
      false,
    );
  });

  it("refuses the range for a list or * rather than one entity-tag", () => {
    expect(ifRangeAllowsRange(h({ "If-Range": '"3f2a9c", "old"' }), v)).toBe(false);
    expect(ifRangeAllowsRange(h({ "If-Range": "*" }), v)).toBe(false);
  });

  it("allows the range for a date exactly equal to Last-Modified", () => {
    expect(ifRangeAllowsRange(h({ "If-Range": SAME }), v)).toBe(true);
    expect(ifRangeAllowsRange(h({ "If-Range": "Sun Mar 10 12:00:00 2024" }), v)).toBe(true);
  });

  it("compares the date at whole-second precision", () => {
    const withMillis = { ...v, lastModified: new Date(LAST_MODIFIED.getTime() + 250) };
    expect(ifRangeAllowsRange(h({ "If-Range": SAME }), withMillis)).toBe(true);
  });

  it("refuses the range for an earlier or later date", () => {
    expect(ifRangeAllowsRange(h({ "If-Range": EARLIER }), v)).toBe(false);
    expect(ifRangeAllowsRange(h({ "If-Range": LATER }), v)).toBe(false);
  });

  it("refuses the range for malformed values", () => {
    for (const value of ["", "3f2a9c", '"3f2a9c', "yesterday", "W/", `${SAME} junk`]) {
      expect(ifRangeAllowsRange(h({ "If-Range": value }), v), value).toBe(false);
    }
  });

  it("never throws on garbage", () => {
    for (const value of GARBAGE) {
      expect(ifRangeAllowsRange(new RawHeaders({ "if-range": value }), v)).toBe(false);
    }
  });
});

describe("HTTP-date helpers re-exported from conditional", () => {
  it("formats and parses the same instant", () => {
    const text = formatHttpDate(LAST_MODIFIED);
    expect(text).toBe(SAME);
    expect(parseHttpDate(text)?.getTime()).toBe(LAST_MODIFIED.getTime());
  });
});
