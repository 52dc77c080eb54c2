/**
 * Every `error_code` the API can answer with, its HTTP status, and what it means. This one table
 * types `ApiError`'s code, becomes the `ErrorCode` enum of the OpenAPI document, and writes the
 * description of each operation's error responses, so a code cannot be thrown without being documented.
 */
export const ERROR_CODES = {
  BAD_REQUEST: { status: 400, description: "The request cannot be read" },
  MALFORMED_JSON: { status: 400, description: "The body is not JSON" },
  DIGEST_MISMATCH: { status: 400, description: "The body does not match its `Content-Digest`; nothing was stored" },
  BULK_DOWNLOAD_LIMIT_EXCEEDED: { status: 400, description: "More than 50 ids as sent (duplicates counted); checked before anything else" },
  INVALID_TUS_HEADER: { status: 400, description: "A tus header (`Upload-Length`, `Upload-Offset`, `Content-Length`) is missing or not a byte count" },
  INVALID_CHUNK_SIZE: {
    status: 400,
    description: "The chunk breaks the chunk rule: every PATCH but the last carries the same number of bytes, at least 5 MiB, the last no more; nothing was stored",
  },
  BODY_LENGTH_MISMATCH: {
    status: 400,
    description: "The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored",
  },
  UNAUTHORIZED: { status: 401, description: "No valid credentials (`WWW-Authenticate` names the schemes)" },
  TOKEN_EXPIRED: { status: 401, description: "The access token has expired; mint a new one (`POST /v1/access-tokens`)" },
  FORBIDDEN: { status: 403, description: "The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has)" },
  QUOTA_EXCEEDED: {
    status: 403,
    description: "The upload or create would pass the account's quota (`details`: usage, limit, requested); nothing was stored",
  },
  SIGNATURE_INVALID: { status: 403, description: "The signed link was changed, or its key is no longer configured" },
  URL_EXPIRED: { status: 403, description: "The signed link has expired; ask for a new one" },
  NOT_FOUND: { status: 404, description: "No route has this path" },
  ACCOUNT_NOT_FOUND: { status: 404, description: "No account has this id" },
  KEY_NOT_FOUND: { status: 404, description: "No live API key has this id" },
  RECORDING_NOT_FOUND: { status: 404, description: "No recording of this account has this id (or it is in the trash)" },
  MEDIA_NOT_FOUND: { status: 404, description: "The recording has no such media item (or no audio or video)" },
  NO_RECORDINGS_FOUND: { status: 404, description: "None of the requested ids has media that can be downloaded now" },
  LEGAL_HOLD_NOT_FOUND: { status: 404, description: "There is no legal hold to release here" },
  UPLOAD_NOT_FOUND: { status: 404, description: "No resumable upload of this recording has this id (unknown, terminated, forgotten, or its recording deleted)" },
  WEBHOOK_NOT_FOUND: { status: 404, description: "No webhook endpoint of this account has this id" },
  DELIVERY_NOT_FOUND: { status: 404, description: "This webhook endpoint has no delivery with this id (deliveries are kept 30 days)" },
  METHOD_NOT_ALLOWED: { status: 405, description: "The path exists, not with this method (`Allow` lists those it has)" },
  NOT_ACCEPTABLE: { status: 406, description: "Nothing the recording has matches `Accept`" },
  RECORDING_IN_PROGRESS: { status: 409, description: "The recording is still in progress (starting, active or ending)" },
  INVALID_STATUS_TRANSITION: { status: 409, description: "The status would move backwards or out of a final status; nothing changed" },
  LEGAL_HOLD: { status: 409, description: "The recording is under legal hold (its own or its account's); nothing was deleted" },
  RECORDING_CHANGED: { status: 409, description: "The recording changed while being deleted; try again" },
  UPLOAD_OFFSET_MISMATCH: { status: 409, description: "`Upload-Offset` is not the upload's offset (or a racing PATCH won); `HEAD` gives the right one" },
  UPLOAD_PARTS_EXHAUSTED: { status: 409, description: "The upload has too few of its 10,000 R2 parts left to finish; start a new one" },
  UPLOAD_FINISHED: { status: 409, description: "The upload has finished as a media item; there is nothing to terminate" },
  UPLOAD_NOT_RESUMABLE: {
    status: 409,
    description: "The upload's saved SHA-256 state was written by a version of the API this one cannot continue; nothing was stored: start a new upload",
  },
  UPLOAD_EXPIRED: { status: 410, description: "The unfinished upload passed its `Upload-Expires`; start a new one" },
  LENGTH_REQUIRED: { status: 411, description: "The upload has no `Content-Length`" },
  PRECONDITION_FAILED: { status: 412, description: "`If-Match` or `If-Unmodified-Since` does not hold" },
  TUS_VERSION_UNSUPPORTED: { status: 412, description: "`Tus-Resumable` is missing or not `1.0.0` (`Tus-Version` names the supported version)" },
  PAYLOAD_TOO_LARGE: { status: 413, description: "The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`)" },
  BULK_DOWNLOAD_TOO_LARGE: {
    status: 413,
    description: "A signed ZIP link by `call_ids` would be too long (the calls hold too many recordings): ask by `recording_ids`, a few calls at a time",
  },
  UPLOAD_LENGTH_EXCEEDED: { status: 413, description: "The chunk would end past `Upload-Length`; nothing was stored" },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    description:
      "The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`",
  },
  RANGE_NOT_SATISFIABLE: { status: 416, description: "The range starts past the end (`Content-Range: bytes */size`)" },
  VALIDATION_ERROR: { status: 422, description: "The path, query, headers or body fail their schema (`details` says where)" },
  INVALID_CURSOR: { status: 422, description: "The cursor is malformed, altered, or made with other filters" },
  WEBHOOK_LIMIT_EXCEEDED: { status: 422, description: "The account already has 20 webhook endpoints; delete one first" },
  DUPLICATE_ID: { status: 422, description: "A bulk request lists this id again; it was acted on once (reported per id)" },
  INTERNAL_SERVER_ERROR: { status: 500, description: "A fault on the service's side; the `request_id` finds it in the logs" },
} as const satisfies Record<string, { status: number; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Every error code, in the table's order. */
export const ERROR_CODE_NAMES = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];
