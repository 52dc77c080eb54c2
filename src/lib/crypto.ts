import { toBase64Url } from "./base64";

export { fromBase64, fromBase64Url, toBase64, toBase64Url } from "./base64";

const encoder = new TextEncoder();

/** Lower-case hex of `bytes`. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const b of view) out += b.toString(16).padStart(2, "0");
  return out;
}

/** Hex SHA-256 of a UTF-8 string. */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/**
 * Compares two secrets in constant time (in their SHA-256 digests, so lengths leak nothing).
 * @example await secretsEqual(presented, env.ADMIN_TOKEN)
 */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
  const [da, db] = await Promise.all([
    crypto.subtle.digest("SHA-256", encoder.encode(a)),
    crypto.subtle.digest("SHA-256", encoder.encode(b)),
  ]);
  return crypto.subtle.timingSafeEqual(da, db);
}

/** `n` random bytes as URL-safe base64. */
export function randomToken(n: number): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(n)));
}
