import { describe, expect, it } from "vitest";
import { sha256FromContentDigest } from "../../src/http/content-digest";

// SHA-256 of "hello world", in hex and base64.
const HELLO_HEX = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";
const HELLO_B64 = "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=";
const SHA512_B64 = btoa(String.fromCharCode(...new Uint8Array(64).fill(7)));

describe("sha256FromContentDigest", () => {
  it("answers undefined when the header is absent", () => {
    expect(sha256FromContentDigest(undefined)).toBeUndefined();
    expect(sha256FromContentDigest(null)).toBeUndefined();
  });

  it("reads a sha-256 member as lowercase hex", () => {
    expect(sha256FromContentDigest(`sha-256=:${HELLO_B64}:`)).toBe(HELLO_HEX);
  });

  it("tolerates whitespace around members", () => {
    expect(sha256FromContentDigest(`  sha-256=:${HELLO_B64}:  `)).toBe(HELLO_HEX);
  });

  it("reads the algorithm name case-insensitively", () => {
    expect(sha256FromContentDigest(`SHA-256=:${HELLO_B64}:`)).toBe(HELLO_HEX);
  });

  it("accepts base64 without its padding", () => {
    expect(sha256FromContentDigest(`sha-256=:${HELLO_B64.replace(/=+$/, "")}:`)).toBe(HELLO_HEX);
  });

  it("finds sha-256 among other algorithms, before or after them", () => {
    expect(sha256FromContentDigest(`sha-512=:${SHA512_B64}:, sha-256=:${HELLO_B64}:`)).toBe(HELLO_HEX);
    expect(sha256FromContentDigest(`sha-256=:${HELLO_B64}:,sha-512=:${SHA512_B64}:`)).toBe(HELLO_HEX);
  });

  it("answers undefined when only other algorithms are named, so they can be ignored", () => {
    expect(sha256FromContentDigest(`sha-512=:${SHA512_B64}:`)).toBeUndefined();
    expect(sha256FromContentDigest(`md5=:${btoa("0123456789abcdef")}:, sha-512=:${SHA512_B64}:`)).toBeUndefined();
  });

  it("uses the last sha-256 member when there are several", () => {
    const zero = btoa(String.fromCharCode(...new Uint8Array(32)));
    expect(sha256FromContentDigest(`sha-256=:${zero}:, sha-256=:${HELLO_B64}:`)).toBe(HELLO_HEX);
  });

  it.each([
    ["an empty value", ""],
    ["a bare algorithm", "sha-256"],
    ["a value without colons", `sha-256=${HELLO_B64}`],
    ["a value with one colon", `sha-256=:${HELLO_B64}`],
    ["a hex value instead of base64", `sha-256=:${HELLO_HEX}:`],
    ["a digest of 31 bytes", `sha-256=:${btoa(String.fromCharCode(...new Uint8Array(31)))}:`],
    ["a digest of 33 bytes", `sha-256=:${btoa(String.fromCharCode(...new Uint8Array(33)))}:`],
    ["an empty digest", "sha-256=::"],
    ["base64 of an impossible length", "sha-256=:A:"],
    ["base64 with too much padding", `sha-256=:${HELLO_B64}==:`],
    ["base64url characters", `sha-256=:${HELLO_B64.replace(/\+/g, "-")}:`],
    ["spaces around =", `sha-256 = :${HELLO_B64}:`],
    ["a malformed member next to a good one", `sha-256=:${HELLO_B64}:, !!`],
    ["a malformed sha-512 next to a good sha-256", `sha-512=oops, sha-256=:${HELLO_B64}:`],
    ["a wrong-length sha-256 after a good one", `sha-256=:${HELLO_B64}:, sha-256=:AAAA:`],
    ["the legacy Digest syntax", `SHA-256=${HELLO_B64}`],
  ])("answers null for %s", (_what, value) => {
    expect(sha256FromContentDigest(value)).toBeNull();
  });

  it("answers null for a value longer than 4096 characters without parsing it", () => {
    const padded = `sha-256=:${HELLO_B64}:${", sha-512=:AAAA:".repeat(300)}`;
    expect(padded.length).toBeGreaterThan(4096);
    expect(sha256FromContentDigest(padded)).toBeNull();
  });

  it("accepts a value of exactly 4096 characters", () => {
    const member = `sha-256=:${HELLO_B64}:`;
    const value = member + " ".repeat(4096 - member.length);
    expect(value.length).toBe(4096);
    expect(sha256FromContentDigest(value)).toBe(HELLO_HEX);
  });
});
