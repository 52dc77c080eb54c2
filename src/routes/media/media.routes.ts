import { createRoute, z } from "@hono/zod-openapi";
import { API_KEY_SECURITY, BINARY, errorResponses, jsonContent, MEDIA_RESPONSES } from "../../lib/openapi";
import { requirePresentedKey, requireScope } from "../../middleware/auth";
import { UuidSchema } from "../../schemas/common";
import { MediaKindSchema, MediaSchema } from "../../schemas/recording";

const tags = ["Media"];

const FilenameSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\p{Cc}/\\]*$/u, "Must not contain control characters, slashes or backslashes")
  // Bidirectional embeddings, overrides and isolates can make "evil\u202Egpj.exe" read as "evilexe.jpg".
  .regex(/^[^\u202A-\u202E\u2066-\u2069]*$/u, "Must not contain bidirectional override characters")
  .refine((name) => name !== "." && name !== "..", "Must be a file name")
  .openapi({ example: "call.mp3" });

export const UploadQuerySchema = z.object({
  kind: MediaKindSchema.optional().openapi({ description: "Defaults from the content type" }),
  filename: FilenameSchema.optional().openapi({ description: "Defaults to the media id with a fitting extension" }),
});

const RecordingParams = z.object({ id: UuidSchema.openapi({ param: { name: "id", in: "path" } }) });
const MediaParams = RecordingParams.extend({
  media_id: UuidSchema.openapi({ param: { name: "media_id", in: "path" } }),
});

export const upload = createRoute({
  operationId: "uploadMedia",
  method: "post",
  path: "/v1/recordings/{id}/media",
  tags,
  summary: "Upload one media file",
  description:
    "The raw body, with its `Content-Type` and `Content-Length`, streamed to storage. An optional " +
    "`Content-Digest: sha-256=:<base64>:` is verified; on a mismatch nothing is stored (400 `DIGEST_MISMATCH`).",
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:write")] as const,
  request: {
    params: RecordingParams,
    query: UploadQuerySchema,
    body: { content: { "*/*": BINARY }, required: true },
  },
  responses: {
    201: jsonContent(MediaSchema, "The stored media item"),
    ...errorResponses(400, 401, 403, 404, 411, 413, 415, 422),
  },
});

export const ServeQuerySchema = z.object({
  disposition: z.enum(["inline", "attachment"]).default("inline"),
});

const served = {
  ...MEDIA_RESPONSES,
  ...errorResponses(401, 403, 404, 409, 412, 416, 422),
};

const servingNotes =
  "HTTP semantics of RFC 9110: one byte range (206; unsatisfiable → 416 with `bytes */size`; malformed or " +
  "several → 200), `If-None-Match`/`If-Modified-Since` (304), `If-Match`/`If-Unmodified-Since` (412), " +
  "`If-Range`. HEAD answers like GET without a body. `?disposition=attachment` asks for a download.";

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
    security: API_KEY_SECURITY,
    middleware: [requirePresentedKey()] as const,
    request: { params, query: ServeQuerySchema },
    responses: served,
  });

export const getPrimary = servingRoute(
  "getPrimaryMedia",
  "/v1/recordings/{id}/media",
  "Get the primary media (first audio or video item)",
  RecordingParams,
);

export const getOne = servingRoute("getMedia", "/v1/recordings/{id}/media/{media_id}", "Get one media item", MediaParams);
