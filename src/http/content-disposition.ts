/**
 * `Content-Disposition` for downloads (RFC 6266) with an ASCII `filename` fallback and the full
 * UTF-8 name in `filename*` (RFC 8187).
 */

const MAX_FALLBACK_LENGTH = 150;
const MAX_EXTENSION_LENGTH = 16;
const DEFAULT_NAME = "download";
const utf8 = new TextEncoder();

// Characters unsafe inside the quoted fallback or in a saved file name, besides non-ASCII.
const UNSAFE_ASCII = new Set(['"', "\\", "/", "%", ";"]);
// RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;
const ATTR_CHARS = /^[A-Za-z0-9!#$&+\-.^_`|~]+$/;
const ONLY_DOTS = /^\.*$/;
// C0 controls, DEL and C1 controls, plus both path separators.
const STRIPPED_FROM_UTF8_NAME = /[\u0000-\u001f\u007f-\u009f/\\]/g;

/**
 * Builds a `Content-Disposition` value carrying both a safe ASCII `filename` and the exact
 * UTF-8 name as `filename*`.
 *
 * The fallback replaces non-ASCII, control characters, `"`, `\`, `/`, `%` and `;` with `_`, is
 * never empty ("download") and is cut to 150 characters keeping a short extension. `filename*`
 * percent-encodes the UTF-8 name after removing path separators and control characters.
 *
 * @example
 * contentDisposition("attachment", "call—.mp3");
 * // attachment; filename="call_.mp3"; filename*=UTF-8''call%E2%80%94.mp3
 */
export function contentDisposition(type: "inline" | "attachment", filename: string): string {
  // A name of attr-chars only (most stored names: "<uuid>.mp3") is its own fallback and its own encoding.
  if (filename.length <= MAX_FALLBACK_LENGTH && ATTR_CHARS.test(filename) && !ONLY_DOTS.test(filename)) {
    return `${type}; filename="${filename}"; filename*=UTF-8''${filename}`;
  }
  const fallback = asciiFallback(filename);
  const encoded = encodeExtValue(filename.replace(STRIPPED_FROM_UTF8_NAME, "") || DEFAULT_NAME);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Printable ASCII only, unsafe characters as `_`, trimmed, never empty, at most 150 chars. */
function asciiFallback(filename: string): string {
  let safe = "";
  for (const char of filename) {
    const code = char.codePointAt(0)!;
    const printable = code >= 0x20 && code <= 0x7e;
    safe += printable && !UNSAFE_ASCII.has(char) ? char : "_";
  }
  safe = safe.trim();
  // "", "." and ".." name no file; browsers would invent one anyway.
  if (ONLY_DOTS.test(safe)) return DEFAULT_NAME;
  return truncateKeepingExtension(safe, MAX_FALLBACK_LENGTH);
}

function truncateKeepingExtension(name: string, max: number): string {
  if (name.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot) : "";
  if (extension.length < 2 || extension.length > MAX_EXTENSION_LENGTH) return name.slice(0, max);
  return name.slice(0, max - extension.length) + extension;
}

/** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
function encodeExtValue(name: string): string {
  let out = "";
  for (const char of name) {
    if (ATTR_CHAR.test(char)) {
      out += char;
      continue;
    }
    // TextEncoder turns a lone surrogate into U+FFFD instead of throwing like encodeURIComponent.
    for (const byte of utf8.encode(char)) {
      out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}
