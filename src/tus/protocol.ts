// tus 1.0.0 (https://tus.io/protocols/resumable-upload): the headers this API reads and writes.
import { fromBase64 } from "../lib/crypto";
import { ApiError, validationError } from "../lib/errors";

export const TUS_VERSION = "1.0.0";
export const TUS_EXTENSIONS = ["creation", "creation-with-upload", "termination", "expiration"] as const;
/** The only request body type of PATCH (and of creation-with-upload). */
export const OFFSET_OCTET_STREAM = "application/offset+octet-stream";
/** Response headers a browser tus client must be able to read across origins. */
export const TUS_EXPOSED_HEADERS = [
  "Location", "Upload-Offset", "Upload-Length", "Upload-Expires", "Upload-Metadata", "Upload-Media-Id",
  "Tus-Resumable", "Tus-Version", "Tus-Extension", "Tus-Max-Size", "X-Request-Id", "X-D1-Bookmark",
];

/**
 * Requires `Tus-Resumable: 1.0.0` (every tus request but OPTIONS).
 * @throws ApiError 412 TUS_VERSION_UNSUPPORTED, naming the supported version in `Tus-Version`
 */
export function requireTusResumable(value: string | undefined): void {
  if (value?.trim() === TUS_VERSION) return;
  const message = value === undefined ? "Tus-Resumable: 1.0.0 is required" : `Tus-Resumable ${value} is not supported; use 1.0.0`;
  throw new ApiError(412, "TUS_VERSION_UNSUPPORTED", message, undefined, { "Tus-Version": TUS_VERSION });
}

/**
 * Reads a non-negative byte count header (`Upload-Length`, `Upload-Offset`).
 * @throws ApiError 400 INVALID_TUS_HEADER when it is absent or not a plain decimal number
 */
export function parseByteCount(name: string, value: string | undefined): number {
  if (value === undefined) throw new ApiError(400, "INVALID_TUS_HEADER", `${name} is required`);
  const text = value.trim();
  // 16 digits stay exact as doubles and are far past any size R2 can hold.
  if (!/^\d{1,16}$/.test(text)) throw new ApiError(400, "INVALID_TUS_HEADER", `${name} must be a non-negative integer`);
  return Number(text);
}

/**
 * Decodes `Upload-Metadata`: comma-separated pairs of a key and a base64 value (the value may be
 * left out). Keys must be unique and values UTF-8.
 * @throws ApiError 422 VALIDATION_ERROR naming the key (loc `["header", "Upload-Metadata", key]`)
 * @example parseUploadMetadata("filename Y2FsbC5tcDM=,filetype YXVkaW8vbXBlZw==") // { filename: "call.mp3", filetype: "audio/mpeg" }
 */
export function parseUploadMetadata(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (value === undefined || value.trim() === "") return out;
  const bad = (key: string, msg: string) => validationError([{ loc: ["header", "Upload-Metadata", key], msg, type: "invalid_format" }]);
  if (value.length > 8192) throw bad("", "Upload-Metadata must be at most 8192 characters");
  for (const pair of value.split(",")) {
    const [key = "", encoded, ...rest] = pair.trim().split(" ");
    if (!/^[\x21-\x7e]+$/.test(key) || rest.length > 0) throw bad(key, "Each pair must be a key, a space and a base64 value");
    if (key in out) throw bad(key, "Keys must be unique");
    if (encoded === undefined) {
      out[key] = "";
      continue;
    }
    const bytes = /^[A-Za-z0-9+/]*={0,2}$/.test(encoded) ? fromBase64(encoded) : null;
    if (!bytes) throw bad(key, "The value must be base64");
    try {
      out[key] = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw bad(key, "The value must be base64 of UTF-8 text");
    }
  }
  return out;
}
