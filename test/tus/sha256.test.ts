import { describe, expect, it } from "vitest";
import { toHex } from "../../src/lib/crypto";
import { ResumableSha256 } from "../../src/tus/sha256";

/** The digest of `pieces` fed one after another. */
function hashed(...pieces: Uint8Array[]): ResumableSha256 {
  const hash = new ResumableSha256();
  for (const piece of pieces) hash.update(piece);
  return hash;
}

async function reference(bytes: Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", bytes));
}

function random(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

describe("ResumableSha256", () => {
  it("matches crypto.subtle on the standard vectors and around every padding boundary", async () => {
    expect(new ResumableSha256().hex()).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hashed(new TextEncoder().encode("abc")).hex()).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    for (let n = 0; n <= 200; n++) {
      const bytes = random(n);
      expect(hashed(bytes).hex(), `${n} bytes`).toBe(await reference(bytes));
    }
  });

  it("gives crypto.subtle's digest when random data is fed in pieces split at odd points, saved and restored between them", async () => {
    for (let round = 0; round < 20; round++) {
      const bytes = random(1 + Math.floor(Math.random() * 300_000));
      let hash = new ResumableSha256();
      let at = 0;
      while (at < bytes.byteLength) {
        const step = 1 + Math.floor(Math.random() * 70_000);
        hash.update(bytes.subarray(at, at + step));
        at += step;
        if (Math.random() < 0.5) hash = ResumableSha256.restore(hash.save());
      }
      expect(hash.hex()).toBe(await reference(bytes));
    }
  });

  it("leaves its state as it was when asked for the digest so far", async () => {
    const bytes = random(1000);
    const hash = hashed(bytes.subarray(0, 333));
    expect(hash.hex()).toBe(await reference(bytes.subarray(0, 333)));
    hash.update(bytes.subarray(333));
    expect(hash.hex()).toBe(await reference(bytes));
  });

  it("keeps a saved state short: the eight words, the count and a tail under one block", () => {
    const saved = hashed(random(5 * 1024 * 1024 + 63)).save();
    expect(atob(saved).length).toBe(32 + 8 + 63);
  });

  it("refuses a text that is not a saved state", () => {
    for (const bad of ["", "not base64!", btoa("short"), btoa("x".repeat(40 + 5))]) {
      expect(() => ResumableSha256.restore(bad), bad).toThrow(/Not a saved SHA-256 state/);
    }
  });
});
