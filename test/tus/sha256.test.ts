import { describe, expect, it } from "vitest";
import { toHex } from "../../src/lib/crypto";
import { ResumableSha256, STATE_FORMAT, UnresumableStateError } from "../../src/tus/sha256";

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

  it("keeps a saved state short: its format's name, then the eight words, the count and a tail under one block", () => {
    const saved = hashed(random(5 * 1024 * 1024 + 63)).save();
    expect(saved.startsWith(`${STATE_FORMAT}:`)).toBe(true);
    expect(atob(saved.slice(STATE_FORMAT.length + 1)).length).toBe(32 + 8 + 63);
  });

  it("refuses, as unresumable, a text that is not a saved state and a state of a format it does not know", () => {
    const other = `wasm/9:${btoa("x".repeat(40))}`;
    for (const bad of ["", "not base64!", btoa("short"), btoa("x".repeat(40 + 5)), `${STATE_FORMAT}:${btoa("short")}`, other]) {
      expect(() => ResumableSha256.restore(bad), bad).toThrow(UnresumableStateError);
    }
    expect(() => ResumableSha256.restore(other)).toThrow(/"wasm\/9".*does not know/);
  });
});

/** NIST's examples (FIPS 180-2 appendix B) and short messages from its SHA256ShortMsg test vectors. */
const NIST: [string, Uint8Array, string][] = [
  ["the empty message", new Uint8Array(0), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ["abc", text("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ["the 448-bit message", text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
  [
    "the 896-bit message",
    text("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
    "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
  ],
  ["one million a", new Uint8Array(1_000_000).fill(0x61), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"],
  ["ShortMsg Len=8", Uint8Array.of(0xd3), "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1"],
  ["ShortMsg Len=16", Uint8Array.of(0x11, 0xaf), "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98"],
  ["ShortMsg Len=32", Uint8Array.of(0x74, 0xba, 0x25, 0x21), "b16aa56be3880d18cd41e68384cf1ec8c17680c45a02b1575dc1518923ae8b0e"],
];

function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

describe("ResumableSha256 against NIST's vectors", () => {
  it.each(NIST)("gives NIST's digest of %s, whole and fed in pieces of 1, 55, 56, 63, 64, 65 and 1000 bytes with a save between each", (_, message, digest) => {
    expect(hashed(message).hex()).toBe(digest);
    for (const step of [1, 55, 56, 63, 64, 65, 1000]) {
      if (step === 1 && message.byteLength > 5000) continue; // a million saves would add nothing
      let hash = new ResumableSha256();
      for (let at = 0; at < message.byteLength; at += step) {
        hash.update(message.subarray(at, at + step));
        hash = ResumableSha256.restore(hash.save());
      }
      expect(hash.hex(), `pieces of ${step}`).toBe(digest);
    }
  });
});

describe("ResumableSha256 resumed at every offset", () => {
  const bytes = random(777);

  it("gives crypto.subtle's digest when saved and restored at 0, 1, 55, 56, 63, 64, 65 and every other offset", async () => {
    const digest = await reference(bytes);
    for (let at = 0; at <= bytes.byteLength; at++) {
      const first = hashed(bytes.subarray(0, at));
      const later = ResumableSha256.restore(first.save());
      later.update(bytes.subarray(at));
      expect(later.hex(), `saved at ${at}`).toBe(digest);
    }
  });

  it("gives crypto.subtle's digest for chunk sizes that are not multiples of 64, saved after each chunk", async () => {
    const big = random(5 * 1024 * 1024 + 17);
    const digest = await reference(big);
    for (const chunk of [65_537, 1_048_575, 5 * 1024 * 1024 + 1, 3 * 64 + 7]) {
      let hash = new ResumableSha256();
      for (let at = 0; at < big.byteLength; at += chunk) {
        hash.update(big.subarray(at, at + chunk));
        hash = ResumableSha256.restore(hash.save());
      }
      expect(hash.hex(), `chunks of ${chunk}`).toBe(digest);
    }
  });
});

/** States saved by the first implementation (no format name) after the first n bytes of `legacyInput`. */
const LEGACY_STATES: [number, string][] = [
  [0, "agnmZ7tnroU8bvNypU/1OlEOUn+bBWiMH4PZq1vgzRkAAAAAAAAAAA=="],
  [1, "agnmZ7tnroU8bvNypU/1OlEOUn+bBWiMH4PZq1vgzRk/8AAAAAAAAAM="],
  [63, "agnmZ7tnroU8bvNypU/1OlEOUn+bBWiMH4PZq1vgzRlAT4AAAAAAAAMKERgfJi00O0JJUFdeZWxzeoGIj5adpKuyucDHztXc4+rx+P8GDRQbIikwNz5FTFNaYWhvdn2Ei5KZoKeutQ=="],
  [64, "79KbQ29j6vJE9ZiVH7t8jypReyfSAV0pUZWNG10Sv0dAUAAAAAAAAA=="],
  [65, "79KbQ29j6vJE9ZiVH7t8jypReyfSAV0pUZWNG10Sv0dAUEAAAAAAAMM="],
  [130, "y2TOtsW301jb3QzayGI2O95Uoyta95gRF+YDJAcRA49AYEAAAAAAAIOK"],
  [1000, "kDzWdtRMtqQFmA2nNzsIYB/1geeZNX7V7n0Jd4s+GIxAj0AAAAAAAENKUVhfZm10e4KJkJeepayzusHIz9bd5Ovy+QAHDhUcIyoxOD9GTVQ="],
];

describe("ResumableSha256 and states saved by the implementations before it", () => {
  const legacyInput = Uint8Array.from({ length: 1500 }, (_, i) => (i * 7 + 3) & 255);

  it.each(LEGACY_STATES)("continues the first implementation's state after %i bytes to the right digest", async (n, state) => {
    const hash = ResumableSha256.restore(state);
    hash.update(legacyInput.subarray(n));
    expect(hash.hex()).toBe(await reference(legacyInput));
    expect(hashed(legacyInput.subarray(0, n)).save()).toBe(`${STATE_FORMAT}:${state}`);
  });

  it.each(LEGACY_STATES)("continues the TypeScript loop's named state (ts/2) after %i bytes to the right digest", async (n, state) => {
    const hash = ResumableSha256.restore(`ts/2:${state}`);
    hash.update(legacyInput.subarray(n));
    expect(hash.hex()).toBe(await reference(legacyInput));
  });
});

describe("ResumableSha256 in one WebAssembly instance", () => {
  it("keeps hashes fed in turn apart: each carries its own state between calls", async () => {
    const a = random(200_000);
    const b = random(150_001);
    const first = new ResumableSha256();
    const second = new ResumableSha256();
    for (let at = 0; at < a.byteLength; at += 10_007) {
      first.update(a.subarray(at, at + 10_007));
      second.update(b.subarray(at, at + 10_007));
      if (at === 50_035) expect(second.hex()).toBe(await reference(b.subarray(0, at + 10_007)));
    }
    expect(first.hex()).toBe(await reference(a));
    expect(second.hex()).toBe(await reference(b));
  });
});
