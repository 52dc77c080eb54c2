import { createRoute, z } from "@hono/zod-openapi";
import { MediaRequestHeadersSchema, responseHeaders } from "../../lib/openapi-headers";
import { API_KEY_ERRORS, apiKeySecurity, emptyResponse, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent, optionalHeaders } from "../../lib/openapi";
import { mediaResponses } from "../../lib/openapi-media";
import { jsonBody } from "../../middleware/json-body";
import { requireScope } from "../../middleware/auth";
import { RecordingIdParamsSchema } from "../../schemas/common";
import { ListRecordingsQuerySchema, RecordingPageSchema } from "../../schemas/list";
import { CreateRecordingSchema, DispositionSchema, RecordingSchema, UpdateRecordingSchema } from "../../schemas/recording";

const tags = ["Recordings"];

export const create = createRoute({
  operationId: "createRecording",
  method: "post",
  path: "/v1/recordings",
  tags,
  summary: "Create a recording",
  description:
    "Every field is optional: `source` defaults to `other`, `status` to `complete`, `metadata` to `{}`, the rest to null. " +
    "`id`, `account_id`, the timestamps and `media` are the service's. `Location` is the new recording's URL. " +
    "With a credential restricted to a room (or a user), the recording gets that `room_id` (or `user_id`); naming another is a 422. " +
    "An account at its `max_recordings` (the trash counts) gets 403 `QUOTA_EXCEEDED`.",
  security: apiKeySecurity("recordings:write"),
  middleware: [requireScope("recordings:write"), jsonBody()] as const,
  request: { body: jsonBodyOf(CreateRecordingSchema, "The recording's fields (an empty body is `{}`)", false) },
  responses: {
    201: jsonContent(RecordingSchema, "The recording", "Location"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, "QUOTA_EXCEEDED"),
  },
});

export const list = createRoute({
  operationId: "listRecordings",
  method: "get",
  path: "/v1/recordings",
  tags,
  summary: "List recordings",
  description:
    "Newest first (`created_at`, then `id`, descending), by keyset pagination: follow `links.next` and `links.prev`, " +
    "full URLs that keep the filters. Paging never repeats or skips a recording that existed when paging began. " +
    "A cursor only works with the filters it was made with (else 422 `INVALID_CURSOR`).",
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read")] as const,
  request: { query: ListRecordingsQuerySchema },
  responses: {
    200: jsonContent(RecordingPageSchema, "One page of recordings"),
    ...errorResponses(...API_KEY_ERRORS, "VALIDATION_ERROR", "INVALID_CURSOR"),
  },
});

export const GetRecordingQuerySchema = z.object({
  accept: z.string().max(512).optional().openapi({
    description: "Overrides the `Accept` header, e.g. `audio/mpeg` to get the media bytes (for links, which cannot set headers)",
    example: "audio/*",
  }),
  disposition: DispositionSchema,
});

const { 200: mediaOk, ...mediaPartial } = mediaResponses({
  "audio/*": { schema: { type: "string", format: "binary" } },
  "video/*": { schema: { type: "string", format: "binary" } },
});

export const getOne = createRoute({
  operationId: "getRecording",
  method: "get",
  path: "/v1/recordings/{id}",
  tags,
  summary: "Get a recording, or its media by content negotiation",
  description:
    "JSON by default (no `Accept`, or `*/*` alone). When `Accept` (or `?accept=`) prefers an audio or video type over " +
    "JSON, the first matching media item's bytes are served as `GET /v1/recordings/{id}/media/{media_id}` serves them " +
    "(ranges, conditionals; 409 while the recording is in progress); 406 when nothing matches. `Vary: Accept`.",
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read")] as const,
  request: { params: RecordingIdParamsSchema, query: GetRecordingQuerySchema, headers: MediaRequestHeadersSchema },
  responses: {
    200: {
      description: "The recording as JSON, or its negotiated media",
      headers: { ...optionalHeaders(mediaOk.headers), ...responseHeaders("Vary") },
      content: { "application/json": { schema: RecordingSchema }, ...mediaOk.content },
    },
    ...mediaPartial,
    ...errorResponses(
      ...API_KEY_ERRORS,
      "RECORDING_NOT_FOUND",
      "NOT_ACCEPTABLE",
      "RECORDING_IN_PROGRESS",
      "PRECONDITION_FAILED",
      "RANGE_NOT_SATISFIABLE",
      "VALIDATION_ERROR",
    ),
  },
});

export const update = createRoute({
  operationId: "updateRecording",
  method: "patch",
  path: "/v1/recordings/{id}",
  tags,
  summary: "Update a recording",
  description:
    "Changes the given fields; `metadata` is merged (RFC 7396: a null value removes a key), and the merged metadata " +
    "must stay within 8 KiB. Status only moves forward (`starting` → `active` → `ending` → `complete` | `failed` | " +
    "`aborted`, skipping ahead allowed); anything else is 409 `INVALID_STATUS_TRANSITION`, and the same status again is no change. " +
    "A restricted credential cannot move a recording out of its room (or to another user): 422. A key or token without " +
    "`recordings:read` gets 204 and no body: changing a recording does not let it read it.",
  security: apiKeySecurity("recordings:write"),
  middleware: [requireScope("recordings:write"), jsonBody()] as const,
  request: { params: RecordingIdParamsSchema, body: jsonBodyOf(UpdateRecordingSchema, "Fields to change") },
  responses: {
    200: jsonContent(RecordingSchema, "The updated recording (for a caller that also has `recordings:read`)"),
    204: emptyResponse("Updated (for a caller without `recordings:read`: no contents)"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, "RECORDING_NOT_FOUND", "INVALID_STATUS_TRANSITION"),
  },
});
