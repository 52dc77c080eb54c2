import { createRoute } from "@hono/zod-openapi";
import {
  API_KEY_ERRORS,
  apiKeySecurity,
  emptyResponse,
  errorResponses,
  JSON_BODY_ERRORS,
  jsonBodyOf,
  jsonContent,
} from "../../lib/openapi";
import { requireScope } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import { RecordingIdParamsSchema } from "../../schemas/common";
import { BulkDeleteResultSchema, BulkDeleteSchema, BulkRestoreResultSchema, BulkRestoreSchema, DeleteQuerySchema } from "../../schemas/deletion";
import { RecordingSchema } from "../../schemas/recording";

const tags = ["Trash"];

export const remove = createRoute({
  operationId: "deleteRecording",
  method: "delete",
  path: "/v1/recordings/{id}",
  tags,
  summary: "Move a recording to the trash, or purge it",
  description:
    "Moves the recording to the trash (`deleted_at`, `deleted_by`): it disappears from lists, `GET`, media, ZIPs " +
    "and signed links until restored, and is purged after the account's `trash_retention_days`. With `permanent=true` " +
    "it is purged now, from the trash too: its media objects are removed from storage and it is gone. A recording in " +
    "progress is a 409; one under legal hold is a 409 `LEGAL_HOLD` (also with `permanent=true`, also in the trash); " +
    "one already in the trash is a 404 unless `permanent=true`.",
  security: apiKeySecurity("recordings:delete"),
  middleware: [requireScope("recordings:delete")] as const,
  request: { params: RecordingIdParamsSchema, query: DeleteQuerySchema },
  responses: {
    204: emptyResponse("Deleted: in the trash, or purged with `permanent=true`"),
    ...errorResponses(...API_KEY_ERRORS, "RECORDING_NOT_FOUND", "RECORDING_IN_PROGRESS", "LEGAL_HOLD", "RECORDING_CHANGED", "VALIDATION_ERROR"),
  },
});

export const restore = createRoute({
  operationId: "restoreRecording",
  method: "post",
  path: "/v1/recordings/{id}/restore",
  tags,
  summary: "Restore a recording from the trash",
  description:
    "Takes the recording out of the trash, with its media and its unexpired signed links. A recording that is not in the " +
    "trash is returned as it is. A key or token without `recordings:read` gets 204 and no body: restoring does not " +
    "let it read what it could not read before.",
  security: apiKeySecurity("recordings:delete"),
  middleware: [requireScope("recordings:delete")] as const,
  request: { params: RecordingIdParamsSchema },
  responses: {
    200: jsonContent(RecordingSchema, "The recording, out of the trash (for a caller that also has `recordings:read`)"),
    204: emptyResponse("Out of the trash (for a caller without `recordings:read`: no contents)"),
    ...errorResponses(...API_KEY_ERRORS, "RECORDING_NOT_FOUND", "VALIDATION_ERROR"),
  },
});

export const bulkRemove = createRoute({
  operationId: "bulkDeleteRecordings",
  method: "post",
  path: "/v1/recordings/bulk-delete",
  tags,
  summary: "Delete up to 100 recordings",
  description:
    "Deletes each recording as `DELETE /v1/recordings/{id}` would, all in one transaction. 204 when every one " +
    "was deleted; otherwise 200 with the ids deleted and, for every other id as sent (malformed, repeated, not " +
    "found, in progress, under legal hold, already in the trash), its error code and message.",
  security: apiKeySecurity("recordings:delete"),
  middleware: [requireScope("recordings:delete"), jsonBody()] as const,
  request: { body: jsonBodyOf(BulkDeleteSchema, "The recordings to delete") },
  responses: {
    200: jsonContent(BulkDeleteResultSchema, "Some recordings were not deleted: each is in `failed`, with why"),
    204: emptyResponse("Every recording was deleted"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS),
  },
});

export const bulkRestore = createRoute({
  operationId: "bulkRestoreRecordings",
  method: "post",
  path: "/v1/recordings/bulk-restore",
  tags,
  summary: "Restore up to 100 recordings from the trash",
  description:
    "Takes each recording out of the trash as `POST /v1/recordings/{id}/restore` would, all in one transaction; one " +
    "that is not in the trash counts as restored. 204 when every one is out of the trash; otherwise 200 with the ids " +
    "restored and, for every other id as sent (malformed, repeated, missing, purged, another account's or outside the " +
    "caller's restriction: `RECORDING_NOT_FOUND`), its error code and message, in request order.",
  security: apiKeySecurity("recordings:delete"),
  middleware: [requireScope("recordings:delete"), jsonBody()] as const,
  request: { body: jsonBodyOf(BulkRestoreSchema, "The recordings to restore") },
  responses: {
    200: jsonContent(BulkRestoreResultSchema, "Some recordings were not restored: each is in `failed`, with why"),
    204: emptyResponse("Every recording is out of the trash"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS),
  },
});
