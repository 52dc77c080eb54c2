import { fromBase64Url, toBase64Url } from "../lib/crypto";

/** What a cursor carries: the keyset position, the direction, and a fingerprint of the query it belongs to. */
export interface CursorState {
  createdAt: string;
  id: string;
  direction: "next" | "prev";
  fingerprint: string;
}

const encoder = new TextEncoder();
const MAX_CURSOR_LENGTH = 600;
const MAC_BYTES = 16;
const keys = new Map<string, Promise<CryptoKey>>();

/** The HMAC key for cursors, derived from `secret` under its own label (cached per isolate). */
export function cursorKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle
      .digest("SHA-256", encoder.encode(`recordings-api/cursor/v1\u0000${secret}`))
      .then((raw) => crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]));
    keys.set(secret, key);
  }
  return key;
}

/** A short, stable fingerprint of the query a cursor belongs to (its account and filters). */
export async function queryFingerprint(parts: Record<string, string | undefined>): Promise<string> {
  const canonical = JSON.stringify(Object.keys(parts).sort().map((k) => [k, parts[k] ?? null]));
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(canonical));
  return toBase64Url(new Uint8Array(digest).slice(0, 12));
}

/**
 * Makes an opaque, tamper-evident cursor: base64url(JSON) "." base64url(truncated HMAC-SHA256).
 * @example await encodeCursor(key, { createdAt, id, direction: "next", fingerprint })
 */
export async function encodeCursor(key: CryptoKey, state: CursorState): Promise<string> {
  const body = toBase64Url(encoder.encode(JSON.stringify([1, state.createdAt, state.id, state.direction === "next" ? "n" : "p", state.fingerprint])));
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(body))).slice(0, MAC_BYTES);
  return `${body}.${toBase64Url(mac)}`;
}

/** Reads a cursor back; null when it is malformed or its signature does not match (tampered with). */
export async function decodeCursor(key: CryptoKey, cursor: string): Promise<CursorState | null> {
  if (cursor.length > MAX_CURSOR_LENGTH) return null;
  const [body, macText, extra] = cursor.split(".");
  if (!body || !macText || extra !== undefined) return null;
  const mac = fromBase64Url(macText);
  if (!mac || mac.byteLength !== MAC_BYTES) return null;
  const expected = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(body))).slice(0, MAC_BYTES);
  if (!crypto.subtle.timingSafeEqual(expected, mac)) return null;
  const json = fromBase64Url(body);
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(json));
    if (!Array.isArray(value) || value.length !== 5 || value[0] !== 1) return null;
    const [, createdAt, id, dir, fingerprint] = value as unknown[];
    if (typeof createdAt !== "string" || typeof id !== "string" || typeof fingerprint !== "string") return null;
    if (dir !== "n" && dir !== "p") return null;
    return { createdAt, id, direction: dir === "n" ? "next" : "prev", fingerprint };
  } catch {
    return null;
  }
}
