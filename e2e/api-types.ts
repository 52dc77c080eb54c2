// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit.
// `npm run openapi:check` (in .ci/run) fails when it is not what the code generates.

export interface paths {
    "/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account (a tenant)
         * @description An account owns recordings and API keys; nothing one account's keys do reaches another's data.
         *
         *     Guide: [accounts, keys and scopes](docs/api.md#auth).
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set an account's quotas
         * @description `max_bytes_stored` and `max_recordings` (null: no limit). Uploads (by `Content-Length`), resumable uploads (by `Upload-Length`, at creation) and creates that would pass a quota get 403 `QUOTA_EXCEEDED`; reads, deletes and restores keep working. A quota below the current usage stops new data until usage falls under it.
         *
         *     Guide: [quotas](docs/account.md#quotas-the-operators).
         */
        patch: operations["updateAccountQuota"];
        trace?: never;
    };
    "/v1/admin/accounts/{account_id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an API key for an account
         * @description The key is in this response only (`Cache-Control: no-store`); the service keeps a hash of it. With `restrict`, the key sees and acts on only one room's (or one user's) recordings, everywhere (lists, reads, media, links, ZIPs, changes, deletes, uploads); another room's recording answers 404, as a missing one does.
         *
         *     Guide: [keys restricted to a room or a user](docs/access.md#restricted-keys).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once, for every request after this one.
         *
         *     Guide: [secrets and keys](docs/operations.md#secrets).
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a short-lived access token
         * @description For a browser or a device that must not hold a long-lived key: a token with some of the caller's scopes, optionally restricted to one room or user, for 60 s to 24 h. It is used like a key (`Authorization: Bearer`), can never do more than the key that minted it, answers 401 `TOKEN_EXPIRED` once expired, and stops at once when that key is revoked. Asking for a scope the caller lacks, or for a room or user outside its restriction, is 403. A token may mint tokens within its own scopes, restriction and lifetime.
         *
         *     Guide: [access tokens](docs/access.md#access-tokens).
         */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/bulk-download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download many recordings as one ZIP
         * @description Exactly one of `recording_ids` or `call_ids` (1–50 UUIDs, counted as sent; duplicates are zipped once). Recordings that are missing or another account's, in progress, in the trash or without media are left out and listed in `manifest.json` with the reason.
         *
         *     Guide: [bulk downloads](docs/bulk-downloads.md).
         */
        post: operations["bulkDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download many recordings as one ZIP (for links)
         * @description Exactly one of `recording_ids` or `call_ids` (1–50 UUIDs, counted as sent; duplicates are zipped once). Recordings that are missing or another account's, in progress, in the trash or without media are left out and listed in `manifest.json` with the reason. Resumable: `Accept-Ranges: bytes`, a strong `ETag`, one `Range` (206, or 416 outside the archive), `If-Range`, `If-Match` (412) and `If-None-Match` (304); a range reads from storage only the media bytes inside it. HEAD answers the same headers without reading the media.
         *
         *     Guide: [bulk downloads](docs/bulk-downloads.md).
         */
        get: operations["bulkDownloadByQuery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Download many recordings as one ZIP (for links) (headers only)
         * @description Exactly one of `recording_ids` or `call_ids` (1–50 UUIDs, counted as sent; duplicates are zipped once). Recordings that are missing or another account's, in progress, in the trash or without media are left out and listed in `manifest.json` with the reason. Resumable: `Accept-Ranges: bytes`, a strong `ETag`, one `Range` (206, or 416 outside the archive), `If-Range`, `If-Match` (412) and `If-None-Match` (304); a range reads from storage only the media bytes inside it. HEAD answers the same headers without reading the media.
         *
         *     Guide: [bulk downloads](docs/bulk-downloads.md).
         */
        head: operations["bulkDownloadByQueryHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/bulk-download-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A signed link to the same ZIP
         * @description Checks the ids now (404 `NO_RECORDINGS_FOUND` when none is downloadable) and again when the link is used. A link made for `call_ids` zips only the recordings those calls had when it was made (their ids are pinned in it). The link needs no credentials and works for GET and HEAD until `expires_at`.
         *
         *     Guide: [signed links to a ZIP](docs/bulk-downloads.md#signed-links-to-a-zip).
         */
        post: operations["bulkDownloadUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/signed/zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ZIP of a signed bulk download link
         * @description Made by `POST /v1/recordings/bulk-download-url`; needs no credentials. The signature binds the account, the maker's room or user restriction, and the exact ids (for calls, the recordings they had when the link was made); they are checked again now, so recordings trashed since are left out (404 `NO_RECORDINGS_FOUND` when nothing is left). Any origin may read it. Resumable: `Accept-Ranges: bytes`, a strong `ETag`, one `Range` (206, or 416 outside the archive), `If-Range`, `If-Match` (412) and `If-None-Match` (304); a range reads from storage only the media bytes inside it. HEAD answers the same headers without reading the media.
         *
         *     Guide: [signed links to a ZIP](docs/bulk-downloads.md#signed-links-to-a-zip).
         */
        get: operations["getSignedZip"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight (any origin; GET and HEAD)
         * @description Answered for any origin, with no credentials: the signature in the link is the credential.
         */
        options: operations["getSignedZipPreflight"];
        /**
         * The ZIP of a signed bulk download link (headers only)
         * @description Made by `POST /v1/recordings/bulk-download-url`; needs no credentials. The signature binds the account, the maker's room or user restriction, and the exact ids (for calls, the recordings they had when the link was made); they are checked again now, so recordings trashed since are left out (404 `NO_RECORDINGS_FOUND` when nothing is left). Any origin may read it. Resumable: `Accept-Ranges: bytes`, a strong `ETag`, one `Range` (206, or 416 outside the archive), `If-Range`, `If-Match` (412) and `If-None-Match` (304); a range reads from storage only the media bytes inside it. HEAD answers the same headers without reading the media.
         *
         *     Guide: [signed links to a ZIP](docs/bulk-downloads.md#signed-links-to-a-zip).
         */
        head: operations["getSignedZipHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recordings
         * @description Newest first (`created_at`, then `id`, descending), by keyset pagination: follow `links.next` and `links.prev`, full URLs that keep the filters. Paging never repeats or skips a recording that existed when paging began. A cursor only works with the filters it was made with (else 422 `INVALID_CURSOR`).
         *
         *     Guide: [listing and cursors](docs/api.md#listing).
         */
        get: operations["listRecordings"];
        put?: never;
        /**
         * Create a recording
         * @description Every field is optional: `source` defaults to `other`, `status` to `complete`, `metadata` to `{}`, the rest to null. `id`, `account_id`, the timestamps and `media` are the service's. `Location` is the new recording's URL. With a credential restricted to a room (or a user), the recording gets that `room_id` (or `user_id`); naming another is a 422. An account at its `max_recordings` (the trash counts) gets 403 `QUOTA_EXCEEDED`.
         *
         *     Guide: [recordings](docs/api.md#recordings).
         */
        post: operations["createRecording"];
        delete?: never;
        options?: never;
        /**
         * List recordings (headers only)
         * @description Newest first (`created_at`, then `id`, descending), by keyset pagination: follow `links.next` and `links.prev`, full URLs that keep the filters. Paging never repeats or skips a recording that existed when paging began. A cursor only works with the filters it was made with (else 422 `INVALID_CURSOR`).
         *
         *     Guide: [listing and cursors](docs/api.md#listing).
         */
        head: operations["listRecordingsHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a recording, or its media by content negotiation
         * @description JSON by default (no `Accept`, or `*\/*` alone). When `Accept` (or `?accept=`) prefers an audio or video type over JSON, the first matching media item's bytes are served as `GET /v1/recordings/{id}/media/{media_id}` serves them (ranges, conditionals; 409 while the recording is in progress); 406 when nothing matches. `Vary: Accept`.
         *
         *     Guide: [media and content negotiation](docs/api.md#media).
         */
        get: operations["getRecording"];
        put?: never;
        post?: never;
        /**
         * Move a recording to the trash, or purge it
         * @description Moves the recording to the trash (`deleted_at`, `deleted_by`): it disappears from lists, `GET`, media, ZIPs and signed links until restored, and is purged after the account's `trash_retention_days`. With `permanent=true` it is purged now, from the trash too: its media objects are removed from storage and it is gone. A recording in progress is a 409; one under legal hold is a 409 `LEGAL_HOLD` (also with `permanent=true`, also in the trash); one already in the trash is a 404 unless `permanent=true`.
         *
         *     Guide: [trash, restore and purge](docs/lifecycle.md#trash-and-restore).
         */
        delete: operations["deleteRecording"];
        options?: never;
        /**
         * Get a recording, or its media by content negotiation (headers only)
         * @description JSON by default (no `Accept`, or `*\/*` alone). When `Accept` (or `?accept=`) prefers an audio or video type over JSON, the first matching media item's bytes are served as `GET /v1/recordings/{id}/media/{media_id}` serves them (ranges, conditionals; 409 while the recording is in progress); 406 when nothing matches. `Vary: Accept`.
         *
         *     Guide: [media and content negotiation](docs/api.md#media).
         */
        head: operations["getRecordingHead"];
        /**
         * Update a recording
         * @description Changes the given fields; `metadata` is merged (RFC 7396: a null value removes a key), and the merged metadata must stay within 8 KiB. Status only moves forward (`starting` → `active` → `ending` → `complete` | `failed` | `aborted`, skipping ahead allowed); anything else is 409 `INVALID_STATUS_TRANSITION`, and the same status again is no change. A restricted credential cannot move a recording out of its room (or to another user): 422. A key or token without `recordings:read` gets 204 and no body: changing a recording does not let it read it.
         *
         *     Guide: [status transitions and metadata](docs/api.md#recordings).
         */
        patch: operations["updateRecording"];
        trace?: never;
    };
    "/v1/recordings/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the primary media (the first audio or video item)
         * @description HTTP semantics of RFC 9110: one byte range (206; unsatisfiable → 416 with `bytes *\/size`; malformed, another unit, or several → 200 with everything), `If-None-Match`/`If-Modified-Since` (304), `If-Match`/`If-Unmodified-Since` (412), `If-Range`. HEAD answers like GET without a body and ignores ranges. Every response has `X-Content-Type-Options: nosniff`. 409 while the recording is in progress.
         *
         *     Guide: [ranges and conditionals](docs/api.md#media).
         */
        get: operations["getPrimaryMedia"];
        put?: never;
        /**
         * Upload one media file
         * @description The raw body, with its `Content-Type` (stored and served as it is) and `Content-Length` (required: 411 without it; at most `MAX_UPLOAD_BYTES`), streamed to storage and hashed on the way. An optional `Content-Digest: sha-256=:<base64>:` is verified; on a mismatch nothing is stored (400 `DIGEST_MISMATCH`). Media can be uploaded while the recording is in progress. `Location` is the new media item's URL. `Content-Length` is checked against the account's byte quota before any byte is stored (403 `QUOTA_EXCEEDED`).
         *
         *     Guide: [uploads](docs/uploads.md#one-request).
         */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        /**
         * Get the primary media (the first audio or video item) (headers only)
         * @description HTTP semantics of RFC 9110: one byte range (206; unsatisfiable → 416 with `bytes *\/size`; malformed, another unit, or several → 200 with everything), `If-None-Match`/`If-Modified-Since` (304), `If-Match`/`If-Unmodified-Since` (412), `If-Range`. HEAD answers like GET without a body and ignores ranges. Every response has `X-Content-Type-Options: nosniff`. 409 while the recording is in progress.
         *
         *     Guide: [ranges and conditionals](docs/api.md#media).
         */
        head: operations["getPrimaryMediaHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}/media/{media_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one media item
         * @description HTTP semantics of RFC 9110: one byte range (206; unsatisfiable → 416 with `bytes *\/size`; malformed, another unit, or several → 200 with everything), `If-None-Match`/`If-Modified-Since` (304), `If-Match`/`If-Unmodified-Since` (412), `If-Range`. HEAD answers like GET without a body and ignores ranges. Every response has `X-Content-Type-Options: nosniff`. 409 while the recording is in progress.
         *
         *     Guide: [ranges and conditionals](docs/api.md#media).
         */
        get: operations["getMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Get one media item (headers only)
         * @description HTTP semantics of RFC 9110: one byte range (206; unsatisfiable → 416 with `bytes *\/size`; malformed, another unit, or several → 200 with everything), `If-None-Match`/`If-Modified-Since` (304), `If-Match`/`If-Unmodified-Since` (412), `If-Range`. HEAD answers like GET without a body and ignores ranges. Every response has `X-Content-Type-Options: nosniff`. 409 while the recording is in progress.
         *
         *     Guide: [ranges and conditionals](docs/api.md#media).
         */
        head: operations["getMediaHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}/download-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an expiring link to one media item
         * @description A signed link that grants GET and HEAD of exactly this media item (ranges and conditionals included) to anyone who has it, from any origin, until it expires. The body may be empty.
         *
         *     Guide: [download links](docs/sharing.md#a-download-link).
         */
        post: operations["createDownloadUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}/url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Make an expiring share page for people without API access
         * @description A signed link to an HTML page with a player for the primary media (seeking works), the recording's basic facts and a download button; it needs no credentials and works until it expires.
         *
         *     Guide: [share pages](docs/sharing.md#a-share-page).
         */
        get: operations["createShareUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Make an expiring share page for people without API access (headers only)
         * @description A signed link to an HTML page with a player for the primary media (seeking works), the recording's basic facts and a download button; it needs no credentials and works until it expires.
         *
         *     Guide: [share pages](docs/sharing.md#a-share-page).
         */
        head: operations["createShareUrlHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/signed/media/{recording_id}/{media_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One media item through a signed link
         * @description Made by `POST /v1/recordings/{id}/download-url`; served exactly as the media routes serve it (ranges, conditionals, HEAD), to any origin (CORS, preflight answered), cacheable privately until the link expires.
         *
         *     Guide: [signed links](docs/sharing.md#what-a-link-is).
         */
        get: operations["getSignedMedia"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight (any origin; GET and HEAD)
         * @description Answered for any origin, with no credentials: the signature in the link is the credential.
         */
        options: operations["getSignedMediaPreflight"];
        /**
         * One media item through a signed link (headers only)
         * @description Made by `POST /v1/recordings/{id}/download-url`; served exactly as the media routes serve it (ranges, conditionals, HEAD), to any origin (CORS, preflight answered), cacheable privately until the link expires.
         *
         *     Guide: [signed links](docs/sharing.md#what-a-link-is).
         */
        head: operations["getSignedMediaHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/signed/share/{recording_id}/{media_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A share page through a signed link
         * @description Made by `GET /v1/recordings/{id}/url`: HTML with a native player, the recording's facts and a download button, under a strict Content-Security-Policy. Browsers that ask for HTML get refusals as readable pages too.
         *
         *     Guide: [share pages](docs/sharing.md#a-share-page).
         */
        get: operations["getSharePage"];
        put?: never;
        post?: never;
        delete?: never;
        /**
         * CORS preflight (any origin; GET and HEAD)
         * @description Answered for any origin, with no credentials: the signature in the link is the credential.
         */
        options: operations["getSharePagePreflight"];
        /**
         * A share page through a signed link (headers only)
         * @description Made by `GET /v1/recordings/{id}/url`: HTML with a native player, the recording's facts and a download button, under a strict Content-Security-Policy. Browsers that ask for HTML get refusals as readable pages too.
         *
         *     Guide: [share pages](docs/sharing.md#a-share-page).
         */
        head: operations["getSharePageHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/bulk-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete up to 100 recordings
         * @description Deletes each recording as `DELETE /v1/recordings/{id}` would, all in one transaction. 204 when every one was deleted; otherwise 200 with the ids deleted and, for every other id as sent (malformed, repeated, not found, in progress, under legal hold, already in the trash), its error code and message.
         *
         *     Guide: [bulk delete](docs/lifecycle.md#bulk-delete).
         */
        post: operations["bulkDeleteRecordings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/bulk-restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore up to 100 recordings from the trash
         * @description Takes each recording out of the trash as `POST /v1/recordings/{id}/restore` would, all in one transaction; one that is not in the trash counts as restored. 204 when every one is out of the trash; otherwise 200 with the ids restored and, for every other id as sent (malformed, repeated, missing, purged, another account's or outside the caller's restriction: `RECORDING_NOT_FOUND`), its error code and message, in request order.
         *
         *     Guide: [bulk restore](docs/access.md#bulk-restore).
         */
        post: operations["bulkRestoreRecordings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a recording from the trash
         * @description Takes the recording out of the trash, with its media and its unexpired signed links. A recording that is not in the trash is returned as it is. A key or token without `recordings:read` gets 204 and no body: restoring does not let it read what it could not read before.
         *
         *     Guide: [trash, restore and purge](docs/lifecycle.md#trash-and-restore).
         */
        post: operations["restoreRecording"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a resumable upload (tus creation, creation-with-upload)
         * @description Headers: `Tus-Resumable: 1.0.0`, `Upload-Length`, `Upload-Metadata` (base64 values: `filename`, `filetype` or `content_type`, optional `kind`). A body with `Content-Type: application/offset+octet-stream` is the first chunk. Every PATCH but the last must carry the same number of bytes, at least 5242880 (5 MiB), and the last no more (each PATCH is one R2 multipart part; at most 10,000). A PATCH cut off part-way stores nothing: ask HEAD for the offset and send that chunk again. The whole `Upload-Length` counts against the account's byte quota from creation until the upload finishes or expires (403 `QUOTA_EXCEEDED` when it would pass it).
         *
         *     Guide: [resumable uploads](docs/uploads.md#resumable-uploads-tus-100).
         */
        post: operations["createUpload"];
        delete?: never;
        /**
         * What the tus server supports (no credentials needed)
         * @description tus 1.0.0 discovery: `Tus-Version`, `Tus-Extension`, `Tus-Max-Size`. Every PATCH but the last must carry the same number of bytes, at least 5242880 (5 MiB), and the last no more (each PATCH is one R2 multipart part; at most 10,000). A PATCH cut off part-way stores nothing: ask HEAD for the offset and send that chunk again.
         *
         *     Guide: [resumable uploads](docs/uploads.md#resumable-uploads-tus-100).
         */
        options: operations["describeUploads"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}/uploads/{upload_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where an upload stands (tus HEAD; GET answers the same)
         * @description `Upload-Offset` is where the next PATCH must start; an unfinished upload says when it expires, a finished one names its media item in `Upload-Media-Id`. An expired upload is 410, an unknown or terminated one 404.
         *
         *     Guide: [resumable uploads](docs/uploads.md#resumable-uploads-tus-100).
         */
        get: operations["getUpload"];
        put?: never;
        post?: never;
        /**
         * Terminate an upload and discard its parts (tus termination)
         * @description Aborts the upload's R2 multipart upload; the upload is then unknown (404). A finished upload is 409 `UPLOAD_FINISHED`.
         *
         *     Guide: [resumable uploads](docs/uploads.md#resumable-uploads-tus-100).
         */
        delete: operations["terminateUpload"];
        options?: never;
        /**
         * Where an upload stands (tus HEAD; GET answers the same) (headers only)
         * @description `Upload-Offset` is where the next PATCH must start; an unfinished upload says when it expires, a finished one names its media item in `Upload-Media-Id`. An expired upload is 410, an unknown or terminated one 404.
         *
         *     Guide: [resumable uploads](docs/uploads.md#resumable-uploads-tus-100).
         */
        head: operations["getUploadHead"];
        /**
         * Append one chunk at `Upload-Offset` (tus PATCH)
         * @description `Content-Type: application/offset+octet-stream`, `Upload-Offset` = the current offset. Every PATCH but the last must carry the same number of bytes, at least 5242880 (5 MiB), and the last no more (each PATCH is one R2 multipart part; at most 10,000). A PATCH cut off part-way stores nothing: ask HEAD for the offset and send that chunk again.
         *
         *     Guide: [resumable uploads](docs/uploads.md#resumable-uploads-tus-100).
         */
        patch: operations["patchUpload"];
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The key's account: settings, usage, quota, legal hold
         * @description Usage is exact (kept in the same transactions as the rows it counts) and counts the trash, which still occupies storage. Any credential of the account may read it, but one restricted to a room or a user (403 `FORBIDDEN`).
         *
         *     Guide: [the account and its usage](docs/account.md#the-account-and-its-usage).
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * The key's account: settings, usage, quota, legal hold (headers only)
         * @description Usage is exact (kept in the same transactions as the rows it counts) and counts the trash, which still occupies storage. Any credential of the account may read it, but one restricted to a room or a user (403 `FORBIDDEN`).
         *
         *     Guide: [the account and its usage](docs/account.md#the-account-and-its-usage).
         */
        head: operations["getAccountHead"];
        /**
         * Change the account's retention settings
         * @description `retention_days` (1–36500, or null: keep forever): the scheduled job moves every recording whose `ended_at` (else `created_at`) is older to the trash (`deleted_by: "retention"`), never one in progress or under legal hold. `trash_retention_days` (1–365): how long the trash keeps a recording before the purge. The answer says how many recordings the job will move under the new settings (`affected_recordings`), before it runs.
         *
         *     Guide: [retention](docs/account.md#retention).
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/v1/account/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daily usage
         * @description One row per UTC day from `from` to `to` (at most 366 days; not before the account existed, not after today): `bytes_stored` and `recordings` at the day's end (today: now), and what was uploaded, created and purged that day.
         *
         *     Guide: [daily usage](docs/account.md#the-account-and-its-usage).
         */
        get: operations["getAccountUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * Daily usage (headers only)
         * @description One row per UTC day from `from` to `to` (at most 366 days; not before the account existed, not after today): `bytes_stored` and `recordings` at the day's end (today: now), and what was uploaded, created and purged that day.
         *
         *     Guide: [daily usage](docs/account.md#the-account-and-its-usage).
         */
        head: operations["getAccountUsageHead"];
        patch?: never;
        trace?: never;
    };
    "/v1/account/legal-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Hold every recording of the account
         * @description While it stands, no recording of the account is deleted or purged, by anyone or any job (409 `LEGAL_HOLD`); recordings in the trash stay there, and can be restored. Placing it again replaces the reason.
         *
         *     Guide: [legal holds](docs/account.md#legal-holds).
         */
        put: operations["placeAccountLegalHold"];
        post?: never;
        /**
         * Release the account's legal hold
         * @description Recordings with a hold of their own stay held.
         *
         *     Guide: [legal holds](docs/account.md#legal-holds).
         */
        delete: operations["releaseAccountLegalHold"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recordings/{id}/legal-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Hold a recording
         * @description While it stands, the recording is not deleted or purged by any path (single, bulk, permanent, retention, trash purge: 409 `LEGAL_HOLD`, or skipped). It shows as `legal_hold` on the recording. A recording in the trash can be held (it stays there, and can be restored). Placing it again replaces the reason.
         *
         *     Guide: [legal holds](docs/account.md#legal-holds).
         */
        put: operations["placeRecordingLegalHold"];
        post?: never;
        /**
         * Release a recording's legal hold
         * @description A hold on the whole account still holds it.
         *
         *     Guide: [legal holds](docs/account.md#legal-holds).
         */
        delete: operations["releaseRecordingLegalHold"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this service is and where its reference lives
         * @description A pointer to the reference, so that the bare base URL is not a dead end. Needs no credentials.
         */
        get: operations["getIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * What this service is and where its reference lives (headers only)
         * @description A pointer to the reference, so that the bare base URL is not a dead end. Needs no credentials.
         */
        head: operations["getIndexHead"];
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI 3.1 document
         * @description Generated from the code that serves the API. Needs no credentials.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * This OpenAPI 3.1 document (headers only)
         * @description Generated from the code that serves the API. Needs no credentials.
         */
        head: operations["getOpenApiDocumentHead"];
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A browsable reference of this document (Swagger UI)
         * @description An HTML page that renders `/openapi.json` with Swagger UI, served from this Worker's static assets (`/docs/vendor/…`): it works offline, under a `Content-Security-Policy` that allows this origin only. Needs no credentials.
         */
        get: operations["getReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        /**
         * A browsable reference of this document (Swagger UI) (headers only)
         * @description An HTML page that renders `/openapi.json` with Swagger UI, served from this Worker's static assets (`/docs/vendor/…`): it works offline, under a `Content-Security-Policy` that allows this origin only. Needs no credentials.
         */
        head: operations["getReferenceHead"];
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The one error body of every error response */
        Error: {
            /** @enum {string} */
            status: "error";
            error_code: components["schemas"]["ErrorCode"];
            /**
             * @description For people; may change
             * @example Recording 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10 not found
             */
            message: string;
            /** @description The same as the `X-Request-Id` response header */
            request_id: string;
            /** @description Only on `VALIDATION_ERROR` (one entry per problem) and `QUOTA_EXCEEDED` (the quota passed, with usage and limit) */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /**
         * @description Stable, machine-readable; each operation lists those it can answer
         * @enum {string}
         */
        ErrorCode: "BAD_REQUEST" | "MALFORMED_JSON" | "DIGEST_MISMATCH" | "BULK_DOWNLOAD_LIMIT_EXCEEDED" | "INVALID_TUS_HEADER" | "INVALID_CHUNK_SIZE" | "BODY_LENGTH_MISMATCH" | "UNAUTHORIZED" | "TOKEN_EXPIRED" | "FORBIDDEN" | "QUOTA_EXCEEDED" | "SIGNATURE_INVALID" | "URL_EXPIRED" | "NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "KEY_NOT_FOUND" | "RECORDING_NOT_FOUND" | "MEDIA_NOT_FOUND" | "NO_RECORDINGS_FOUND" | "LEGAL_HOLD_NOT_FOUND" | "UPLOAD_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "NOT_ACCEPTABLE" | "RECORDING_IN_PROGRESS" | "INVALID_STATUS_TRANSITION" | "LEGAL_HOLD" | "RECORDING_CHANGED" | "UPLOAD_OFFSET_MISMATCH" | "UPLOAD_PARTS_EXHAUSTED" | "UPLOAD_FINISHED" | "UPLOAD_EXPIRED" | "LENGTH_REQUIRED" | "PRECONDITION_FAILED" | "TUS_VERSION_UNSUPPORTED" | "PAYLOAD_TOO_LARGE" | "BULK_DOWNLOAD_TOO_LARGE" | "UPLOAD_LENGTH_EXCEEDED" | "UNSUPPORTED_MEDIA_TYPE" | "RANGE_NOT_SATISFIABLE" | "VALIDATION_ERROR" | "INVALID_CURSOR" | "DUPLICATE_ID" | "INTERNAL_SERVER_ERROR";
        ErrorDetail: {
            /**
             * @description Where: `body`, `query`, `path` or `header`, then the field path
             * @example [
             *       "body",
             *       "recording_ids",
             *       3
             *     ]
             */
            loc: (string | number)[];
            /**
             * @description What is wrong, for people
             * @example Invalid UUID
             */
            msg: string;
            /**
             * @description The kind of problem (zod's issue code, or `quota_exceeded`)
             * @example invalid_format
             */
            type: string;
            /** @description `QUOTA_EXCEEDED` only: what the account uses (bytes stored and reserved, or recordings) */
            usage?: number;
            /** @description `QUOTA_EXCEEDED` only: the quota */
            limit?: number;
            /** @description `QUOTA_EXCEEDED` only: what the request would add */
            requested?: number;
        };
        Account: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            created_at: string;
        };
        CreateAccount: {
            /**
             * @description For people: 1–200 characters, no control characters
             * @example Acme
             */
            name: string;
        };
        AccountDetails: {
            /** Format: uuid */
            id: string;
            name: string;
            settings: components["schemas"]["AccountSettings"];
            usage: components["schemas"]["Usage"];
            quota: components["schemas"]["Quota"];
            /** @description A hold on every recording of the account */
            legal_hold: components["schemas"]["LegalHold"] | null;
        };
        AccountSettings: {
            /** @description null: recordings are kept until deleted */
            retention_days: number | null;
            /** @description Days in the trash before the purge */
            trash_retention_days: number;
        };
        /** @description Exact: kept in the same transactions as the rows it counts */
        Usage: {
            /** @description Recordings stored, the trash included */
            recordings: number;
            recordings_in_trash: number;
            media_items: number;
            /** @description Bytes of every media item, the trash included */
            bytes_stored: number;
        };
        Quota: {
            /** @description null: no limit */
            max_bytes_stored: number | null;
            /** @description null: no limit; counts the trash */
            max_recordings: number | null;
        };
        /** @description While it stands, nothing deletes or purges what it holds */
        LegalHold: {
            /** @example Litigation 2026-114 */
            reason: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            placed_at: string;
            /** @description The id of the API key that placed it */
            placed_by: string;
        };
        UpdateQuota: {
            /**
             * @description Bytes, or null: no limit
             * @example 10000000000
             */
            max_bytes_stored?: number | null;
            /**
             * @description Recordings (the trash counts), or null: no limit
             * @example 10000
             */
            max_recordings?: number | null;
        };
        CreatedKey: {
            /** Format: uuid */
            id: string;
            /** @description The secret key. Shown once; only its hash is stored. */
            key: string;
            scopes: components["schemas"]["Scope"][];
            /** @description The key's restriction; null: the whole account */
            restrict: {
                /**
                 * @description Only the recordings whose `room_id` is this
                 * @example room-42
                 */
                room_id: string;
            } | {
                /**
                 * @description Only the recordings whose `user_id` is this
                 * @example agent-7
                 */
                user_id: string;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            created_at: string;
        };
        /**
         * @description What an API key may do: read, write or delete recordings, change the account's settings, place and release legal holds
         * @enum {string}
         */
        Scope: "recordings:read" | "recordings:write" | "recordings:delete" | "account:manage" | "legal_holds:manage";
        CreateKey: {
            /**
             * @description What the key is for (1–200 characters)
             * @example ci
             */
            name: string;
            scopes: components["schemas"]["Scope"][];
            restrict?: components["schemas"]["Restriction"];
        };
        /** @description Limits a key or an access token to the recordings of one room, or of one user: it sees and acts on no others (they answer 404, as missing ones do), and the recordings it creates get that room (or user). */
        Restriction: {
            /**
             * @description Only the recordings whose `room_id` is this
             * @example room-42
             */
            room_id: string;
        } | {
            /**
             * @description Only the recordings whose `user_id` is this
             * @example agent-7
             */
            user_id: string;
        };
        AccessToken: {
            /** @description Use as `Authorization: Bearer <token>` (never as a Basic password). Starts with `rat_`; not stored by the service. */
            token: string;
            scopes: components["schemas"]["Scope"][];
            /** @description The token's restriction; null: the whole account */
            restrict: {
                /**
                 * @description Only the recordings whose `room_id` is this
                 * @example room-42
                 */
                room_id: string;
            } | {
                /**
                 * @description Only the recordings whose `user_id` is this
                 * @example agent-7
                 */
                user_id: string;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            expires_at: string;
        };
        CreateAccessToken: {
            /** @description What the token may do: some or all of the caller's scopes */
            scopes: components["schemas"]["Scope"][];
            restrict?: components["schemas"]["Restriction"] & unknown;
            /**
             * @description Seconds until the token expires (60–86400, default 3600). A token minted with a token never outlives it: asking for longer is a 422, and the default stops at its expiry.
             * @example 3600
             */
            expires_in?: number;
        };
        /**
         * @description Exactly one of `recording_ids` or `call_ids`, 1–50 UUIDs; duplicates count once
         * @example {
         *       "recording_ids": [
         *         "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10"
         *       ]
         *     }
         */
        BulkDownload: {
            /** @description 1–50 recording ids */
            recording_ids?: string[];
            /** @description 1–50 call ids: every recording of each call */
            call_ids?: string[];
        };
        BulkDownloadLink: {
            /** Format: uri */
            download_url: string;
            /**
             * Format: date-time
             * @description When the link stops working
             * @example 2026-11-22T10:15:00.000Z
             */
            expires_at: string;
        };
        BulkDownloadUrl: {
            /** @description 1–50 recording ids */
            recording_ids?: string[];
            /** @description 1–50 call ids: every recording of each call */
            call_ids?: string[];
            /**
             * @description Seconds until the link expires (60–604800, default 3600)
             * @default 3600
             * @example 3600
             */
            expires_in?: number;
        };
        Recording: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The owning account (tenant)
             */
            account_id: string;
            /** Format: uuid */
            call_id: string | null;
            /** @example room-42 */
            room_id: string | null;
            /** @example agent-7 */
            user_id: string | null;
            source: components["schemas"]["Source"];
            status: components["schemas"]["Status"];
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            ended_at: string | null;
            /** @example 754.2 */
            duration_seconds: number | null;
            channels: (1 | 2) | null;
            track: components["schemas"]["Track"] | null;
            /**
             * @description Free-form JSON object, at most 8 KiB
             * @example {
             *       "queue": "support",
             *       "rating": 5
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
            /** @description Media items in upload order */
            media: components["schemas"]["Media"][];
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            updated_at: string;
            /**
             * Format: date-time
             * @description When it went to the trash; null when it is not there
             * @example 2026-11-22T10:15:00.000Z
             */
            deleted_at: string | null;
            /** @description The id of the API key that deleted it, or `retention` (the account's retention_days) */
            deleted_by: string | null;
            /** @description The recording's legal hold, or else the account's; null when neither */
            legal_hold: components["schemas"]["LegalHold"] | null;
        };
        /**
         * @description Where the call came from
         * @enum {string}
         */
        Source: "pstn" | "sip" | "webrtc" | "other";
        /**
         * @description `starting`, `active` and `ending` are in progress; `complete`, `failed` and `aborted` are final. A status only moves forward.
         * @enum {string}
         */
        Status: "starting" | "active" | "ending" | "complete" | "failed" | "aborted";
        /**
         * @description Which side of the call the media holds
         * @enum {string}
         */
        Track: "inbound" | "outbound" | "both";
        Media: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["MediaKind"];
            /** @example call.wav */
            filename: string;
            /**
             * @description As uploaded; media is served with it
             * @example audio/wav
             */
            content_type: string;
            byte_size: number;
            /**
             * @description Hex SHA-256 of the bytes (the media's ETag, in quotes)
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
            /**
             * Format: date-time
             * @example 2026-11-22T10:15:00.000Z
             */
            created_at: string;
        };
        /**
         * @description What a media item holds
         * @enum {string}
         */
        MediaKind: "audio" | "video" | "image" | "transcript" | "other";
        CreateRecording: {
            /**
             * Format: uuid
             * @description The call this recording belongs to
             * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
             */
            call_id?: string | null;
            /**
             * @description The caller's room identifier
             * @example room-42
             */
            room_id?: string | null;
            /**
             * @description The caller's user identifier
             * @example agent-7
             */
            user_id?: string | null;
            /**
             * Format: date-time
             * @description When the recording ended (ISO 8601 with an offset); not before `started_at`
             * @example 2026-11-22T10:15:00.000Z
             */
            ended_at?: string | null;
            /**
             * @description Length in seconds
             * @example 754.2
             */
            duration_seconds?: number | null;
            channels?: (1 | 2) | null;
            track?: components["schemas"]["Track"] | null;
            status?: components["schemas"]["Status"];
            source?: components["schemas"]["Source"];
            /**
             * Format: date-time
             * @description When the recording started (ISO 8601 with an offset)
             * @example 2026-11-22T10:15:00.000Z
             */
            started_at?: string | null;
            /**
             * @description Free-form JSON object, at most 8 KiB
             * @example {
             *       "queue": "support",
             *       "rating": 5
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        RecordingPage: {
            /** @description Recordings, newest first; with `fields`, only those fields (and `id`) */
            data: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: uuid
                 * @description The owning account (tenant)
                 */
                account_id?: string;
                /** Format: uuid */
                call_id?: string | null;
                /** @example room-42 */
                room_id?: string | null;
                /** @example agent-7 */
                user_id?: string | null;
                source?: components["schemas"]["Source"];
                status?: components["schemas"]["Status"];
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                started_at?: string | null;
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                ended_at?: string | null;
                /** @example 754.2 */
                duration_seconds?: number | null;
                channels?: (1 | 2) | null;
                track?: components["schemas"]["Track"] | null;
                /**
                 * @description Free-form JSON object, at most 8 KiB
                 * @example {
                 *       "queue": "support",
                 *       "rating": 5
                 *     }
                 */
                metadata?: {
                    [key: string]: unknown;
                };
                /** @description Media items in upload order */
                media?: components["schemas"]["Media"][];
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                created_at?: string;
                /**
                 * Format: date-time
                 * @example 2026-11-22T10:15:00.000Z
                 */
                updated_at?: string;
                /**
                 * Format: date-time
                 * @description When it went to the trash; null when it is not there
                 * @example 2026-11-22T10:15:00.000Z
                 */
                deleted_at?: string | null;
                /** @description The id of the API key that deleted it, or `retention` (the account's retention_days) */
                deleted_by?: string | null;
                /** @description The recording's legal hold, or else the account's; null when neither */
                legal_hold?: components["schemas"]["LegalHold"] | null;
            }[];
            links: components["schemas"]["PageLinks"];
        };
        /** @description Full URLs that keep the filters and `limit` */
        PageLinks: {
            /**
             * Format: uri
             * @description This page
             */
            self: string;
            /**
             * Format: uri
             * @description The first page, with the same filters
             */
            first: string;
            /**
             * Format: uri
             * @description The next (older) page; only when there is one
             */
            next?: string;
            /**
             * Format: uri
             * @description The previous (newer) page; not on the first page
             */
            prev?: string;
        };
        UpdateRecording: {
            /**
             * Format: uuid
             * @description The call this recording belongs to
             * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
             */
            call_id?: string | null;
            /**
             * @description The caller's room identifier
             * @example room-42
             */
            room_id?: string | null;
            /**
             * @description The caller's user identifier
             * @example agent-7
             */
            user_id?: string | null;
            /**
             * Format: date-time
             * @description When the recording ended (ISO 8601 with an offset); not before `started_at`
             * @example 2026-11-22T10:15:00.000Z
             */
            ended_at?: string | null;
            /**
             * @description Length in seconds
             * @example 754.2
             */
            duration_seconds?: number | null;
            channels?: (1 | 2) | null;
            track?: components["schemas"]["Track"] | null;
            status?: components["schemas"]["Status"];
            /**
             * @description Merged into the stored metadata (RFC 7396: null removes a key)
             * @example {
             *       "queue": "support",
             *       "rating": 5
             *     }
             */
            metadata?: {
                [key: string]: unknown;
            };
        };
        DownloadUrl: {
            /**
             * Format: uri
             * @description GET/HEAD of the media item, no credentials needed, until expires_at
             */
            download_url: string;
            /**
             * Format: uuid
             * @description The media item the link opens
             */
            media_id: string;
            /**
             * @description Its stored content type
             * @example audio/wav
             */
            content_type: string;
            /** @description Its size in bytes */
            file_size_bytes: number;
            /**
             * Format: date-time
             * @description When the link stops working
             * @example 2026-11-22T10:15:00.000Z
             */
            expires_at: string;
        };
        DownloadUrlRequest: {
            /**
             * Format: uuid
             * @description Defaults to the primary media (first audio or video item)
             * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
             */
            media_id?: string;
            /**
             * @description Seconds until the link expires (60–604800, default 3600)
             * @default 3600
             * @example 3600
             */
            expires_in?: number;
            /**
             * @description How browsers treat the file; types that could run on the API's origin are always attachments
             * @default inline
             * @enum {string}
             */
            disposition?: "inline" | "attachment";
        };
        ShareUrl: {
            /**
             * Format: uri
             * @description An HTML page that plays the recording, no credentials needed, until expires_at
             */
            url: string;
            /**
             * Format: date-time
             * @description When the link stops working
             * @example 2026-11-22T10:15:00.000Z
             */
            expires_at: string;
        };
        BulkDeleteResult: {
            /** @description The ids deleted */
            deleted: string[];
            /** @description Every other id as sent, in request order, with why */
            failed: components["schemas"]["DeleteFailure"][];
        };
        DeleteFailure: {
            /** @description The id as it was sent */
            id: string;
            error_code: components["schemas"]["ErrorCode"];
            /**
             * @description For people
             * @example Recording 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10 is still in progress
             */
            message: string;
        };
        BulkDelete: {
            /** @description 1–100 recording ids; malformed, repeated, unknown or undeletable ones are reported per id */
            recording_ids: string[];
            /**
             * @description Purge now (also from the trash) instead of moving to the trash
             * @default false
             */
            permanent?: boolean;
        };
        BulkRestoreResult: {
            /** @description The ids out of the trash (or never in it) */
            restored: string[];
            /** @description Every other id as sent, in request order, with why */
            failed: components["schemas"]["DeleteFailure"][];
        };
        BulkRestore: {
            /** @description 1–100 recording ids; malformed, repeated or unknown ones are reported per id */
            recording_ids: string[];
        };
        UploadCreated: {
            /**
             * Format: uuid
             * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
             */
            id: string;
            upload_offset: number;
            upload_length: number;
            /** Format: date-time */
            expires_at: string;
            /** @description The media item, when the upload finished at once */
            media_id: string | null;
        };
        UpdatedAccount: components["schemas"]["AccountDetails"] & {
            /** @description How many recordings the retention job will move to the trash under these settings (none held or in progress) */
            affected_recordings: number;
        };
        UpdateAccount: {
            /**
             * @description 1–36500 whole days, or null: keep forever
             * @example 365
             */
            retention_days?: number | null;
            /**
             * @description 1–365 whole days
             * @example 30
             */
            trash_retention_days?: number;
        };
        UsageReport: {
            /** @description One row per UTC day, oldest first, from the account's creation on */
            data: components["schemas"]["UsageDay"][];
        };
        UsageDay: {
            /**
             * Format: date
             * @example 2026-12-01
             */
            date: string;
            /** @description At the day's end (now, for today) */
            bytes_stored: number;
            /** @description At the day's end (now, for today), the trash included */
            recordings: number;
            bytes_uploaded: number;
            recordings_created: number;
            recordings_purged: number;
        };
        PlaceLegalHold: {
            /**
             * @description Why it is held (1–1000 characters)
             * @example Litigation 2026-114
             */
            reason: string;
        };
        ServiceIndex: {
            /** @example Recordings API */
            name: string;
            /** @example 1.0.0 */
            version: string;
            /**
             * @description The browsable reference
             * @example /docs
             */
            docs: string;
            /**
             * @description The OpenAPI document
             * @example /openapi.json
             */
            openapi: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The account's name */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccount"];
            };
        };
        responses: {
            /** @description The account */
            201: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /** @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes). */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    updateAccountQuota: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id (a UUID) */
                account_id: string;
            };
            cookie?: never;
        };
        /** @description The quotas to change; absent ones stay as they are */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuota"];
            };
        };
        responses: {
            /** @description The account with its quotas */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDetails"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /** @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes). */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED";
                    };
                };
            };
            /** @description `ACCOUNT_NOT_FOUND`: No account has this id. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "ACCOUNT_NOT_FOUND";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account's id (a UUID) */
                account_id: string;
            };
            cookie?: never;
        };
        /** @description The key's name, scopes and optional restriction */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKey"];
            };
        };
        responses: {
            /** @description The key, shown once */
            201: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedKey"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /** @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes). */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED";
                    };
                };
            };
            /** @description `ACCOUNT_NOT_FOUND`: No account has this id. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "ACCOUNT_NOT_FOUND";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key's id (not the key itself) */
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes). */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED";
                    };
                };
            };
            /** @description `KEY_NOT_FOUND`: No live API key has this id. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "KEY_NOT_FOUND";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    createAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The token's scopes, restriction and lifetime */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessToken"];
            };
        };
        responses: {
            /** @description The token (not stored: keep it; `Cache-Control: no-store`) */
            201: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    bulkDownload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Which recordings */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDownload"];
            };
        };
        responses: {
            /** @description The ZIP (`application/zip`, `attachment; filename="recordings.zip"`), streamed from storage with an exact `Content-Length`: `manifest.json`, then each recording's media (stored, not recompressed) in a folder named by the recording id; ZIP64 records where a size or offset passes 4 GiB */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             *     `BULK_DOWNLOAD_LIMIT_EXCEEDED`: More than 50 ids as sent (duplicates counted); checked before anything else.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH" | "BULK_DOWNLOAD_LIMIT_EXCEEDED";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `NO_RECORDINGS_FOUND`: None of the requested ids has media that can be downloaded now. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "NO_RECORDINGS_FOUND";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    bulkDownloadByQuery: {
        parameters: {
            query?: {
                /** @description Comma-separated, 1–50 recording ids */
                recording_ids?: string;
                /** @description Comma-separated, 1–50 call ids */
                call_ids?: string;
            };
            header?: {
                /** @description One byte range of the archive, as for media. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole archive). */
                Range?: string;
                /** @description The archive's strong `ETag`: the `Range` is honoured only while the archive would still be the same bytes, else 200 with the whole new archive. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP (`application/zip`, `attachment; filename="recordings.zip"`), streamed from storage with an exact `Content-Length`: `manifest.json`, then each recording's media (stored, not recompressed) in a folder named by the recording id; ZIP64 records where a size or offset passes 4 GiB */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /** @description One byte range of the same archive (`Content-Range: bytes first-last/size`), byte for byte that slice of the 200 */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /** @description Not modified: `If-None-Match` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `BULK_DOWNLOAD_LIMIT_EXCEEDED`: More than 50 ids as sent (duplicates counted); checked before anything else. */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "BULK_DOWNLOAD_LIMIT_EXCEEDED";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `NO_RECORDINGS_FOUND`: None of the requested ids has media that can be downloaded now. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "NO_RECORDINGS_FOUND";
                    };
                };
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RANGE_NOT_SATISFIABLE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    bulkDownloadByQueryHead: {
        parameters: {
            query?: {
                /** @description Comma-separated, 1–50 recording ids */
                recording_ids?: string;
                /** @description Comma-separated, 1–50 call ids */
                call_ids?: string;
            };
            header?: {
                /** @description One byte range of the archive, as for media. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole archive). */
                Range?: string;
                /** @description The archive's strong `ETag`: the `Range` is honoured only while the archive would still be the same bytes, else 200 with the whole new archive. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP (`application/zip`, `attachment; filename="recordings.zip"`), streamed from storage with an exact `Content-Length`: `manifest.json`, then each recording's media (stored, not recompressed) in a folder named by the recording id; ZIP64 records where a size or offset passes 4 GiB */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One byte range of the same archive (`Content-Range: bytes first-last/size`), byte for byte that slice of the 200 */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `BULK_DOWNLOAD_LIMIT_EXCEEDED`: More than 50 ids as sent (duplicates counted); checked before anything else. */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `NO_RECORDINGS_FOUND`: None of the requested ids has media that can be downloaded now. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bulkDownloadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Which recordings, and for how long */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDownloadUrl"];
            };
        };
        responses: {
            /** @description The signed link */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDownloadLink"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             *     `BULK_DOWNLOAD_LIMIT_EXCEEDED`: More than 50 ids as sent (duplicates counted); checked before anything else.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH" | "BULK_DOWNLOAD_LIMIT_EXCEEDED";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `NO_RECORDINGS_FOUND`: None of the requested ids has media that can be downloaded now. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "NO_RECORDINGS_FOUND";
                    };
                };
            };
            /**
             * @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`).
             *     `BULK_DOWNLOAD_TOO_LARGE`: A signed ZIP link by `call_ids` would be too long (the calls hold too many recordings): ask by `recording_ids`, a few calls at a time.
             */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE" | "BULK_DOWNLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getSignedZip: {
        parameters: {
            query: {
                /** @description The account whose recordings the link zips */
                account: string;
                /** @description Comma-separated recording ids, as signed */
                recording_ids?: string;
                /** @description Comma-separated call ids, as signed */
                call_ids?: string;
                /** @description With `call_ids`: the comma-separated recording ids the calls had when the link was made; recordings added since are not zipped */
                pinned?: string;
                /** @description The room the link's maker was restricted to, as signed */
                room?: string;
                /** @description The user the link's maker was restricted to, as signed */
                user?: string;
                /** @description Unix time (seconds) when the link expires */
                expires: string;
                /** @description Id of the key from SIGNING_KEYS that signed it */
                kid: string;
                /** @description HMAC-SHA256 over everything the link grants, base64url */
                sig: string;
            };
            header?: {
                /** @description One byte range of the archive, as for media. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole archive). */
                Range?: string;
                /** @description The archive's strong `ETag`: the `Range` is honoured only while the archive would still be the same bytes, else 200 with the whole new archive. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP (`application/zip`, `attachment; filename="recordings.zip"`), streamed from storage with an exact `Content-Length`: `manifest.json`, then each recording's media (stored, not recompressed) in a folder named by the recording id; ZIP64 records where a size or offset passes 4 GiB */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /** @description One byte range of the same archive (`Content-Range: bytes first-last/size`), byte for byte that slice of the 200 */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": Blob;
                };
            };
            /** @description Not modified: `If-None-Match` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `SIGNATURE_INVALID`: The signed link was changed, or its key is no longer configured.
             *     `URL_EXPIRED`: The signed link has expired; ask for a new one.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "SIGNATURE_INVALID" | "URL_EXPIRED";
                    };
                    "text/html": string;
                };
            };
            /** @description `NO_RECORDINGS_FOUND`: None of the requested ids has media that can be downloaded now. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "NO_RECORDINGS_FOUND";
                    };
                    "text/html": string;
                };
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PRECONDITION_FAILED";
                    };
                    "text/html": string;
                };
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RANGE_NOT_SATISFIABLE";
                    };
                    "text/html": string;
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                    "text/html": string;
                };
            };
        };
    };
    getSignedZipPreflight: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Allowed */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Preflight: the methods a signed link allows
                     * @example GET, HEAD
                     */
                    "Access-Control-Allow-Methods": string;
                    /**
                     * @description Preflight: the request headers a signed link allows
                     * @example Range, If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since, If-Range
                     */
                    "Access-Control-Allow-Headers": string;
                    /**
                     * @description Preflight: how long a browser may keep this answer (seconds)
                     * @example 86400
                     */
                    "Access-Control-Max-Age": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                    "text/html": string;
                };
            };
        };
    };
    getSignedZipHead: {
        parameters: {
            query: {
                /** @description The account whose recordings the link zips */
                account: string;
                /** @description Comma-separated recording ids, as signed */
                recording_ids?: string;
                /** @description Comma-separated call ids, as signed */
                call_ids?: string;
                /** @description With `call_ids`: the comma-separated recording ids the calls had when the link was made; recordings added since are not zipped */
                pinned?: string;
                /** @description The room the link's maker was restricted to, as signed */
                room?: string;
                /** @description The user the link's maker was restricted to, as signed */
                user?: string;
                /** @description Unix time (seconds) when the link expires */
                expires: string;
                /** @description Id of the key from SIGNING_KEYS that signed it */
                kid: string;
                /** @description HMAC-SHA256 over everything the link grants, base64url */
                sig: string;
            };
            header?: {
                /** @description One byte range of the archive, as for media. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole archive). */
                Range?: string;
                /** @description The archive's strong `ETag`: the `Range` is honoured only while the archive would still be the same bytes, else 200 with the whole new archive. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP (`application/zip`, `attachment; filename="recordings.zip"`), streamed from storage with an exact `Content-Length`: `manifest.json`, then each recording's media (stored, not recompressed) in a folder named by the recording id; ZIP64 records where a size or offset passes 4 GiB */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One byte range of the same archive (`Content-Range: bytes first-last/size`), byte for byte that slice of the 200 */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Strong entity tag over everything that shapes the archive's bytes (ids, media, names, order, metadata, format)
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `SIGNATURE_INVALID`: The signed link was changed, or its key is no longer configured.
             *     `URL_EXPIRED`: The signed link has expired; ask for a new one.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `NO_RECORDINGS_FOUND`: None of the requested ids has media that can be downloaded now. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listRecordings: {
        parameters: {
            query?: {
                /** @description Only recordings of this call */
                call_id?: string;
                /** @description Only recordings with this room id */
                room_id?: string;
                /** @description Only recordings with this user id */
                user_id?: string;
                /** @description Only recordings with this status */
                status?: components["schemas"]["Status"] & unknown;
                /** @description Only recordings from this source */
                source?: components["schemas"]["Source"] & unknown;
                /** @description Inclusive lower bound on `created_at` (ISO 8601 with an offset; encode `+` as `%2B`) */
                created_after?: string;
                /** @description Exclusive upper bound on `created_at` (ISO 8601) */
                created_before?: string;
                /** @description Recordings in the trash: left out (default), included, or only those */
                deleted?: "exclude" | "include" | "only";
                /** @description Comma-separated top-level fields to return (`id` always is; `media` included); an unknown field is a 422 */
                fields?: string;
                /** @description Recordings per page */
                limit?: number;
                /** @description Opaque; from `links.next` or `links.prev`, valid only with the filters it was made with */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recordings */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordingPage"];
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where).
             *     `INVALID_CURSOR`: The cursor is malformed, altered, or made with other filters.
             */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    createRecording: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The recording's fields (an empty body is `{}`) */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateRecording"];
            };
        };
        responses: {
            /** @description The recording */
            201: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description The URL of what was created
                     * @example /v1/recordings/6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
                     */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /**
             * @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has).
             *     `QUOTA_EXCEEDED`: The upload or create would pass the account's quota (`details`: usage, limit, requested); nothing was stored.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN" | "QUOTA_EXCEEDED";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    listRecordingsHead: {
        parameters: {
            query?: {
                /** @description Only recordings of this call */
                call_id?: string;
                /** @description Only recordings with this room id */
                room_id?: string;
                /** @description Only recordings with this user id */
                user_id?: string;
                /** @description Only recordings with this status */
                status?: components["schemas"]["Status"] & unknown;
                /** @description Only recordings from this source */
                source?: components["schemas"]["Source"] & unknown;
                /** @description Inclusive lower bound on `created_at` (ISO 8601 with an offset; encode `+` as `%2B`) */
                created_after?: string;
                /** @description Exclusive upper bound on `created_at` (ISO 8601) */
                created_before?: string;
                /** @description Recordings in the trash: left out (default), included, or only those */
                deleted?: "exclude" | "include" | "only";
                /** @description Comma-separated top-level fields to return (`id` always is; `media` included); an unknown field is a 422 */
                fields?: string;
                /** @description Recordings per page */
                limit?: number;
                /** @description Opaque; from `links.next` or `links.prev`, valid only with the filters it was made with */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recordings */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where).
             *     `INVALID_CURSOR`: The cursor is malformed, altered, or made with other filters.
             */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getRecording: {
        parameters: {
            query?: {
                /** @description Overrides the `Accept` header, e.g. `audio/mpeg` to get the media bytes (for links, which cannot set headers) */
                accept?: string;
                /** @description `attachment` asks the browser to download rather than show the media */
                disposition?: "inline" | "attachment";
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording as JSON, or its negotiated media */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length"?: number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges"?: string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag?: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified"?: string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition"?: string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control"?: string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy"?: string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options"?: string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding"?: string;
                    /**
                     * @description The request headers the answer depends on
                     * @example Accept, Authorization
                     */
                    Vary: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                    "audio/*": Blob;
                    "video/*": Blob;
                };
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/*": Blob;
                    "video/*": Blob;
                };
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND";
                    };
                };
            };
            /** @description `NOT_ACCEPTABLE`: Nothing the recording has matches `Accept`. */
            406: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "NOT_ACCEPTABLE";
                    };
                };
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS";
                    };
                };
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RANGE_NOT_SATISFIABLE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    deleteRecording: {
        parameters: {
            query?: {
                /** @description Purge now (also from the trash) instead of moving to the trash */
                permanent?: boolean;
            };
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted: in the trash, or purged with `permanent=true` */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND";
                    };
                };
            };
            /**
             * @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending).
             *     `LEGAL_HOLD`: The recording is under legal hold (its own or its account's); nothing was deleted.
             *     `RECORDING_CHANGED`: The recording changed while being deleted; try again.
             */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS" | "LEGAL_HOLD" | "RECORDING_CHANGED";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getRecordingHead: {
        parameters: {
            query?: {
                /** @description Overrides the `Accept` header, e.g. `audio/mpeg` to get the media bytes (for links, which cannot set headers) */
                accept?: string;
                /** @description `attachment` asks the browser to download rather than show the media */
                disposition?: "inline" | "attachment";
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording as JSON, or its negotiated media */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length"?: number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges"?: string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag?: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified"?: string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition"?: string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control"?: string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy"?: string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options"?: string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding"?: string;
                    /**
                     * @description The request headers the answer depends on
                     * @example Accept, Authorization
                     */
                    Vary: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `NOT_ACCEPTABLE`: Nothing the recording has matches `Accept`. */
            406: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        /** @description Fields to change */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecording"];
            };
        };
        responses: {
            /** @description The updated recording (for a caller that also has `recordings:read`) */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            /** @description Updated (for a caller without `recordings:read`: no contents) */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND";
                    };
                };
            };
            /** @description `INVALID_STATUS_TRANSITION`: The status would move backwards or out of a final status; nothing changed. */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INVALID_STATUS_TRANSITION";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getPrimaryMedia: {
        parameters: {
            query?: {
                /** @description `attachment` asks the browser to download rather than show the media */
                disposition?: "inline" | "attachment";
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole media, in its stored content type */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/*": Blob;
                    "video/*": Blob;
                    "*/*": Blob;
                };
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/*": Blob;
                    "video/*": Blob;
                    "*/*": Blob;
                };
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND" | "MEDIA_NOT_FOUND";
                    };
                };
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS";
                    };
                };
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RANGE_NOT_SATISFIABLE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    uploadMedia: {
        parameters: {
            query?: {
                /** @description Defaults from the content type: audio/*, video/*, image/*; text/* is a transcript; else other */
                kind?: components["schemas"]["MediaKind"] & unknown;
                /** @description Defaults to the media id with an extension that fits the content type */
                filename?: string;
            };
            header?: {
                /** @description `sha-256=:<base64 of the SHA-256 of the body>:`. When given, the stored bytes are checked against it (400 `DIGEST_MISMATCH`, nothing stored); other algorithms in the list are ignored. */
                "Content-Digest"?: string;
            };
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        /** @description The media bytes, in any content type (`application/octet-stream` when none is given) */
        requestBody: {
            content: {
                "*/*": Blob;
            };
        };
        responses: {
            /** @description The stored media item */
            201: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description The URL of what was created
                     * @example /v1/recordings/6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
                     */
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Media"];
                };
            };
            /**
             * @description `DIGEST_MISMATCH`: The body does not match its `Content-Digest`; nothing was stored.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "DIGEST_MISMATCH" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /**
             * @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has).
             *     `QUOTA_EXCEEDED`: The upload or create would pass the account's quota (`details`: usage, limit, requested); nothing was stored.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN" | "QUOTA_EXCEEDED";
                    };
                };
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND";
                    };
                };
            };
            /** @description `LENGTH_REQUIRED`: The upload has no `Content-Length`. */
            411: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "LENGTH_REQUIRED";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getPrimaryMediaHead: {
        parameters: {
            query?: {
                /** @description `attachment` asks the browser to download rather than show the media */
                disposition?: "inline" | "attachment";
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole media, in its stored content type */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMedia: {
        parameters: {
            query?: {
                /** @description `attachment` asks the browser to download rather than show the media */
                disposition?: "inline" | "attachment";
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
                /** @description The media item's id (a UUID, any case) */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole media, in its stored content type */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/*": Blob;
                    "video/*": Blob;
                    "*/*": Blob;
                };
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/*": Blob;
                    "video/*": Blob;
                    "*/*": Blob;
                };
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND" | "MEDIA_NOT_FOUND";
                    };
                };
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS";
                    };
                };
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RANGE_NOT_SATISFIABLE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getMediaHead: {
        parameters: {
            query?: {
                /** @description `attachment` asks the browser to download rather than show the media */
                disposition?: "inline" | "attachment";
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
                /** @description The media item's id (a UUID, any case) */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole media, in its stored content type */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createDownloadUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        /** @description Which item, for how long, inline or as a download */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DownloadUrlRequest"];
            };
        };
        responses: {
            /** @description The signed link */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadUrl"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND" | "MEDIA_NOT_FOUND";
                    };
                };
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    createShareUrl: {
        parameters: {
            query?: {
                /** @description Seconds until the link expires (60–604800, default 3600) */
                expires_in?: number;
            };
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page's link */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareUrl"];
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND" | "MEDIA_NOT_FOUND";
                    };
                };
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    createShareUrlHead: {
        parameters: {
            query?: {
                /** @description Seconds until the link expires (60–604800, default 3600) */
                expires_in?: number;
            };
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The share page's link */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getSignedMedia: {
        parameters: {
            query: {
                /** @description As asked when the link was made (signed) */
                disposition: "inline" | "attachment";
                /** @description Unix time (seconds) when the link expires */
                expires: string;
                /** @description Id of the key from SIGNING_KEYS that signed it */
                kid: string;
                /** @description HMAC-SHA256 over everything the link grants, base64url */
                sig: string;
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording the link was made for */
                recording_id: string;
                /** @description The media item the link was made for */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole media, in its stored content type */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/*": Blob;
                    "video/*": Blob;
                    "*/*": Blob;
                };
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "audio/*": Blob;
                    "video/*": Blob;
                    "*/*": Blob;
                };
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `SIGNATURE_INVALID`: The signed link was changed, or its key is no longer configured.
             *     `URL_EXPIRED`: The signed link has expired; ask for a new one.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "SIGNATURE_INVALID" | "URL_EXPIRED";
                    };
                    "text/html": string;
                };
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND" | "MEDIA_NOT_FOUND";
                    };
                    "text/html": string;
                };
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS";
                    };
                    "text/html": string;
                };
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PRECONDITION_FAILED";
                    };
                    "text/html": string;
                };
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RANGE_NOT_SATISFIABLE";
                    };
                    "text/html": string;
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                    "text/html": string;
                };
            };
        };
    };
    getSignedMediaPreflight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording the link was made for */
                recording_id: string;
                /** @description The media item the link was made for */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Allowed */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Preflight: the methods a signed link allows
                     * @example GET, HEAD
                     */
                    "Access-Control-Allow-Methods": string;
                    /**
                     * @description Preflight: the request headers a signed link allows
                     * @example Range, If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since, If-Range
                     */
                    "Access-Control-Allow-Headers": string;
                    /**
                     * @description Preflight: how long a browser may keep this answer (seconds)
                     * @example 86400
                     */
                    "Access-Control-Max-Age": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                    "text/html": string;
                };
            };
        };
    };
    getSignedMediaHead: {
        parameters: {
            query: {
                /** @description As asked when the link was made (signed) */
                disposition: "inline" | "attachment";
                /** @description Unix time (seconds) when the link expires */
                expires: string;
                /** @description Id of the key from SIGNING_KEYS that signed it */
                kid: string;
                /** @description HMAC-SHA256 over everything the link grants, base64url */
                sig: string;
            };
            header?: {
                /** @description One byte range: `bytes=first-last`, `bytes=first-` or the suffix `bytes=-length`. An unsatisfiable range is a 416; a malformed one, another unit or several ranges are ignored (200 with the whole media). */
                Range?: string;
                /** @description A strong `ETag` or the exact `Last-Modified` date: the `Range` is honoured only while the media still has it, else 200. */
                "If-Range"?: string;
                /** @description Entity tags (strong comparison) or `*`; when none matches: 412. */
                "If-Match"?: string;
                /** @description Entity tags (weak comparison) or `*`; when one matches: 304. Takes precedence over `If-Modified-Since`. */
                "If-None-Match"?: string;
                /** @description An HTTP date; when the media has not changed since: 304. Ignored when `If-None-Match` is present. */
                "If-Modified-Since"?: string;
                /** @description An HTTP date; when the media changed since: 412. Ignored when `If-Match` is present. */
                "If-Unmodified-Since"?: string;
            };
            path: {
                /** @description The recording the link was made for */
                recording_id: string;
                /** @description The media item the link was made for */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole media, in its stored content type */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One byte range of the media (`Content-Range: bytes first-last/size`) */
            206: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Bytes in this body (206: in the range)
                     * @example 1024
                     */
                    "Content-Length": number;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `inline` by default, `attachment` with `?disposition=attachment`; with an ASCII `filename` and a UTF-8 `filename*`
                     * @example inline; filename="call.wav"; filename*=UTF-8''call.wav
                     */
                    "Content-Disposition": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not modified: `If-None-Match` or `If-Modified-Since` matched */
            304: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description Strong entity tag: the media's SHA-256 in quotes
                     * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     */
                    ETag: string;
                    /**
                     * @description When the media was uploaded (an HTTP date)
                     * @example Sun, 22 Nov 2026 10:15:00 GMT
                     */
                    "Last-Modified": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description Always `identity` on media: bytes are sent as stored, so ranges and lengths describe them
                     * @example identity
                     */
                    "Content-Encoding": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `SIGNATURE_INVALID`: The signed link was changed, or its key is no longer configured.
             *     `URL_EXPIRED`: The signed link has expired; ask for a new one.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `PRECONDITION_FAILED`: `If-Match` or `If-Unmodified-Since` does not hold. */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RANGE_NOT_SATISFIABLE`: The range starts past the end (`Content-Range: bytes *\/size`). */
            416: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The range sent, `bytes first-last/size` (206), or `bytes *\/size` (416)
                     * @example bytes 0-1023/48000
                     */
                    "Content-Range": string;
                    /**
                     * @description Always `bytes`
                     * @example bytes
                     */
                    "Accept-Ranges": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getSharePage: {
        parameters: {
            query: {
                /** @description Unix time (seconds) when the link expires */
                expires: string;
                /** @description Id of the key from SIGNING_KEYS that signed it */
                kid: string;
                /** @description HMAC-SHA256 over everything the link grants, base64url */
                sig: string;
            };
            header?: never;
            path: {
                /** @description The recording the link was made for */
                recording_id: string;
                /** @description The media item the link was made for */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description `SIGNATURE_INVALID`: The signed link was changed, or its key is no longer configured.
             *     `URL_EXPIRED`: The signed link has expired; ask for a new one.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "SIGNATURE_INVALID" | "URL_EXPIRED";
                    };
                    "text/html": string;
                };
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND" | "MEDIA_NOT_FOUND";
                    };
                    "text/html": string;
                };
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_IN_PROGRESS";
                    };
                    "text/html": string;
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                    "text/html": string;
                };
            };
        };
    };
    getSharePagePreflight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording the link was made for */
                recording_id: string;
                /** @description The media item the link was made for */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Allowed */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    /**
                     * @description Preflight: the methods a signed link allows
                     * @example GET, HEAD
                     */
                    "Access-Control-Allow-Methods": string;
                    /**
                     * @description Preflight: the request headers a signed link allows
                     * @example Range, If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since, If-Range
                     */
                    "Access-Control-Allow-Headers": string;
                    /**
                     * @description Preflight: how long a browser may keep this answer (seconds)
                     * @example 86400
                     */
                    "Access-Control-Max-Age": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                    "text/html": string;
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                    "text/html": string;
                };
            };
        };
    };
    getSharePageHead: {
        parameters: {
            query: {
                /** @description Unix time (seconds) when the link expires */
                expires: string;
                /** @description Id of the key from SIGNING_KEYS that signed it */
                kid: string;
                /** @description HMAC-SHA256 over everything the link grants, base64url */
                sig: string;
            };
            header?: never;
            path: {
                /** @description The recording the link was made for */
                recording_id: string;
                /** @description The media item the link was made for */
                media_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On media `sandbox; default-src 'none'`: nothing served can run on the API's origin
                     * @example sandbox; default-src 'none'
                     */
                    "Content-Security-Policy": string;
                    /**
                     * @description Always `nosniff` on media
                     * @example nosniff
                     */
                    "X-Content-Type-Options": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `SIGNATURE_INVALID`: The signed link was changed, or its key is no longer configured.
             *     `URL_EXPIRED`: The signed link has expired; ask for a new one.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `MEDIA_NOT_FOUND`: The recording has no such media item (or no audio or video).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `RECORDING_IN_PROGRESS`: The recording is still in progress (starting, active or ending). */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description `*` through a signed link: the signature is the credential
                     * @example *
                     */
                    "Access-Control-Allow-Origin": string;
                    /**
                     * @description What a cross-origin page may read of a signed response
                     * @example Content-Range, Content-Length, Accept-Ranges, ETag, Content-Disposition
                     */
                    "Access-Control-Expose-Headers": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bulkDeleteRecordings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The recordings to delete */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDelete"];
            };
        };
        responses: {
            /** @description Some recordings were not deleted: each is in `failed`, with why */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResult"];
                };
            };
            /** @description Every recording was deleted */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    bulkRestoreRecordings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The recordings to restore */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRestore"];
            };
        };
        responses: {
            /** @description Some recordings were not restored: each is in `failed`, with why */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRestoreResult"];
                };
            };
            /** @description Every recording is out of the trash */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    restoreRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording, out of the trash (for a caller that also has `recordings:read`) */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            /** @description Out of the trash (for a caller without `recordings:read`: no contents) */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    createUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        /** @description The first chunk (optional) */
        requestBody?: {
            content: {
                "application/offset+octet-stream": Blob;
            };
        };
        responses: {
            /** @description Created; `Location` is the upload's URL */
            201: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id"?: string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark"?: string;
                    /**
                     * @description The tus protocol version of the answer, `1.0.0`
                     * @example 1.0.0
                     */
                    "Tus-Resumable": string;
                    /**
                     * @description Bytes of the upload stored so far
                     * @example 8388608
                     */
                    "Upload-Offset": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The URL of what was created
                     * @example /v1/recordings/6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
                     */
                    Location: string;
                    /**
                     * @description When the unfinished upload is discarded (an HTTP date)
                     * @example Tue, 24 Nov 2026 07:08:18 GMT
                     */
                    "Upload-Expires"?: string;
                    /**
                     * @description The media item the finished upload became
                     * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
                     */
                    "Upload-Media-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadCreated"];
                };
            };
            /**
             * @description `INVALID_TUS_HEADER`: A tus header (`Upload-Length`, `Upload-Offset`, `Content-Length`) is missing or not a byte count.
             *     `INVALID_CHUNK_SIZE`: The chunk breaks the chunk rule: every PATCH but the last carries the same number of bytes, at least 5 MiB, the last no more; nothing was stored.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INVALID_TUS_HEADER" | "INVALID_CHUNK_SIZE" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /**
             * @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has).
             *     `QUOTA_EXCEEDED`: The upload or create would pass the account's quota (`details`: usage, limit, requested); nothing was stored.
             */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN" | "QUOTA_EXCEEDED";
                    };
                };
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND";
                    };
                };
            };
            /**
             * @description `UPLOAD_OFFSET_MISMATCH`: `Upload-Offset` is not the upload's offset (or a racing PATCH won); `HEAD` gives the right one.
             *     `UPLOAD_PARTS_EXHAUSTED`: The upload has too few of its 10,000 R2 parts left to finish; start a new one.
             */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_OFFSET_MISMATCH" | "UPLOAD_PARTS_EXHAUSTED";
                    };
                };
            };
            /** @description `LENGTH_REQUIRED`: The upload has no `Content-Length`. */
            411: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "LENGTH_REQUIRED";
                    };
                };
            };
            /** @description `TUS_VERSION_UNSUPPORTED`: `Tus-Resumable` is missing or not `1.0.0` (`Tus-Version` names the supported version). */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The tus versions the server supports
                     * @example 1.0.0
                     */
                    "Tus-Version": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "TUS_VERSION_UNSUPPORTED";
                    };
                };
            };
            /**
             * @description `UPLOAD_LENGTH_EXCEEDED`: The chunk would end past `Upload-Length`; nothing was stored.
             *     `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`).
             */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_LENGTH_EXCEEDED" | "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    describeUploads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's tus capabilities */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description The tus protocol version of the answer, `1.0.0`
                     * @example 1.0.0
                     */
                    "Tus-Resumable": string;
                    /**
                     * @description The tus versions the server supports
                     * @example 1.0.0
                     */
                    "Tus-Version": string;
                    /**
                     * @description The tus extensions the server supports
                     * @example creation,creation-with-upload,termination,expiration
                     */
                    "Tus-Extension": string;
                    /**
                     * @description The largest `Upload-Length` accepted, in bytes
                     * @example 107374182400
                     */
                    "Tus-Max-Size": string;
                    /**
                     * @description The smallest chunk of a PATCH that does not finish the upload, in bytes (5 MiB)
                     * @example 5242880
                     */
                    "Upload-Chunk-Min-Size": string;
                    /**
                     * @description The chunk rule, in words
                     * @example Every PATCH but the last must carry the same number of bytes, at least 5242880 (5 MiB), and the last no more
                     */
                    "Upload-Chunk-Rule": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
                /** @description The upload's id, from its `Location` */
                upload_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Upload-Offset`, `Upload-Length`, `Upload-Expires`, and `Upload-Media-Id` once finished */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id"?: string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark"?: string;
                    /**
                     * @description The tus protocol version of the answer, `1.0.0`
                     * @example 1.0.0
                     */
                    "Tus-Resumable": string;
                    /**
                     * @description Bytes of the upload stored so far
                     * @example 8388608
                     */
                    "Upload-Offset": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The upload's whole size, in bytes
                     * @example 62914560
                     */
                    "Upload-Length": string;
                    /**
                     * @description When the unfinished upload is discarded (an HTTP date)
                     * @example Tue, 24 Nov 2026 07:08:18 GMT
                     */
                    "Upload-Expires"?: string;
                    /**
                     * @description The media item the finished upload became
                     * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
                     */
                    "Upload-Media-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `UPLOAD_NOT_FOUND`: No resumable upload of this recording has this id (unknown, terminated, forgotten, or its recording deleted). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_NOT_FOUND";
                    };
                };
            };
            /** @description `UPLOAD_EXPIRED`: The unfinished upload passed its `Upload-Expires`; start a new one. */
            410: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_EXPIRED";
                    };
                };
            };
            /** @description `TUS_VERSION_UNSUPPORTED`: `Tus-Resumable` is missing or not `1.0.0` (`Tus-Version` names the supported version). */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The tus versions the server supports
                     * @example 1.0.0
                     */
                    "Tus-Version": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "TUS_VERSION_UNSUPPORTED";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    terminateUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
                /** @description The upload's id, from its `Location` */
                upload_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Terminated */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description The tus protocol version of the answer, `1.0.0`
                     * @example 1.0.0
                     */
                    "Tus-Resumable": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `UPLOAD_NOT_FOUND`: No resumable upload of this recording has this id (unknown, terminated, forgotten, or its recording deleted). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_NOT_FOUND";
                    };
                };
            };
            /** @description `UPLOAD_FINISHED`: The upload has finished as a media item; there is nothing to terminate. */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_FINISHED";
                    };
                };
            };
            /** @description `TUS_VERSION_UNSUPPORTED`: `Tus-Resumable` is missing or not `1.0.0` (`Tus-Version` names the supported version). */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The tus versions the server supports
                     * @example 1.0.0
                     */
                    "Tus-Version": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "TUS_VERSION_UNSUPPORTED";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getUploadHead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
                /** @description The upload's id, from its `Location` */
                upload_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Upload-Offset`, `Upload-Length`, `Upload-Expires`, and `Upload-Media-Id` once finished */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id"?: string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark"?: string;
                    /**
                     * @description The tus protocol version of the answer, `1.0.0`
                     * @example 1.0.0
                     */
                    "Tus-Resumable": string;
                    /**
                     * @description Bytes of the upload stored so far
                     * @example 8388608
                     */
                    "Upload-Offset": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The upload's whole size, in bytes
                     * @example 62914560
                     */
                    "Upload-Length": string;
                    /**
                     * @description When the unfinished upload is discarded (an HTTP date)
                     * @example Tue, 24 Nov 2026 07:08:18 GMT
                     */
                    "Upload-Expires"?: string;
                    /**
                     * @description The media item the finished upload became
                     * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
                     */
                    "Upload-Media-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `UPLOAD_NOT_FOUND`: No resumable upload of this recording has this id (unknown, terminated, forgotten, or its recording deleted). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `UPLOAD_EXPIRED`: The unfinished upload passed its `Upload-Expires`; start a new one. */
            410: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `TUS_VERSION_UNSUPPORTED`: `Tus-Resumable` is missing or not `1.0.0` (`Tus-Version` names the supported version). */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The tus versions the server supports
                     * @example 1.0.0
                     */
                    "Tus-Version": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
                /** @description The upload's id, from its `Location` */
                upload_id: string;
            };
            cookie?: never;
        };
        /** @description One chunk */
        requestBody: {
            content: {
                "application/offset+octet-stream": Blob;
            };
        };
        responses: {
            /** @description Stored; `Upload-Offset` is the new offset */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id"?: string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark"?: string;
                    /**
                     * @description The tus protocol version of the answer, `1.0.0`
                     * @example 1.0.0
                     */
                    "Tus-Resumable": string;
                    /**
                     * @description Bytes of the upload stored so far
                     * @example 8388608
                     */
                    "Upload-Offset": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description When the unfinished upload is discarded (an HTTP date)
                     * @example Tue, 24 Nov 2026 07:08:18 GMT
                     */
                    "Upload-Expires"?: string;
                    /**
                     * @description The media item the finished upload became
                     * @example 6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10
                     */
                    "Upload-Media-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `INVALID_TUS_HEADER`: A tus header (`Upload-Length`, `Upload-Offset`, `Content-Length`) is missing or not a byte count.
             *     `INVALID_CHUNK_SIZE`: The chunk breaks the chunk rule: every PATCH but the last carries the same number of bytes, at least 5 MiB, the last no more; nothing was stored.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INVALID_TUS_HEADER" | "INVALID_CHUNK_SIZE" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description `UPLOAD_NOT_FOUND`: No resumable upload of this recording has this id (unknown, terminated, forgotten, or its recording deleted).
             *     `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_NOT_FOUND" | "RECORDING_NOT_FOUND";
                    };
                };
            };
            /**
             * @description `UPLOAD_OFFSET_MISMATCH`: `Upload-Offset` is not the upload's offset (or a racing PATCH won); `HEAD` gives the right one.
             *     `UPLOAD_PARTS_EXHAUSTED`: The upload has too few of its 10,000 R2 parts left to finish; start a new one.
             */
            409: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_OFFSET_MISMATCH" | "UPLOAD_PARTS_EXHAUSTED";
                    };
                };
            };
            /** @description `UPLOAD_EXPIRED`: The unfinished upload passed its `Upload-Expires`; start a new one. */
            410: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_EXPIRED";
                    };
                };
            };
            /** @description `LENGTH_REQUIRED`: The upload has no `Content-Length`. */
            411: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "LENGTH_REQUIRED";
                    };
                };
            };
            /** @description `TUS_VERSION_UNSUPPORTED`: `Tus-Resumable` is missing or not `1.0.0` (`Tus-Version` names the supported version). */
            412: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The tus versions the server supports
                     * @example 1.0.0
                     */
                    "Tus-Version": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "TUS_VERSION_UNSUPPORTED";
                    };
                };
            };
            /**
             * @description `UPLOAD_LENGTH_EXCEEDED`: The chunk would end past `Upload-Length`; nothing was stored.
             *     `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`).
             */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UPLOAD_LENGTH_EXCEEDED" | "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountDetails"];
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getAccountHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settings to change; absent ones stay as they are */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccount"];
            };
        };
        responses: {
            /** @description The account with its new settings */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedAccount"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getAccountUsage: {
        parameters: {
            query?: {
                /** @description First UTC day (YYYY-MM-DD); default 29 days before `to` */
                from?: string;
                /** @description Last UTC day (YYYY-MM-DD); default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The days */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReport"];
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getAccountUsageHead: {
        parameters: {
            query?: {
                /** @description First UTC day (YYYY-MM-DD); default 29 days before `to` */
                from?: string;
                /** @description Last UTC day (YYYY-MM-DD); default today */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The days */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    placeAccountLegalHold: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Why */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceLegalHold"];
            };
        };
        responses: {
            /** @description The hold */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHold"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    releaseAccountLegalHold: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Released */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `LEGAL_HOLD_NOT_FOUND`: There is no legal hold to release here. */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "LEGAL_HOLD_NOT_FOUND";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    placeRecordingLegalHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        /** @description Why */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceLegalHold"];
            };
        };
        responses: {
            /** @description The hold */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHold"];
                };
            };
            /**
             * @description `MALFORMED_JSON`: The body is not JSON.
             *     `BODY_LENGTH_MISMATCH`: The body ended before, broke off at, or ran past its `Content-Length`; nothing was stored.
             */
            400: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "MALFORMED_JSON" | "BODY_LENGTH_MISMATCH";
                    };
                };
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /** @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash). */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND";
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The body is larger than the limit (for tus: a chunk over it, or `Upload-Length` over `Tus-Max-Size`). */
            413: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: The body has a `Content-Encoding` other than `identity`; send it unencoded (`Accept-Encoding: identity`); or a tus chunk is not `Content-Type: application/offset+octet-stream`. */
            415: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description On 415: the only content coding a request body may have
                     * @example identity
                     */
                    "Accept-Encoding": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    releaseRecordingLegalHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The recording's id (a UUID, any case) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Released */
            204: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `UNAUTHORIZED`: No valid credentials (`WWW-Authenticate` names the schemes).
             *     `TOKEN_EXPIRED`: The access token has expired; mint a new one (`POST /v1/access-tokens`).
             */
            401: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    /**
                     * @description The schemes that would be accepted
                     * @example Bearer realm="recordings", Basic realm="recordings", charset="UTF-8"
                     */
                    "WWW-Authenticate": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "UNAUTHORIZED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description `FORBIDDEN`: The API key or access token lacks the operation's scope (or, minting a token, asks for more than the caller has). */
            403: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "FORBIDDEN";
                    };
                };
            };
            /**
             * @description `RECORDING_NOT_FOUND`: No recording of this account has this id (or it is in the trash).
             *     `LEGAL_HOLD_NOT_FOUND`: There is no legal hold to release here.
             */
            404: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "RECORDING_NOT_FOUND" | "LEGAL_HOLD_NOT_FOUND";
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Links to the reference */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceIndex"];
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getIndexHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Links to the reference */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 3.1.0 */
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getOpenApiDocumentHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference page */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "VALIDATION_ERROR";
                    };
                };
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        error_code?: "INTERNAL_SERVER_ERROR";
                    };
                };
            };
        };
    };
    getReferenceHead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reference page */
            200: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_ERROR`: The path, query, headers or body fail their schema (`details` says where). */
            422: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `INTERNAL_SERVER_ERROR`: A fault on the service's side; the `request_id` finds it in the logs. */
            default: {
                headers: {
                    /**
                     * @description This request's id: the caller's `X-Request-Id` when it is a safe token, else a UUID; errors repeat it as `request_id`
                     * @example 0f3c8a52-3a1e-4b0e-8a2f-1d3c5e7f9a0b
                     */
                    "X-Request-Id": string;
                    /**
                     * @description The latest D1 bookmark of this request's database session (every response, errors included; empty only when the request neither read D1 nor sent one). Send the last one you received in `X-D1-Bookmark` to read at least that state, your own writes included; without it a read may be answered by a replica that trails the latest writes by seconds. A malformed one is 422 `VALIDATION_ERROR`.
                     * @example 00000085-0000024c-00004c6d-8e61117bf38d7adb71b934ebbf891683
                     */
                    "X-D1-Bookmark": string;
                    /**
                     * @description `private` on an account's data (media adds `no-transform`), `private, max-age=<seconds the link has left>` through a signed link, `no-store` on errors and secrets
                     * @example private, no-transform
                     */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
