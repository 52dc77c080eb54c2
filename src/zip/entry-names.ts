/**
 * Safe, unique entry names for the files of a ZIP, whatever names were stored: no absolute paths, no
 * `..`, no separators, `..` or control characters, nothing Windows refuses, and an extension that fits the
 * content type.
 */
import { extensionFor } from "../media/content-types";

/** Longest file name kept, in UTF-8 bytes (most file systems allow 255; leave room for a suffix). */
export const MAX_NAME_BYTES = 120;

// Controls, format characters (bidi overrides, zero-width), line and paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Path separators and what Windows refuses in a file name.
const RESERVED = /[/\\<>:"|?*]/g;
// Device names Windows reserves whatever the extension (CON, NUL.txt, COM1.mp3, …).
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
// Extensions that mean the same type as the one extensionFor gives.
const ALIASES: Record<string, string[]> = { jpg: ["jpeg"], mp4: ["m4v"], m4a: ["mp4a"], txt: ["text"] };

const utf8 = new TextEncoder();

/** Cuts `text` to at most `max` UTF-8 bytes, on a character boundary. */
function truncateUtf8(text: string, max: number): string {
  let out = "";
  let bytes = 0;
  for (const char of text) {
    bytes += utf8.encode(char).byteLength;
    if (bytes > max) break;
    out += char;
  }
  return out;
}

/** The extension (`extension` or an alias of it) that `name` already ends in, if any. */
function fittingExtension(name: string, extension: string): string | undefined {
  const lower = name.toLowerCase();
  return [extension, ...(ALIASES[extension] ?? [])].find((ext) => lower.endsWith(`.${ext}`));
}

/**
 * A file name safe to extract anywhere, from a stored one: separators and reserved characters become
 * `_`, invisible characters go, runs of dots become one, no leading dots, no trailing dots or spaces,
 * no device names, at most {@link MAX_NAME_BYTES} bytes, ending in the content type's extension. `fallback` (e.g. the media id)
 * names a file whose stored name leaves nothing.
 * @example safeFileName("../../etc/passwd", "audio/wav", id) // "_._etc_passwd.wav"
 */
export function safeFileName(stored: string, contentType: string, fallback: string): string {
  let name = stored
    .toWellFormed()
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\.{2,}/g, ".")
    .replace(/^[\s.]+|[\s.]+$/gu, "");
  if (DEVICE.test(name)) name = `_${name}`;
  const kept = fittingExtension(name, extensionFor(contentType));
  const extension = kept ?? extensionFor(contentType);
  let stem = kept ? name.slice(0, name.length - kept.length - 1) : name;
  stem = truncateUtf8(stem, MAX_NAME_BYTES - extension.length - 1).replace(/[\s.]+$/u, "");
  return `${stem || fallback}.${extension}`;
}

/**
 * Hands out entry paths that are unique in the archive, ignoring case (as Windows and macOS file
 * systems do): a repeated name gets ` (2)`, ` (3)`, … before its extension.
 */
export class EntryNames {
  readonly #taken = new Set<string>();

  /** `folder/name`, or `folder/name (n).ext` when that path is taken. */
  claim(folder: string, name: string): string {
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let n = 1; ; n++) {
      const path = `${folder}/${n === 1 ? name : `${stem} (${n})${ext}`}`;
      const key = path.toLowerCase();
      if (!this.#taken.has(key)) {
        this.#taken.add(key);
        return path;
      }
    }
  }

  /** Claims a top-level name exactly (e.g. `manifest.json`). */
  reserve(name: string): string {
    this.#taken.add(name.toLowerCase());
    return name;
  }
}
