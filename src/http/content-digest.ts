import { fromBase64, toHex } from "../lib/crypto";

/**
 * Reads the SHA-256 from a `Content-Digest` value (RFC 9530), as hex. `undefined` when the header is
 * absent or names only other algorithms (which may be ignored); null when it is malformed.
 * @example sha256FromContentDigest("sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:") // "44aff4ab…"
 */
export function sha256FromContentDigest(header: string | null | undefined): string | null | undefined {
  if (header == null) return undefined;
  if (header.length > 4096) return null;
  let found: string | undefined;
  for (const member of header.split(",")) {
    const match = member.trim().match(/^([a-z][a-z0-9_.*-]*)=:([A-Za-z0-9+/]*={0,2}):$/i);
    if (!match) return null;
    const [, algorithm, value] = match as [string, string, string];
    if (algorithm.toLowerCase() !== "sha-256") continue;
    const bytes = fromBase64(value);
    if (!bytes || bytes.byteLength !== 32) return null;
    found = toHex(bytes);
  }
  return found;
}
