// SHA-256 (FIPS 180-4) whose state can be saved after one request and restored in the next: the
// runtime's digests (crypto.subtle, DigestStream) cannot be carried across requests, and a resumable
// upload's SHA-256 must cover bytes that arrive in many PATCHes.
import { fromBase64, toBase64, toHex } from "../lib/crypto";
import { compress } from "./sha256-compress";

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
/** Eight state words and the byte count (a float64), then the unprocessed tail (under 64 bytes). */
const SAVED_MIN = 32 + 8;

/**
 * The implementation and version a saved state names, before a colon. A state is the standard
 * SHA-256 intermediate state, so any correct implementation can continue it; the name says which
 * code wrote it and in which layout. States with no name were written by the first implementation
 * (`ts/1`, before states were named) in the same layout, and are continued alike.
 */
export const STATE_FORMAT = "ts/2";
const LEGACY_FORMAT = "ts/1";

/** A saved state this code cannot continue (another implementation's or version's, or damaged). */
export class UnresumableStateError extends Error {}

/**
 * An incremental SHA-256 whose state survives between requests: `save()` gives a short text (the
 * format's name, then base64 of the eight words, the byte count and the unprocessed tail),
 * `ResumableSha256.restore` continues it.
 * @example
 * const hash = new ResumableSha256(); hash.update(part1); const saved = hash.save();
 * const later = ResumableSha256.restore(saved); later.update(part2); later.hex(); // SHA-256 of part1 + part2
 */
export class ResumableSha256 {
  private readonly h = Int32Array.from(INITIAL);
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
      compress(this.h, this.tail, 0, 64);
      this.tailLength = 0;
    }
    const whole = start + Math.floor((data.byteLength - start) / 64) * 64;
    compress(this.h, data, start, whole);
    this.tail.set(data.subarray(whole), 0);
    this.tailLength = data.byteLength - whole;
  }

  /** The digest of everything added so far, as lower-case hex; the state itself is left as it was. */
  hex(): string {
    const h = Int32Array.from(this.h);
    const block = new Uint8Array(this.tailLength < 56 ? 64 : 128);
    block.set(this.tail.subarray(0, this.tailLength));
    block[this.tailLength] = 0x80;
    const bits = this.length * 8;
    const view = new DataView(block.buffer);
    view.setUint32(block.length - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(block.length - 4, bits >>> 0);
    compress(h, block, 0, block.length);
    const out = new DataView(new ArrayBuffer(32));
    h.forEach((word, i) => out.setInt32(i * 4, word));
    return toHex(out.buffer);
  }

  /** The state as text (`ts/2:` and base64), to store between requests. */
  save(): string {
    const out = new Uint8Array(SAVED_MIN + this.tailLength);
    const view = new DataView(out.buffer);
    this.h.forEach((word, i) => view.setInt32(i * 4, word));
    view.setFloat64(32, this.length);
    out.set(this.tail.subarray(0, this.tailLength), SAVED_MIN);
    return `${STATE_FORMAT}:${toBase64(out)}`;
  }

  /**
   * Continues from a state `save()` gave, in this format or the first implementation's.
   * @throws UnresumableStateError when `state` names another format, or is not a state at all
   */
  static restore(state: string): ResumableSha256 {
    const colon = state.indexOf(":");
    const format = colon < 0 ? LEGACY_FORMAT : state.slice(0, colon);
    if (format !== STATE_FORMAT && format !== LEGACY_FORMAT) {
      throw new UnresumableStateError(`its SHA-256 state was saved as ${JSON.stringify(format.slice(0, 40))}, which this version does not know`);
    }
    const bytes = fromBase64(state.slice(colon + 1));
    const damaged = () => new UnresumableStateError(`its SHA-256 state (${format}) is damaged`);
    if (!bytes || bytes.byteLength < SAVED_MIN || bytes.byteLength >= SAVED_MIN + 64) throw damaged();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hash = new ResumableSha256();
    for (let i = 0; i < 8; i++) hash.h[i] = view.getInt32(i * 4);
    hash.length = view.getFloat64(32);
    hash.tailLength = bytes.byteLength - SAVED_MIN;
    if (!Number.isSafeInteger(hash.length) || hash.length < 0 || hash.length % 64 !== hash.tailLength) throw damaged();
    hash.tail.set(bytes.subarray(SAVED_MIN), 0);
    return hash;
  }
}
