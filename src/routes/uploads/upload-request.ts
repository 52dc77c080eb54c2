// Reading a tus request: the server's limits, Upload-Metadata as a media item's fields, and a chunk body.
import { ApiError, validationError } from "../../lib/errors";
import { essence, isValidContentType } from "../../media/content-types";
import { CHUNK_RULE_TEXT, MIN_CHUNK_BYTES } from "../../tus/chunks";
import { OFFSET_OCTET_STREAM, parseUploadMetadata, requireTusResumable, TUS_EXTENSIONS, TUS_VERSION } from "../../tus/protocol";
import type { MiddlewareHandler } from "hono";
import type { AppBindings } from "../../lib/types";
import type { MediaKind } from "../../schemas/recording";
import { UploadQuerySchema } from "../media/media.routes";

const HOUR_MS = 3600 * 1000;
/** R2 aborts unfinished multipart uploads after 7 days, so no upload may promise to live longer. */
const MAX_EXPIRY_HOURS = 7 * 24;

/** The configured limits: largest upload, largest PATCH body, and how long an unfinished upload lives. */
export function uploadLimits(env: Omit<Env, "DB">): { maxSize: number; maxChunk: number; expiresInMs: number } {
  const hours = Math.min(Number(env.UPLOAD_EXPIRY_HOURS) || 24, MAX_EXPIRY_HOURS);
  return { maxSize: Number(env.MAX_RESUMABLE_UPLOAD_BYTES), maxChunk: Number(env.MAX_UPLOAD_BYTES), expiresInMs: hours * HOUR_MS };
}

/** The tus discovery headers of OPTIONS: version, extensions, largest upload and the chunk rule. */
export function discoveryHeaders(env: Omit<Env, "DB">): Record<string, string> {
  return {
    "Tus-Version": TUS_VERSION,
    "Tus-Extension": TUS_EXTENSIONS.join(","),
    "Tus-Max-Size": String(uploadLimits(env).maxSize),
    "Upload-Chunk-Min-Size": String(MIN_CHUNK_BYTES),
    "Upload-Chunk-Rule": CHUNK_RULE_TEXT,
  };
}

/**
 * The media item's fields from `Upload-Metadata`: `filetype` (or `content_type`), `filename`, `kind`,
 * checked as a single-request upload checks them; other keys are ignored.
 * @throws ApiError 422 VALIDATION_ERROR naming the key
 */
export function uploadMetadata(header: string | undefined): { contentType: string; kind?: MediaKind; filename?: string } {
  const metadata = parseUploadMetadata(header);
  const typeKey = metadata.filetype ? "filetype" : "content_type";
  const contentType = metadata[typeKey] || "application/octet-stream";
  const issues = [];
  if (!isValidContentType(contentType)) {
    issues.push({ loc: ["header", "Upload-Metadata", typeKey], msg: "Must be a media type such as audio/mpeg", type: "invalid_format" });
  }
  const fields = UploadQuerySchema.safeParse({ kind: metadata.kind, filename: metadata.filename });
  for (const issue of fields.success ? [] : fields.error.issues) {
    issues.push({ loc: ["header", "Upload-Metadata", ...issue.path.map(String)], msg: issue.message, type: issue.code });
  }
  if (issues.length > 0 || !fields.success) throw validationError(issues);
  return { contentType, ...fields.data };
}

/**
 * The chunk a PATCH (or a creation-with-upload POST) carries: `application/offset+octet-stream`
 * with a `Content-Length` (a `Content-Encoding` was already refused for every route, 415). Null for a POST without a chunk (no body, or an
 * empty one of another type).
 * @throws ApiError 415 for another type, 411 without Content-Length, 400 for a bad one
 */
export function chunkBody(request: Request, required: boolean): { body: ReadableStream<Uint8Array>; length: number } | null {
  const header = (name: string) => request.headers.get(name) ?? undefined;
  const lengthText = header("content-length");
  const type = header("content-type");
  const isChunk = type !== undefined && essence(type) === OFFSET_OCTET_STREAM;
  // A creation POST without a chunk: clients send no body, an empty one, or (Node) an empty chunked one.
  if (!required && !isChunk && (lengthText === undefined || lengthText === "0")) return null;
  if (!isChunk) {
    const message = `A chunk must be sent as Content-Type: ${OFFSET_OCTET_STREAM}`;
    throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", message, undefined, { "Accept-Encoding": "identity" });
  }
  if (lengthText === undefined) throw new ApiError(411, "LENGTH_REQUIRED", "Content-Length is required for a chunk");
  if (!/^\d{1,16}$/.test(lengthText)) throw new ApiError(400, "INVALID_TUS_HEADER", "Content-Length must be a byte count");
  return { body: request.body ?? new Blob([]).stream(), length: Number(lengthText) };
}

/** Requires `Tus-Resumable: 1.0.0` on a tus request (412 otherwise); runs after the key's scope check. */
export function requireTus(): MiddlewareHandler<AppBindings> {
  return async function requireTusMiddleware(c, next) {
    requireTusResumable(c.req.header("tus-resumable"));
    await next();
  };
}
