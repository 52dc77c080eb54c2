import { createRoute, z } from "@hono/zod-openapi";
import { API_KEY_ERRORS, apiKeySecurity, emptyResponse, errorResponses, optionalHeaders, PUBLIC } from "../../lib/openapi";
import { BINARY } from "../../lib/openapi-media";
import { responseHeaders } from "../../lib/openapi-headers";
import { requireScope } from "../../middleware/auth";
import { RecordingIdParamsSchema, UuidSchema } from "../../schemas/common";
import { MIN_CHUNK_BYTES } from "../../tus/chunks";
import { requireTus } from "./upload-request";

const tags = ["Resumable uploads"];
const collection = "/v1/recordings/{id}/uploads";
const member = "/v1/recordings/{id}/uploads/{upload_id}";

const UploadParams = RecordingIdParamsSchema.extend({
  upload_id: UuidSchema.openapi({ param: { name: "upload_id", in: "path", description: "The upload's id, from its `Location`" } }),
});

/** Where an upload stands: unfinished ones say when they expire, finished ones name their media item. */
const stateHeaders = (...more: Parameters<typeof responseHeaders>) => ({
  ...responseHeaders("Tus-Resumable", "Upload-Offset", "Cache-Control", ...more),
  ...optionalHeaders(responseHeaders("Upload-Expires", "Upload-Media-Id")),
});
/** The 201 of a creation, for people and scripts (tus clients read only its headers). */
export const UploadCreatedSchema = z
  .object({
    id: UuidSchema,
    upload_offset: z.number().int().min(0),
    upload_length: z.number().int().min(0),
    expires_at: z.string().openapi({ format: "date-time" }),
    media_id: z.string().nullable().openapi({ description: "The media item, when the upload finished at once" }),
  })
  .openapi("UploadCreated");
const offsetBody = { content: { "application/offset+octet-stream": BINARY } };

/** What every tus route but OPTIONS shares: its tag, and an API key with recordings:write. */
const writeRoute = { tags, security: apiKeySecurity("recordings:write"), middleware: [requireScope("recordings:write"), requireTus()] };
/** The errors every tus route behind a key can answer. */
const TUS_ERRORS = [...API_KEY_ERRORS, "TUS_VERSION_UNSUPPORTED", "VALIDATION_ERROR"] as const;
/** …and a request that reads a chunk. */
const CHUNK_ERRORS = [
  "INVALID_TUS_HEADER", "INVALID_CHUNK_SIZE", "BODY_LENGTH_MISMATCH", "LENGTH_REQUIRED", "UPLOAD_LENGTH_EXCEEDED",
  "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "UPLOAD_OFFSET_MISMATCH", "UPLOAD_PARTS_EXHAUSTED",
] as const;

export const CHUNK_RULES =
  `Every PATCH but the last must carry the same number of bytes, at least ${MIN_CHUNK_BYTES} (5 MiB), and the ` +
  "last no more (each PATCH is one R2 multipart part; at most 10,000). A PATCH cut off part-way stores nothing: " +
  "ask HEAD for the offset and send that chunk again.";

export const options = createRoute({
  operationId: "describeUploads",
  method: "options",
  path: collection,
  tags,
  summary: "What the tus server supports (no credentials needed)",
  description: `tus 1.0.0 discovery: \`Tus-Version\`, \`Tus-Extension\`, \`Tus-Max-Size\`. ${CHUNK_RULES}`,
  security: PUBLIC,
  request: { params: RecordingIdParamsSchema },
  responses: {
    204: emptyResponse("The server's tus capabilities", "Tus-Resumable", "Tus-Version", "Tus-Extension", "Tus-Max-Size", "Upload-Chunk-Min-Size", "Upload-Chunk-Rule"),
    ...errorResponses("VALIDATION_ERROR"),
  },
});

