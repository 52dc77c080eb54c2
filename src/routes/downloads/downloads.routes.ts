import { createRoute, type z } from "@hono/zod-openapi";
import { zodDetails } from "../../lib/create-router";
import { ApiError, validationError } from "../../lib/errors";
import { API_KEY_ERRORS, apiKeySecurity, errorResponses, JSON_BODY_ERRORS, jsonBodyOf, jsonContent, PUBLIC } from "../../lib/openapi";
import { BINARY } from "../../lib/openapi-media";
import { SIGNED_CORS_HEADERS, signedErrorResponses } from "../../lib/openapi-signed";
import { ArchiveRequestHeadersSchema, RESPONSE_HEADERS, responseHeaders, type ResponseHeaderName } from "../../lib/openapi-headers";
import { requireScope } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import { requireSignedLink, SIGNED_PREFIX } from "../../middleware/signed-link";
import {
  BulkDownloadQuerySchema,
  BulkDownloadSchema,
  BulkDownloadUrlResponseSchema,
  BulkDownloadUrlSchema,
  SignedZipQuerySchema,
} from "../../schemas/bulk-download";
import { idsAsSent, MAX_BULK_IDS } from "../../zip/selection";

const tags = ["Bulk downloads"];

/** The path every signed ZIP link opens; what it zips is in its signed query. */
export const SIGNED_ZIP_PATH = `${SIGNED_PREFIX}/zip`;

/** 400 for more ids than a bulk download takes. */
export function bulkLimitExceeded(): ApiError {
  return new ApiError(400, "BULK_DOWNLOAD_LIMIT_EXCEEDED", `Bulk download is limited to ${MAX_BULK_IDS} recordings`);
}

/**
 * The validation hook of the bulk routes: more than 50 ids as sent is a 400 before any other problem
 * with the request is reported (contract section 8); other failures are the usual 422. The validator
 * hands hooks the raw input as `data`, failures included.
 */
export function limitFirst(result: { success: boolean; target: string; data?: unknown; error?: z.ZodError }): undefined {
  if (result.success) return;
  if (idsAsSent(result.data) > MAX_BULK_IDS) throw bulkLimitExceeded();
  throw validationError(zodDetails(result.target, result.error!));
}

/** Headers of every ZIP response (the media safety headers included). */
const ZIP_HEADERS = [
  "Content-Length", "Content-Disposition", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options", "Content-Encoding",
] as const satisfies ResponseHeaderName[];

const ZIP_DESCRIPTION =
  "The ZIP (`application/zip`, `attachment; filename=\"recordings.zip\"`), streamed from storage with an exact " +
  "`Content-Length`: `manifest.json`, then each recording's media (stored, not recompressed) in a folder named by " +
  "the recording id; ZIP64 records where a size or offset passes 4 GiB";

/** The archive's ETag: not a media item's SHA-256 but one over everything that shapes the archive. */
const ZIP_ETAG = {
  ETag: {
    ...RESPONSE_HEADERS.ETag,
    description: "Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)",
  },
};

function zipResponse(...extra: ResponseHeaderName[]) {
  return { description: ZIP_DESCRIPTION, headers: responseHeaders(...ZIP_HEADERS, ...extra), content: { "application/zip": BINARY } };
}

/** The answers of a resumable ZIP (GET form, signed link): the whole (200), one range (206), or 304. */
function resumableZipResponses(...extra: ResponseHeaderName[]) {
  const ranged = (...more: ResponseHeaderName[]) => ({ ...responseHeaders(...ZIP_HEADERS, "Accept-Ranges", ...more, ...extra), ...ZIP_ETAG });
  return {
    200: { description: ZIP_DESCRIPTION, headers: ranged(), content: { "application/zip": BINARY } },
    206: {
      description: "One byte range of the same archive (`Content-Range: bytes first-last/size`), byte for byte that slice of the 200",
      headers: ranged("Content-Range"),
      content: { "application/zip": BINARY },
    },
    304: {
      description: "Not modified: `If-None-Match` matched",
      headers: { ...responseHeaders("Cache-Control", "Content-Security-Policy", "X-Content-Type-Options", "Content-Encoding", ...extra), ...ZIP_ETAG },
    },
  };
}

