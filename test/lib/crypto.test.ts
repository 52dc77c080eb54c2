import { describe, expect, it } from "vitest";
import { fromBase64Url, secretsEqual, toBase64Url } from "../../src/lib/crypto";

describe("base64url", () => {
  it("round-trips every length of bytes without padding", () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it("refuses a last character whose spare bits differ, so no two spellings decode alike", () => {
    const text = toBase64Url(new Uint8Array([1, 2, 3, 4])); // "AQIDBA"
    expect(fromBase64Url(text)).not.toBeNull();
    expect(fromBase64Url(`${text.slice(0, -1)}B`)).toBeNull();
  });

  it("refuses padding, the standard alphabet, impossible lengths and other characters", () => {
    for (const bad of ["AQIDBA==", "+/+/", "A", "AQ ID", "AQ.D", "é"]) expect(fromBase64Url(bad), bad).toBeNull();
  });
});

describe("secretsEqual", () => {
  it("is true only for identical secrets, whatever their lengths", async () => {
    expect(await secretsEqual("token", "token")).toBe(true);
    expect(await secretsEqual("token", "token ")).toBe(false);
    expect(await secretsEqual("", "token")).toBe(false);
  });
});
