import { describe, expect, it } from "vitest";
import { contentDisposition } from "../../src/http/content-disposition";

/** Splits a value built by contentDisposition into its type, fallback and decoded UTF-8 name. */
function parts(value: string): { type: string; fallback: string; utf8: string } {
  const match = /^(inline|attachment); filename="([^"]*)"; filename\*=UTF-8''([^\s;"]*)$/.exec(value);
  if (match === null) throw new Error(`unexpected Content-Disposition: ${value}`);
  return { type: match[1]!, fallback: match[2]!, utf8: decodeURIComponent(match[3]!) };
}

describe("contentDisposition", () => {
  it("writes both parameters for a plain ASCII name", () => {
    expect(contentDisposition("inline", "call.mp3")).toBe(
      `inline; filename="call.mp3"; filename*=UTF-8''call.mp3`,
    );
  });

  it("uses a name of attr-chars only as it is in both parameters", () => {
    for (const name of ["6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10.mp3", "a", "!#$&+-.^_`|~", "x".repeat(150)]) {
      expect(contentDisposition("inline", name)).toBe(`inline; filename="${name}"; filename*=UTF-8''${name}`);
    }
    expect(parts(contentDisposition("inline", "...")).fallback).toBe("download");
    expect(parts(contentDisposition("inline", "y".repeat(151))).fallback).toBe("y".repeat(150));
  });

  it("uses the requested disposition type", () => {
    expect(parts(contentDisposition("attachment", "a.wav")).type).toBe("attachment");
    expect(parts(contentDisposition("inline", "a.wav")).type).toBe("inline");
  });

  it("replaces non-ASCII in the fallback and percent-encodes UTF-8 in filename*", () => {
    expect(contentDisposition("attachment", "call\u2014.mp3")).toBe(
      `attachment; filename="call_.mp3"; filename*=UTF-8''call%E2%80%94.mp3`,
    );
  });

  it("replaces each non-ASCII character, astral ones included, by a single underscore", () => {
    const value = contentDisposition("attachment", "r\u00e9union \u{1F4DE} \u65e5\u672c.m4a");
    expect(parts(value).fallback).toBe("r_union _ __.m4a");
    expect(parts(value).utf8).toBe("r\u00e9union \u{1F4DE} \u65e5\u672c.m4a");
  });

  it("replaces quotes, backslashes, slashes, percent signs and semicolons in the fallback", () => {
    const value = contentDisposition("attachment", 'a"b\\c/d%e;f.mp3');
    expect(parts(value).fallback).toBe("a_b_c_d_e_f.mp3");
  });

  it("replaces control characters in the fallback", () => {
    const value = contentDisposition("attachment", "a\u0000b\tc\r\nd\u007fe.mp3");
    expect(parts(value).fallback).toBe("a_b_c__d_e.mp3");
  });

  it("keeps other printable ASCII in the fallback", () => {
    const name = "Q3 review (final) [v2], #1 & 'ok' = 100! ~x^y`z|.mp3";
    expect(parts(contentDisposition("inline", name)).fallback).toBe(name);
  });

  it("removes path separators and control characters from filename* before encoding", () => {
    const value = contentDisposition("attachment", "../etc/pa\u0000ss\u0085wd\\x\r\n.mp3");
    expect(value).toContain("filename*=UTF-8''..etcpasswdx.mp3");
  });

  it("percent-encodes everything outside attr-char in filename*", () => {
    const value = contentDisposition("attachment", "a b'c(d)e*f,g:h=i@j?k%l;m\"n.mp3");
    expect(value).toContain(
      "filename*=UTF-8''a%20b%27c%28d%29e%2Af%2Cg%3Ah%3Di%40j%3Fk%25l%3Bm%22n.mp3",
    );
  });

  it("leaves attr-chars unencoded in filename*", () => {
    const name = "AZaz09!#$&+-.^_`|~";
    expect(contentDisposition("inline", name)).toContain(`filename*=UTF-8''${name}`);
  });

  it("encodes a lone surrogate as U+FFFD instead of throwing", () => {
    expect(contentDisposition("inline", "a\uD800b.mp3")).toContain(
      "filename*=UTF-8''a%EF%BF%BDb.mp3",
    );
  });

  it("falls back to download for an empty or dot-only name", () => {
    for (const name of ["", "   ", ".", ".."]) {
      expect(parts(contentDisposition("attachment", name)).fallback, JSON.stringify(name)).toBe(
        "download",
      );
    }
    expect(contentDisposition("attachment", "")).toContain("filename*=UTF-8''download");
    expect(contentDisposition("attachment", "/\\\u0000")).toContain("filename*=UTF-8''download");
  });

  it("trims spaces around the fallback", () => {
    expect(parts(contentDisposition("inline", "  call.mp3  ")).fallback).toBe("call.mp3");
  });

  it("cuts a long fallback to 150 characters keeping the extension", () => {
    const value = contentDisposition("attachment", `${"a".repeat(300)}.mp3`);
    const { fallback, utf8 } = parts(value);
    expect(fallback).toHaveLength(150);
    expect(fallback).toBe(`${"a".repeat(146)}.mp3`);
    expect(utf8).toBe(`${"a".repeat(300)}.mp3`);
  });

  it("keeps a fallback of exactly 150 characters whole", () => {
    const name = `${"b".repeat(146)}.ogg`;
    expect(parts(contentDisposition("inline", name)).fallback).toBe(name);
  });

  it("cuts a long name without a usable extension at 150 characters", () => {
    expect(parts(contentDisposition("inline", "c".repeat(400))).fallback).toBe("c".repeat(150));
    const longExtension = `x.${"e".repeat(300)}`;
    expect(parts(contentDisposition("inline", longExtension)).fallback).toHaveLength(150);
  });

  it("cuts a long non-ASCII name after replacement, keeping the extension", () => {
    const { fallback } = parts(contentDisposition("inline", `${"\u00e9".repeat(200)}.flac`));
    expect(fallback).toBe(`${"_".repeat(145)}.flac`);
  });

  it("always produces a value the Headers API accepts", () => {
    for (const name of ["\u0000\r\n", "\u{1F600}".repeat(500), '"";;%%', "\uDFFF", "a\u2028b"]) {
      const value = contentDisposition("attachment", name);
      expect(() => new Headers({ "Content-Disposition": value })).not.toThrow();
      expect(value).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
