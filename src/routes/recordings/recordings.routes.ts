import { createRoute, z } from "@hono/zod-openapi";
import { API_KEY_SECURITY, BINARY, errorResponses, jsonContent } from "../../lib/openapi";
import { jsonBody } from "../../middleware/json-body";
import { requireScope } from "../../middleware/auth";
import { RecordingIdParamsSchema } from "../../schemas/common";
import { ListRecordingsQuerySchema, RecordingPageSchema } from "../../schemas/list";
import { CreateRecordingSchema, RecordingSchema, UpdateRecordingSchema } from "../../schemas/recording";

const tags = ["Recordings"];

export const create = createRoute({
  operationId: "createRecording",
  method: "post",
  path: "/v1/recordings",
  tags,
  summary: "Create a recording",
  description: "Every field is optional: `source` defaults to `other`, `status` to `complete`, `metadata` to `{}`.",
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:write"), jsonBody()] as const,
  request: { body: { ...jsonContent(CreateRecordingSchema, "The recording's fields"), required: false } },
  responses: {
    201: jsonContent(RecordingSchema, "The recording"),
    ...errorResponses(400, 401, 403, 413, 415, 422),
  },
});

export const list = createRoute({
  operationId: "listRecordings",
  method: "get",
  path: "/v1/recordings",
  tags,
  summary: "List recordings",
  description:
    "Newest first (`created_at`, then `id`, descending), by keyset pagination: follow `links.next` and `links.prev`. " +
    "A cursor only works with the filters it was made with.",
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:read")] as const,
  request: { query: ListRecordingsQuerySchema },
  responses: {
    200: jsonContent(RecordingPageSchema, "One page of recordings"),
    ...errorResponses(401, 403, 422),
  },
});

export const GetRecordingQuerySchema = z.object({
  accept: z.string().max(512).optional().openapi({
    description: "Overrides the `Accept` header, e.g. `audio/mpeg` to get the media bytes",
    example: "audio/*",
  }),
  disposition: z.enum(["inline", "attachment"]).default("inline"),
});

export const getOne = createRoute({
  operationId: "getRecording",
  method: "get",
  path: "/v1/recordings/{id}",
  tags,
  summary: "Get a recording, or its media by content negotiation",
  description:
    "JSON by default. When `Accept` (or `?accept=`) prefers an audio or video type over JSON, the first matching " +
    "media item's bytes are served as `GET /v1/recordings/{id}/media/{media_id}` serves them (ranges, conditionals).",
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:read")] as const,
  request: { params: RecordingIdParamsSchema, query: GetRecordingQuerySchema },
  responses: {
    200: {
      description: "The recording as JSON, or its negotiated media",
      content: {
        "application/json": { schema: RecordingSchema },
        "audio/*": BINARY,
        "video/*": BINARY,
      },
    },
    206: { description: "One byte range of the negotiated media" },
    304: { description: "Not modified" },
    ...errorResponses(401, 403, 404, 406, 409, 412, 416, 422),
  },
});

export const update = createRoute({
  operationId: "updateRecording",
  method: "patch",
  path: "/v1/recordings/{id}",
  tags,
  summary: "Update a recording",
  description:
    "Changes the given fields; `metadata` is merged (RFC 7396: a null value removes a key). Status only moves " +
    "forward (`starting` → `active` → `ending` → `complete` | `failed` | `aborted`, skipping ahead allowed); " +
    "anything else is 409 `INVALID_STATUS_TRANSITION`, and the same status again is no change.",
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:write"), jsonBody()] as const,
  request: { params: RecordingIdParamsSchema, body: { ...jsonContent(UpdateRecordingSchema, "Fields to change"), required: true } },
  responses: {
    200: jsonContent(RecordingSchema, "The updated recording"),
    ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422),
  },
});
