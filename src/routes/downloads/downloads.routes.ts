import { createRoute, type z } from "@hono/zod-openapi";
import { zodDetails } from "../../lib/create-router";
import { ApiError, validationError } from "../../lib/errors";
import { API_KEY_SECURITY, errorResponses, jsonContent } from "../../lib/openapi";
import { requireScope } from "../../middleware/auth";
import { jsonBody } from "../../middleware/json-body";
import { requireSignedLink, SIGNED_PREFIX } from "../../middleware/signed-link";
import { ErrorSchema } from "../../schemas/common";
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

const zipResponse = {
  description:
    "The ZIP (`application/zip`), streamed from storage with an exact `Content-Length`: `manifest.json`, then each " +
    "recording's media (stored, not recompressed) in a folder named by the recording id",
  content: { "application/zip": { schema: { type: "string" as const, format: "binary" } } },
};

const bulkErrors = {
  400: jsonContent(ErrorSchema, "More than 50 ids (`BULK_DOWNLOAD_LIMIT_EXCEEDED`), or a body that is not JSON (`MALFORMED_JSON`)"),
  404: jsonContent(ErrorSchema, "None of the ids has downloadable media (`NO_RECORDINGS_FOUND`)"),
  413: jsonContent(ErrorSchema, "The archive would pass 4 GiB or 65,535 entries (`BULK_DOWNLOAD_TOO_LARGE`), or the body 64 KiB"),
  ...errorResponses(401, 403, 422),
};

/** The POST forms read a JSON body: an encoded one is refused (415) like on every JSON route. */
const bodyErrors = { ...bulkErrors, ...errorResponses(415) };

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
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:read"), jsonBody()] as const,
  request: { body: { ...jsonContent(BulkDownloadSchema, "Which recordings"), required: true } },
  responses: { 200: zipResponse, ...bodyErrors },
});

export const getOne = createRoute({
  operationId: "bulkDownloadByQuery",
  method: "get",
  path: "/v1/recordings/download",
  tags,
  summary: "Download many recordings as one ZIP (for links)",
  description: `${notes} HEAD answers the same headers without reading the media.`,
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:read")] as const,
  request: { query: BulkDownloadQuerySchema },
  responses: { 200: zipResponse, ...bulkErrors },
});

export const createLink = createRoute({
  operationId: "bulkDownloadUrl",
  method: "post",
  path: "/v1/recordings/bulk-download-url",
  tags,
  summary: "A signed link to the same ZIP",
  description:
    "Checks the ids now (404 `NO_RECORDINGS_FOUND` when none is downloadable) and again when the link is used. " +
    "The link needs no credentials and works for GET and HEAD until `expires_at`.",
  security: API_KEY_SECURITY,
  middleware: [requireScope("recordings:read"), jsonBody()] as const,
  request: { body: { ...jsonContent(BulkDownloadUrlSchema, "Which recordings, and for how long"), required: true } },
  responses: { 200: jsonContent(BulkDownloadUrlResponseSchema, "The signed link"), ...bodyErrors },
});

export const getSigned = createRoute({
  operationId: "getSignedZip",
  method: "get",
  path: SIGNED_ZIP_PATH,
  tags,
  summary: "The ZIP of a signed bulk download link",
  description:
    "Made by `POST /v1/recordings/bulk-download-url`; needs no credentials. The signature binds the account and the " +
    "exact ids; they are checked again now, so recordings trashed since are left out (404 `NO_RECORDINGS_FOUND` when " +
    "nothing is left). Any origin may read it; HEAD answers the headers without reading the media.",
  middleware: [requireSignedLink()] as const,
  request: { query: SignedZipQuerySchema },
  responses: {
    200: zipResponse,
    403: jsonContent(ErrorSchema, "The link was changed (`SIGNATURE_INVALID`) or has expired (`URL_EXPIRED`)"),
    404: bulkErrors[404],
    413: bulkErrors[413],
    422: errorResponses(422)[422],
  },
});
