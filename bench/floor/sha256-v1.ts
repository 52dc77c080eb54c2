// The resumable SHA-256 of the first implementation (its saved states have no format name, "ts/1"), kept
// as the tus benchmark's baseline; src/tus/sha256.ts runs the same loop with named states ("ts/2").
// SHA-256 (FIPS 180-4) whose state can be saved after one request and restored in the next: the
// runtime's digests (crypto.subtle, DigestStream) cannot be carried across requests, and a resumable
// upload's SHA-256 must cover bytes that arrive in many PATCHes.
import { fromBase64, toBase64, toHex } from "../../src/lib/crypto";

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const SAVED_MIN = 32 + 8;

/** Runs the compression function over every whole 64-byte block of `data[start, end)`. */
function compress(h: Int32Array, w: Int32Array, data: Uint8Array, start: number, end: number): void {
  let h0 = h[0]!, h1 = h[1]!, h2 = h[2]!, h3 = h[3]!, h4 = h[4]!, h5 = h[5]!, h6 = h[6]!, h7 = h[7]!;
  for (let p = start; p + 64 <= end; p += 64) {
    for (let i = 0, j = p; i < 16; i++, j += 4) {
      w[i] = (data[j]! << 24) | (data[j + 1]! << 16) | (data[j + 2]! << 8) | data[j + 3]!;
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + hh) | 0;
  }
  h[0] = h0; h[1] = h1; h[2] = h2; h[3] = h3; h[4] = h4; h[5] = h5; h[6] = h6; h[7] = h7;
}

/**
 * An incremental SHA-256 whose state survives between requests: `save()` gives a short base64 text
 * (the eight words, the byte count and the unprocessed tail), `ResumableSha256.restore` continues it.
 * @example
 * const hash = new ResumableSha256(); hash.update(part1); const saved = hash.save();
 * const later = ResumableSha256.restore(saved); later.update(part2); later.hex(); // SHA-256 of part1 + part2
 */
export class ResumableSha256 {
  private readonly h = Int32Array.from(INITIAL);
  private readonly w = new Int32Array(64);
  private readonly tail = new Uint8Array(64);
  private tailLength = 0;
  private length = 0;

  /** Adds bytes. */
  update(data: Uint8Array): void {
    let start = 0;
    this.length += data.byteLength;
    if (this.tailLength > 0) {
      start = Math.min(64 - this.tailLength, data.byteLength);
      this.tail.set(data.subarray(0, start), this.tailLength);
      this.tailLength += start;
      if (this.tailLength < 64) return;
      compress(this.h, this.w, this.tail, 0, 64);
      this.tailLength = 0;
    }
    const whole = start + Math.floor((data.byteLength - start) / 64) * 64;
    compress(this.h, this.w, data, start, whole);
    this.tail.set(data.subarray(whole), 0);
    this.tailLength = data.byteLength - whole;
  }

  /** The digest of everything added so far, as lower-case hex; the state itself is left as it was. */
  hex(): string {
    const copy = ResumableSha256.restore(this.save());
    const bits = copy.length * 8;
    const pad = new Uint8Array((copy.tailLength < 56 ? 64 : 128) - copy.tailLength);
    pad[0] = 0x80;
    const view = new DataView(pad.buffer);
    view.setUint32(pad.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(pad.length - 4, bits >>> 0);
    copy.update(pad);
    const out = new DataView(new ArrayBuffer(32));
    copy.h.forEach((word, i) => out.setInt32(i * 4, word));
    return toHex(out.buffer);
  }

  /** The state as base64 text, to store between requests. */
  save(): string {
    const out = new Uint8Array(SAVED_MIN + this.tailLength);
    const view = new DataView(out.buffer);
    this.h.forEach((word, i) => view.setInt32(i * 4, word));
    view.setFloat64(32, this.length);
    out.set(this.tail.subarray(0, this.tailLength), SAVED_MIN);
    return toBase64(out);
  }

  /**
   * Continues from a state `save()` gave.
   * @throws Error when `state` is not one
   */
  static restore(state: string): ResumableSha256 {
    const bytes = fromBase64(state);
    if (!bytes || bytes.byteLength < SAVED_MIN || bytes.byteLength >= SAVED_MIN + 64) throw new Error("Not a saved SHA-256 state");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hash = new ResumableSha256();
    for (let i = 0; i < 8; i++) hash.h[i] = view.getInt32(i * 4);
    hash.length = view.getFloat64(32);
    hash.tailLength = bytes.byteLength - SAVED_MIN;
    if (!Number.isSafeInteger(hash.length) || hash.length % 64 !== hash.tailLength) throw new Error("Not a saved SHA-256 state");
    hash.tail.set(bytes.subarray(SAVED_MIN), 0);
    return hash;
  }
}
