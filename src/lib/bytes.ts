/**
 * `parts` joined into one array of `length` bytes (their total by default); a single part is returned
 * as it is, not copied.
 */
export function concatBytes(parts: readonly Uint8Array[], length = parts.reduce((n, part) => n + part.byteLength, 0)): Uint8Array {
  if (parts.length === 1 && parts[0]!.byteLength === length) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
