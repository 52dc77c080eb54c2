import { createRoute } from "@hono/zod-openapi";
import { API_KEY_SECURITY, errorResponses } from "../../lib/openapi";
import { requireScope } from "../../middleware/auth";
import { RecordingIdParamsSchema, UuidSchema } from "../../schemas/common";
import { MIN_CHUNK_BYTES } from "../../tus/chunks";

const tags = ["Resumable uploads"];
const collection = "/v1/recordings/{id}/uploads";
const member = "/v1/recordings/{id}/uploads/{upload_id}";

const UploadParams = RecordingIdParamsSchema.extend({
  upload_id: UuidSchema.openapi({ param: { name: "upload_id", in: "path" } }),
});

const header = (description: string) => ({ schema: { type: "string" as const }, description });
const TUS_RESUMABLE = { "Tus-Resumable": header("`1.0.0`") };
const STATE_HEADERS = {
  ...TUS_RESUMABLE,
  "Upload-Offset": header("Bytes stored so far"),
  "Upload-Expires": header("When an unfinished upload is discarded (HTTP-date)"),
  "Upload-Media-Id": header("The media item, once the last byte has arrived"),
};
const offsetBody = { content: { "application/offset+octet-stream": { schema: { type: "string" as const, format: "binary" } } } };

/** What every tus route but OPTIONS shares: its tag, and an API key with recordings:write. */
const writeRoute = { tags, security: API_KEY_SECURITY, middleware: [requireScope("recordings:write")] };

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
  request: { params: RecordingIdParamsSchema },
  responses: {
    204: {
      description: "The server's tus capabilities",
      headers: {
        ...TUS_RESUMABLE,
        "Tus-Version": header("`1.0.0`"),
        "Tus-Extension": header("`creation,creation-with-upload,termination,expiration`"),
        "Tus-Max-Size": header("Largest `Upload-Length` accepted"),
        "Upload-Chunk-Rule": header("The chunk rule, in words"),
      },
    },
    ...errorResponses(422),
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
    `chunk. ${CHUNK_RULES}`,
  request: { params: RecordingIdParamsSchema, body: { ...offsetBody, required: false } },
  responses: {
    201: { description: "Created; `Location` is the upload's URL", headers: { ...STATE_HEADERS, Location: header("The upload's URL") } },
    ...errorResponses(400, 401, 403, 404, 409, 412, 413, 415, 422),
  },
});

export const getOne = createRoute({
  operationId: "getUpload",
  method: "get",
  path: member,
  ...writeRoute,
  summary: "Where an upload stands (tus HEAD; GET answers the same)",
  request: { params: UploadParams },
  responses: {
    200: { description: "`Upload-Offset`, `Upload-Length`, `Upload-Expires`, and `Upload-Media-Id` once finished", headers: STATE_HEADERS },
    ...errorResponses(401, 403, 404, 410, 412, 422),
  },
});

export const patch = createRoute({
  operationId: "patchUpload",
  method: "patch",
  path: member,
  ...writeRoute,
  summary: "Append one chunk at `Upload-Offset` (tus PATCH)",
  description: `\`Content-Type: application/offset+octet-stream\`, \`Upload-Offset\` = the current offset. ${CHUNK_RULES}`,
  request: { params: UploadParams, body: { ...offsetBody, required: true } },
  responses: {
    204: { description: "Stored; `Upload-Offset` is the new offset", headers: STATE_HEADERS },
    ...errorResponses(400, 401, 403, 404, 409, 410, 411, 412, 413, 415, 422),
  },
});

export const remove = createRoute({
  operationId: "terminateUpload",
  method: "delete",
  path: member,
  ...writeRoute,
  summary: "Terminate an upload and discard its parts (tus termination)",
  request: { params: UploadParams },
  responses: {
    204: { description: "Terminated", headers: TUS_RESUMABLE },
    ...errorResponses(401, 403, 404, 410, 412, 422),
  },
});
