import { createRoute, z } from "@hono/zod-openapi";
import { API_KEY_ERRORS, apiKeySecurity, errorResponses, jsonContent } from "../../lib/openapi";
import { mediaResponses } from "../../lib/openapi-media";
import { ContentDigestHeaders, MediaRequestHeadersSchema } from "../../lib/openapi-headers";
import { requirePresentedKey, requireScope } from "../../middleware/auth";
import { UuidSchema } from "../../schemas/common";
import { MediaKindSchema, MediaSchema, ServeQuerySchema } from "../../schemas/recording";

const tags = ["Media"];

const FilenameSchema = z
  .string()
  .min(1)
  .max(255)
  // One pattern (the OpenAPI document carries a schema's first only): no control characters, no slashes or
  // backslashes, and no bidirectional embeddings, overrides or isolates, which can make
  // "evil\u202Egpj.exe" read as "evilexe.jpg".
  .regex(
    /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069/\\]*$/,
    "Must not contain control characters, bidirectional overrides, slashes or backslashes",
  )
  .refine((name) => name !== "." && name !== "..", "Must be a file name")
  .openapi({ example: "call.mp3" });

export const UploadQuerySchema = z.object({
  kind: MediaKindSchema.optional().openapi({
    description: "Defaults from the content type: audio/*, video/*, image/*; text/* is a transcript; else other",
  }),
  filename: FilenameSchema.optional().openapi({ description: "Defaults to the media id with an extension that fits the content type" }),
});

const RecordingParams = z.object({
  id: UuidSchema.openapi({ param: { name: "id", in: "path", description: "The recording's id (a UUID, any case)" } }),
});
const MediaParams = RecordingParams.extend({
  media_id: UuidSchema.openapi({ param: { name: "media_id", in: "path", description: "The media item's id (a UUID, any case)" } }),
});

export const upload = createRoute({
  operationId: "uploadMedia",
  method: "post",
  path: "/v1/recordings/{id}/media",
  tags,
  summary: "Upload one media file",
  description:
    "The raw body, with its `Content-Type` (stored and served as it is) and `Content-Length` (required: 411 without it; " +
    "at most `MAX_UPLOAD_BYTES`), streamed to storage and hashed on the way. An optional " +
    "`Content-Digest: sha-256=:<base64>:` is verified; on a mismatch nothing is stored (400 `DIGEST_MISMATCH`). " +
    "Media can be uploaded while the recording is in progress. `Location` is the new media item's URL. " +
    "`Content-Length` is checked against the account's byte quota before any byte is stored (403 `QUOTA_EXCEEDED`).",
  security: apiKeySecurity("recordings:write"),
  middleware: [requireScope("recordings:write")] as const,
  request: {
    params: RecordingParams,
    query: UploadQuerySchema,
    headers: z.object(ContentDigestHeaders),
    body: {
      description: "The media bytes, in any content type (`application/octet-stream` when none is given)",
      content: { "*/*": { schema: { type: "string", format: "binary" } } },
      required: true,
    },
  },
  responses: {
    201: jsonContent(MediaSchema, "The stored media item", "Location"),
    ...errorResponses(
      ...API_KEY_ERRORS,
      "DIGEST_MISMATCH",
      "BODY_LENGTH_MISMATCH",
      "RECORDING_NOT_FOUND",
      "QUOTA_EXCEEDED",
      "LENGTH_REQUIRED",
      "PAYLOAD_TOO_LARGE",
      "UNSUPPORTED_MEDIA_TYPE",
      "VALIDATION_ERROR",
    ),
  },
});

const servingNotes =
  "HTTP semantics of RFC 9110: one byte range (206; unsatisfiable → 416 with `bytes */size`; malformed, another unit, " +
  "or several → 200 with everything), `If-None-Match`/`If-Modified-Since` (304), `If-Match`/`If-Unmodified-Since` " +
  "(412), `If-Range`. HEAD answers like GET without a body and ignores ranges. Every response has " +
  "`X-Content-Type-Options: nosniff`. 409 while the recording is in progress.";

const SERVING_ERRORS = [
  ...API_KEY_ERRORS,
  "RECORDING_NOT_FOUND",
  "MEDIA_NOT_FOUND",
  "RECORDING_IN_PROGRESS",
  "PRECONDITION_FAILED",
  "RANGE_NOT_SATISFIABLE",
  "VALIDATION_ERROR",
] as const;

/** A media GET (HEAD too): scope recordings:read, checked in the handler's one D1 query (key + recording + media). */
const servingRoute = <P extends string, Params extends typeof RecordingParams>(
  operationId: string,
  path: P,
  summary: string,
  params: Params,
) =>
  createRoute({
    operationId,
    method: "get",
    path,
    tags,
    summary,
    description: servingNotes,
    security: apiKeySecurity("recordings:read"),
    middleware: [requirePresentedKey()] as const,
    request: { params, query: ServeQuerySchema, headers: MediaRequestHeadersSchema },
    responses: { ...mediaResponses(), ...errorResponses(...SERVING_ERRORS) },
  });

export const getPrimary = servingRoute(
  "getPrimaryMedia",
  "/v1/recordings/{id}/media",
  "Get the primary media (the first audio or video item)",
  RecordingParams,
);

export const getOne = servingRoute("getMedia", "/v1/recordings/{id}/media/{media_id}", "Get one media item", MediaParams);
