import type { MediaKind } from "../schemas/recording";

const EXTENSIONS: Record<string, string> = {
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/wav": "wav",
  "audio/wave": "wav",
  "audio/x-wav": "wav",
  "audio/vnd.wave": "wav",
  "audio/ogg": "ogg",
  "audio/opus": "opus",
  "audio/webm": "weba",
  "audio/mp4": "m4a",
  "audio/x-m4a": "m4a",
  "audio/aac": "aac",
  "audio/flac": "flac",
  "audio/x-flac": "flac",
  "video/mp4": "mp4",
  "video/webm": "webm",
  "video/ogg": "ogv",
  "video/quicktime": "mov",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "text/plain": "txt",
  "text/vtt": "vtt",
  "text/csv": "csv",
  "application/json": "json",
  "application/pdf": "pdf",
};

/** The media type's essence: `type/subtype`, lower case, without parameters. */
export function essence(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/** A file extension that fits the content type (`bin` when none is known). */
export function extensionFor(contentType: string): string {
  const type = essence(contentType);
  return Object.hasOwn(EXTENSIONS, type) ? EXTENSIONS[type]! : "bin";
}

/** The kind a media item gets from its content type when the uploader names none. */
export function kindFor(contentType: string): MediaKind {
  const type = essence(contentType).split("/")[0];
  if (type === "audio" || type === "video" || type === "image") return type;
  if (type === "text") return "transcript";
  return "other";
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(\\s*;\\s*${TOKEN}=(${TOKEN}|"[^"\\\\\\p{Cc}]*"))*$`, "u");

/** Whether `value` is a well-formed media type (RFC 9110 §8.3.1), at most 255 characters. */
export function isValidContentType(value: string): boolean {
  return value.length <= 255 && MEDIA_TYPE.test(value);
}

// Raster formats only: SVG is an image type that runs script.
const INLINE_IMAGES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/apng", "image/bmp"]);

/**
 * Whether media of this type may be shown inline on the API's origin: only types a browser cannot
 * run (audio, video, raster images, plain text). HTML, SVG, XML, scripts, PDF and anything unknown
 * are served as attachments.
 */
export function mayBeInline(contentType: string): boolean {
  const type = essence(contentType);
  const major = type.split("/")[0];
  return major === "audio" || major === "video" || type === "text/plain" || INLINE_IMAGES.has(type);
}
