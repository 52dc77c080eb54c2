/**
 * The `SIGNING_KEYS` secret: one or more HMAC-SHA256 keys, each with an id that travels in the links it
 * signs. The first key is the current one and signs new links; the others only verify, so a key can be
 * rotated without breaking live links:
 *
 *     SIGNING_KEYS="2026-11:<base64 of ≥ 32 random bytes>,2026-05:<base64 …>"
 *
 * Entries are separated by commas or whitespace; a secret is standard or URL-safe base64.
 */
import { fromBase64, fromBase64Url } from "../lib/base64";

/** One configured key: its id (as links carry it) and its secret bytes. */
export interface SigningKey {
  readonly id: string;
  readonly secret: Uint8Array<ArrayBuffer>;
}

/** The parsed secret: the key that signs, and every key that verifies, by id. */
export interface SigningKeys {
  readonly current: SigningKey;
  readonly byId: ReadonlyMap<string, SigningKey>;
}

/** A missing or malformed `SIGNING_KEYS`: a deployment mistake, never answered with a fallback key. */
export class SigningConfigError extends Error {
  constructor(message: string) {
    super(`SIGNING_KEYS: ${message}`);
    this.name = "SigningConfigError";
  }
}

/** Fewer bytes than the hash's output would weaken HMAC-SHA256 (RFC 2104 §3). */
export const MIN_SECRET_BYTES = 32;
const MAX_SECRET_BYTES = 1024;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;
const STANDARD_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decodes a secret written in standard base64 (as `openssl rand -base64 32` prints it) or base64url. */
function decodeSecret(text: string): Uint8Array<ArrayBuffer> | null {
  if (STANDARD_BASE64.test(text) && text.length % 4 === 0) return fromBase64(text);
  return fromBase64Url(text);
}

function parseEntry(entry: string, position: number): SigningKey {
  const colon = entry.indexOf(":");
  if (colon < 0) throw new SigningConfigError(`entry ${position} is not "<key id>:<base64 secret>"`);
  const id = entry.slice(0, colon);
  if (!KEY_ID.test(id)) {
    throw new SigningConfigError(`entry ${position} has a key id that is not 1–64 of A–Z a–z 0–9 . _ -`);
  }
  const secret = decodeSecret(entry.slice(colon + 1));
  if (!secret) throw new SigningConfigError(`the secret of key "${id}" is not base64`);
  if (secret.byteLength < MIN_SECRET_BYTES) {
    throw new SigningConfigError(
      `the secret of key "${id}" is ${secret.byteLength} bytes; at least ${MIN_SECRET_BYTES} are required ` +
        "(openssl rand -base64 32)",
    );
  }
  if (secret.byteLength > MAX_SECRET_BYTES) {
    throw new SigningConfigError(`the secret of key "${id}" is longer than ${MAX_SECRET_BYTES} bytes`);
  }
  return { id, secret };
}

/**
 * Parses the `SIGNING_KEYS` secret. The first entry is the current (signing) key.
 * @throws SigningConfigError when the secret is missing or empty, or any entry is malformed, has a
 *   duplicated id, or a secret that is not base64 or shorter than 32 bytes. Messages never include secrets.
 * @example parseSigningKeys("k2:…, k1:…").current.id // "k2"
 */
export function parseSigningKeys(text: string | undefined): SigningKeys {
  const entries = (text ?? "").split(/[\s,]+/).filter((entry) => entry !== "");
  if (entries.length === 0) {
    throw new SigningConfigError("not set; signed links need at least one key (see docs/sharing.md, Signing keys)");
  }
  const byId = new Map<string, SigningKey>();
  entries.forEach((entry, index) => {
    const key = parseEntry(entry, index + 1);
    if (byId.has(key.id)) throw new SigningConfigError(`key id "${key.id}" appears more than once`);
    byId.set(key.id, key);
  });
  return { current: byId.get(entries[0]!.slice(0, entries[0]!.indexOf(":")))!, byId };
}

let cached: { text: string; keys: SigningKeys } | undefined;

/**
 * `parseSigningKeys` remembered for the last secret text seen, so a Worker isolate parses (and imports)
 * its keys once; a changed secret is parsed anew. Errors are never cached.
 * @throws SigningConfigError as parseSigningKeys
 */
export function loadSigningKeys(text: string | undefined): SigningKeys {
  if (cached && cached.text === text) return cached.keys;
  const keys = parseSigningKeys(text);
  cached = { text: text ?? "", keys };
  return keys;
}

const imported = new WeakMap<SigningKey, Promise<CryptoKey>>();

/** The key as a WebCrypto HMAC-SHA256 key for signing and verifying, imported once per key. */
export function hmacKey(key: SigningKey): Promise<CryptoKey> {
  let promise = imported.get(key);
  if (!promise) {
    promise = crypto.subtle.importKey("raw", key.secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    imported.set(key, promise);
  }
  return promise;
}
