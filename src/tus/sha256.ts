// SHA-256 (FIPS 180-4) whose state can be saved after one request and restored in the next: the
// runtime's digests (crypto.subtle, DigestStream) cannot be carried across requests, and a resumable
// upload's SHA-256 must cover bytes that arrive in many PATCHes.
//
// The compression runs in WebAssembly: hash-wasm's SHA-256 (MIT, C source in the package), taken out of
// the installed package at build time by scripts/lib/sha256-wasm.mjs, about four times as fast in workerd
// as the TypeScript loop it replaced (docs/benchmarks.md#tus). Saved states keep the layout the
// TypeScript implementations used, so states saved by any of them continue here.
import { fromBase64, toBase64, toHex } from "../lib/crypto";
import sha256Module from "./wasm/sha256.wasm";

/** The compiled module's exports (hash-wasm's src/sha256.c). */
interface Sha256Exports {
  memory: WebAssembly.Memory;
  /** Address of the 16 KiB input buffer; Hash_Final leaves the digest at its start. */
  Hash_GetBuffer(): number;
  /** Starts a hash: 256 for SHA-256. */
  Hash_Init(bits: number): void;
  /** Hashes the first `size` bytes of the input buffer. */
  Hash_Update(size: number): void;
  Hash_Final(): void;
  /** Address of the context: `struct { uint32 message[16]; uint64 length; uint32 hash[8]; uint32 digest_length; }`. */
  Hash_GetState(): number;
  STATE_SIZE: WebAssembly.Global;
}

/** hash-wasm's input buffer size (MAIN_BUFFER_SIZE). */
const BUFFER_BYTES = 16 * 1024;
/** The context's layout, little-endian: the unprocessed tail, the byte count, the eight state words. */
const CONTEXT_BYTES = 112;
const CONTEXT_LENGTH_AT = 64;
const CONTEXT_WORDS_AT = 72;
const CONTEXT_DIGEST_LENGTH_AT = 104;

/** One instance per isolate, made on first use. Every hasher loads its own context into it before each use. */
let wasm: { exports: Sha256Exports; buffer: Uint8Array; context: Uint8Array } | undefined;

function instance(): NonNullable<typeof wasm> {
  if (wasm && wasm.buffer.byteLength > 0) return wasm;
  const exports = new WebAssembly.Instance(sha256Module, {}).exports as unknown as Sha256Exports;
  const memory = exports.memory.buffer;
  const stateSize = new DataView(memory).getUint32(exports.STATE_SIZE.value as number, true);
  if (stateSize !== CONTEXT_BYTES) throw new Error(`the SHA-256 WebAssembly's context is ${stateSize} bytes, not ${CONTEXT_BYTES}: rebuild it from hash-wasm 4.13`);
  wasm = {
    exports,
    buffer: new Uint8Array(memory, exports.Hash_GetBuffer(), BUFFER_BYTES),
    context: new Uint8Array(memory, exports.Hash_GetState(), CONTEXT_BYTES),
  };
  return wasm;
}

/** A fresh context: what Hash_Init(256) leaves. */
function initialContext(): Uint8Array {
  const { exports, context } = instance();
  exports.Hash_Init(256);
  return context.slice();
}

/** The layout of saved states: eight state words (big-endian) and the byte count (a float64), then the unprocessed tail (under 64 bytes). */
const SAVED_MIN = 32 + 8;

/**
 * The implementation and version a saved state names, before a colon. A state is the standard
 * SHA-256 intermediate state, so any correct implementation can continue it; the name says which
 * code wrote it. `ts/1` (states with no name, from before states were named) and `ts/2` were written
 * by the TypeScript implementations in the same layout, and are continued alike.
 */
export const STATE_FORMAT = "wasm/1";
const KNOWN_FORMATS = new Set([STATE_FORMAT, "ts/2", "ts/1"]);
const UNNAMED_FORMAT = "ts/1";

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
  /** This hash's context, copied into the one WebAssembly instance for each call and back. */
  private readonly context: Uint8Array;

  constructor(context: Uint8Array = initialContext()) {
    this.context = context;
  }

  /** Adds bytes. */
  update(data: Uint8Array): void {
    const { exports, buffer, context } = instance();
    context.set(this.context);
    for (let at = 0; at < data.byteLength; at += BUFFER_BYTES) {
      const chunk = data.subarray(at, at + BUFFER_BYTES);
      buffer.set(chunk);
      exports.Hash_Update(chunk.byteLength);
    }
    this.context.set(context);
  }

  /** The digest of everything added so far, as lower-case hex; the state itself is left as it was. */
  hex(): string {
    const { exports, buffer, context } = instance();
    context.set(this.context);
    exports.Hash_Final();
    return toHex(buffer.slice(0, 32).buffer);
  }

  /** The state as text (`wasm/1:` and base64), to store between requests. */
  save(): string {
    const context = new DataView(this.context.buffer, this.context.byteOffset, CONTEXT_BYTES);
    const length = Number(context.getBigUint64(CONTEXT_LENGTH_AT, true));
    const tailLength = length % 64;
    const out = new Uint8Array(SAVED_MIN + tailLength);
    const view = new DataView(out.buffer);
    for (let i = 0; i < 8; i++) view.setUint32(i * 4, context.getUint32(CONTEXT_WORDS_AT + i * 4, true));
    view.setFloat64(32, length);
    out.set(this.context.subarray(0, tailLength), SAVED_MIN);
    return `${STATE_FORMAT}:${toBase64(out)}`;
  }

  /**
   * Continues from a state `save()` gave, in this format or an earlier implementation's.
   * @throws UnresumableStateError when `state` names another format, or is not a state at all
   */
  static restore(state: string): ResumableSha256 {
    const colon = state.indexOf(":");
    const format = colon < 0 ? UNNAMED_FORMAT : state.slice(0, colon);
    if (!KNOWN_FORMATS.has(format)) {
      throw new UnresumableStateError(`its SHA-256 state was saved as ${JSON.stringify(format.slice(0, 40))}, which this version does not know`);
    }
    const bytes = fromBase64(state.slice(colon + 1));
    const damaged = () => new UnresumableStateError(`its SHA-256 state (${format}) is damaged`);
    if (!bytes || bytes.byteLength < SAVED_MIN || bytes.byteLength >= SAVED_MIN + 64) throw damaged();
    const saved = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const length = saved.getFloat64(32);
    const tailLength = bytes.byteLength - SAVED_MIN;
    if (!Number.isSafeInteger(length) || length < 0 || length % 64 !== tailLength) throw damaged();
    const context = new Uint8Array(CONTEXT_BYTES);
    const view = new DataView(context.buffer);
    context.set(bytes.subarray(SAVED_MIN), 0);
    view.setBigUint64(CONTEXT_LENGTH_AT, BigInt(length), true);
    for (let i = 0; i < 8; i++) view.setUint32(CONTEXT_WORDS_AT + i * 4, saved.getUint32(i * 4), true);
    view.setUint32(CONTEXT_DIGEST_LENGTH_AT, 32, true);
    return new ResumableSha256(context);
  }
}
