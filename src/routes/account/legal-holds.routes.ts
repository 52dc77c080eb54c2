import { createRoute } from "@hono/zod-openapi";
import { API_KEY_ERRORS, apiKeySecurity, emptyResponse, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent } from "../../lib/openapi";
import { requireScope } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import { LegalHoldSchema, PlaceLegalHoldSchema } from "../../schemas/account";
import { RecordingIdParamsSchema } from "../../schemas/common";

const tags = ["Legal holds"];
const path = "/v1/recordings/{id}/legal-hold";

export const place = createRoute({
  operationId: "placeRecordingLegalHold",
  method: "put",
  path,
  tags,
  summary: "Hold a recording",
  description:
    "While it stands, the recording is not deleted or purged by any path (single, bulk, permanent, retention, " +
    "trash purge: 409 `LEGAL_HOLD`, or skipped). It shows as `legal_hold` on the recording. A recording in the " +
    "trash can be held (it stays there, and can be restored). Placing it again replaces the reason.",
  security: apiKeySecurity("legal_holds:manage"),
  middleware: [requireScope("legal_holds:manage"), jsonBody()] as const,
  request: { params: RecordingIdParamsSchema, body: jsonBodyOf(PlaceLegalHoldSchema, "Why") },
  responses: {
    200: jsonContent(LegalHoldSchema, "The hold"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, "RECORDING_NOT_FOUND"),
  },
});

export const release = createRoute({
  operationId: "releaseRecordingLegalHold",
  method: "delete",
  path,
  tags,
  summary: "Release a recording's legal hold",
  description: "A hold on the whole account still holds it.",
  security: apiKeySecurity("legal_holds:manage"),
  middleware: [requireScope("legal_holds:manage")] as const,
  request: { params: RecordingIdParamsSchema },
  responses: {
    204: emptyResponse("Released"),
    ...errorResponses(...API_KEY_ERRORS, "RECORDING_NOT_FOUND", "LEGAL_HOLD_NOT_FOUND", "VALIDATION_ERROR"),
  },
});