/** What every bulk download can answer besides its ZIP. */
const BULK_ERRORS = ["BULK_DOWNLOAD_LIMIT_EXCEEDED", "VALIDATION_ERROR", "NO_RECORDINGS_FOUND"] as const;
/** What a resumable one can answer besides. */
const RANGE_ERRORS = ["PRECONDITION_FAILED", "RANGE_NOT_SATISFIABLE"] as const;

const resumable =
  " Resumable: `Accept-Ranges: bytes`, a strong `ETag`, one `Range` (206, or 416 outside the archive), `If-Range`, " +
  "`If-Match` (412) and `If-None-Match` (304); a range reads from storage only the media bytes inside it. " +
  "HEAD answers the same headers without reading the media.";

const notes =
  "Exactly one of `recording_ids` or `call_ids` (1–50 UUIDs, counted as sent; duplicates are zipped once). " +
  "Recordings that are missing or another account's, in progress, in the trash or without media are left out " +
  "and listed in `manifest.json` with the reason.";

export const create = createRoute({
  operationId: "bulkDownload",
  method: "post",
  path: "/v1/recordings/bulk-download",
  tags,
  summary: "Download many recordings as one ZIP",
  description: notes,
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read"), jsonBody()] as const,
  request: { body: jsonBodyOf(BulkDownloadSchema, "Which recordings") },
  responses: { 200: zipResponse(), ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, ...BULK_ERRORS) },
});

export const getOne = createRoute({
  operationId: "bulkDownloadByQuery",
  method: "get",
  path: "/v1/recordings/download",
  tags,
  summary: "Download many recordings as one ZIP (for links)",
  description: `${notes}${resumable}`,
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read")] as const,
  request: { query: BulkDownloadQuerySchema, headers: ArchiveRequestHeadersSchema },
  responses: { ...resumableZipResponses(), ...errorResponses(...API_KEY_ERRORS, ...BULK_ERRORS, ...RANGE_ERRORS) },
});

export const createLink = createRoute({
  operationId: "bulkDownloadUrl",
  method: "post",
  path: "/v1/recordings/bulk-download-url",
  tags,
  summary: "A signed link to the same ZIP",
  description:
    "Checks the ids now (404 `NO_RECORDINGS_FOUND` when none is downloadable) and again when the link is used. " +
    "A link made for `call_ids` zips only the recordings those calls had when it was made (their ids are pinned in it). " +
    "The link needs no credentials and works for GET and HEAD until `expires_at`.",
  security: apiKeySecurity("recordings:read"),
  middleware: [requireScope("recordings:read"), jsonBody()] as const,
  request: { body: jsonBodyOf(BulkDownloadUrlSchema, "Which recordings, and for how long") },
  responses: {
    200: jsonContent(BulkDownloadUrlResponseSchema, "The signed link"),
    ...errorResponses(...API_KEY_ERRORS, ...JSON_BODY_ERRORS, ...BULK_ERRORS, "BULK_DOWNLOAD_TOO_LARGE"),
  },
});

export const getSigned = createRoute({
  operationId: "getSignedZip",
  method: "get",
  path: SIGNED_ZIP_PATH,
  tags,
  summary: "The ZIP of a signed bulk download link",
  description:
    "Made by `POST /v1/recordings/bulk-download-url`; needs no credentials. The signature binds the account, the " +
    "maker's room or user restriction, and the exact ids (for calls, the recordings they had when the link was made); they " +
    "are checked again now, so recordings trashed since are left out (404 `NO_RECORDINGS_FOUND` when nothing is left). " +
    `Any origin may read it.${resumable}`,
  security: PUBLIC,
  middleware: [requireSignedLink()] as const,
  request: { query: SignedZipQuerySchema, headers: ArchiveRequestHeadersSchema },
  responses: {
    ...resumableZipResponses(...SIGNED_CORS_HEADERS),
    ...signedErrorResponses("SIGNATURE_INVALID", "URL_EXPIRED", "VALIDATION_ERROR", "NO_RECORDINGS_FOUND", ...RANGE_ERRORS),
  },
});