export const create = createRoute({
  operationId: "createUpload",
  method: "post",
  path: collection,
  ...writeRoute,
  summary: "Start a resumable upload (tus creation, creation-with-upload)",
  description:
    "Headers: `Tus-Resumable: 1.0.0`, `Upload-Length`, `Upload-Metadata` (base64 values: `filename`, `filetype` " +
    "or `content_type`, optional `kind`). A body with `Content-Type: application/offset+octet-stream` is the first " +
    `chunk. ${CHUNK_RULES} The whole \`Upload-Length\` counts against the account's byte quota from creation until ` +
    "the upload finishes or expires (403 `QUOTA_EXCEEDED` when it would pass it).",
  request: { params: RecordingIdParamsSchema, body: { ...offsetBody, required: false, description: "The first chunk (optional)" } },
  responses: {
    201: {
      description: "Created; `Location` is the upload's URL",
      headers: stateHeaders("Location"),
      content: { "application/json": { schema: UploadCreatedSchema } },
    },
    ...errorResponses(...TUS_ERRORS, ...CHUNK_ERRORS, "RECORDING_NOT_FOUND", "QUOTA_EXCEEDED"),
  },
});

export const getOne = createRoute({
  operationId: "getUpload",
  method: "get",
  path: member,
  ...writeRoute,
  summary: "Where an upload stands (tus HEAD; GET answers the same)",
  description:
    "`Upload-Offset` is where the next PATCH must start; an unfinished upload says when it expires, a finished one " +
    "names its media item in `Upload-Media-Id`. An upload whose last chunk is stored but whose finish was cut " +
    "short (a crash between joining the parts and recording the media item) is finished by this request, so " +
    "`Upload-Offset` equals `Upload-Length` only together with `Upload-Media-Id`. An expired upload is 410, an " +
    "unknown or terminated one, or one ended by deleting its recording, 404.",
  request: { params: UploadParams },
  responses: {
    200: { description: "`Upload-Offset`, `Upload-Length`, `Upload-Expires`, and `Upload-Media-Id` once finished", headers: stateHeaders("Upload-Length") },
    ...errorResponses(...TUS_ERRORS, "UPLOAD_NOT_FOUND", "RECORDING_NOT_FOUND", "UPLOAD_NOT_RESUMABLE", "UPLOAD_EXPIRED"),
  },
});

export const patch = createRoute({
  operationId: "patchUpload",
  method: "patch",
  path: member,
  ...writeRoute,
  summary: "Append one chunk at `Upload-Offset` (tus PATCH)",
  description:
    `\`Content-Type: application/offset+octet-stream\`, \`Upload-Offset\` = the current offset. ${CHUNK_RULES} The PATCH ` +
    "that stores the last byte answers with `Upload-Media-Id`; an upload whose saved SHA-256 state this version " +
    "cannot continue is 409 `UPLOAD_NOT_RESUMABLE` before anything is stored.",
  request: { params: UploadParams, body: { ...offsetBody, required: true, description: "One chunk" } },
  responses: {
    204: { description: "Stored; `Upload-Offset` is the new offset", headers: stateHeaders() },
    ...errorResponses(...TUS_ERRORS, ...CHUNK_ERRORS, "UPLOAD_NOT_FOUND", "UPLOAD_NOT_RESUMABLE", "UPLOAD_EXPIRED", "RECORDING_NOT_FOUND"),
  },
});

export const remove = createRoute({
  operationId: "terminateUpload",
  method: "delete",
  path: member,
  ...writeRoute,
  summary: "Terminate an upload and discard its parts (tus termination)",
  description:
    "Aborts the upload's R2 multipart upload; the upload is then unknown (404). A finished upload is 409 `UPLOAD_FINISHED` " +
    "(as is one whose bytes are all stored: it is finished first).",
  request: { params: UploadParams },
  responses: {
    204: emptyResponse("Terminated", "Tus-Resumable"),
    ...errorResponses(...TUS_ERRORS, "UPLOAD_NOT_FOUND", "RECORDING_NOT_FOUND", "UPLOAD_NOT_RESUMABLE", "UPLOAD_FINISHED"),
  },
});
