import { describe, expect, it } from "vitest";
import { toBase64Url } from "../../src/lib/crypto";
import { loadSigningKeys, parseSigningKeys, SigningConfigError } from "../../src/signing/keys";

const secret = (n: number, fill = 1) => btoa(String.fromCharCode(...new Uint8Array(n).fill(fill)));

describe("parseSigningKeys", () => {
  it("makes the first key current and keeps every key for verifying", () => {
    const keys = parseSigningKeys(`new:${secret(32, 2)},old:${secret(48, 3)}`);
    expect(keys.current.id).toBe("new");
    expect([...keys.byId.keys()]).toEqual(["new", "old"]);
    expect(keys.byId.get("old")!.secret).toEqual(new Uint8Array(48).fill(3));
  });

  it("accepts entries separated by whitespace and newlines, and URL-safe base64 secrets", () => {
    const urlSafe = toBase64Url(new Uint8Array(33).fill(0xfb));
    expect(urlSafe).toMatch(/[-_]/);
    const keys = parseSigningKeys(`\n  a:${urlSafe}\n\tb:${secret(32)} ,\n`);
    expect(keys.current.secret).toEqual(new Uint8Array(33).fill(0xfb));
    expect(keys.byId.size).toBe(2);
  });

  it("refuses a missing or blank secret with a message that says how to set one", () => {
    for (const text of [undefined, "", " , \n"]) {
      expect(() => parseSigningKeys(text)).toThrow(SigningConfigError);
      expect(() => parseSigningKeys(text)).toThrow(/SIGNING_KEYS: not set/);
    }
  });

  it("refuses a secret shorter than 32 bytes, naming the key but not the secret", () => {
    const short = secret(31);
    expect(() => parseSigningKeys(`k1:${short}`)).toThrow(/key "k1" is 31 bytes; at least 32/);
    try {
      parseSigningKeys(`k1:${short}`);
    } catch (err) {
      expect(String(err)).not.toContain(short);
    }
  });

  it("refuses secrets that are not base64, entries without an id, bad ids and repeated ids", () => {
    const cases: [string, RegExp][] = [
      ["k1:not*base64*at*all*not*base64*at*all*not*base64*", /key "k1" is not base64/],
      [secret(32), /entry 1 is not "<key id>:<base64 secret>"/],
      [`:${secret(32)}`, /entry 1 has a key id/],
      [`k1:${secret(32)},bad/id:${secret(32)}`, /entry 2 has a key id/],
      [`k1:${secret(32)},k1:${secret(40)}`, /"k1" appears more than once/],
      [`k1:${secret(32)}${secret(32)}`, /key "k1" is not base64/],
    ];
    for (const [text, message] of cases) expect(() => parseSigningKeys(text), text).toThrow(message);
  });
});

describe("loadSigningKeys", () => {
  it("returns the same parsed keys for the same text and parses a changed text anew", () => {
    const text = `k1:${secret(32)}`;
    const first = loadSigningKeys(text);
    expect(loadSigningKeys(text)).toBe(first);
    expect(loadSigningKeys(`k2:${secret(32)}`).current.id).toBe("k2");
  });

  it("throws every time while the secret is malformed", () => {
    expect(() => loadSigningKeys("k1:short")).toThrow(SigningConfigError);
    expect(() => loadSigningKeys("k1:short")).toThrow(SigningConfigError);
  });
});
