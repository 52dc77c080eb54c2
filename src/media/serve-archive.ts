import type { Access } from "../access/restriction";
import { findBulkCandidates, type BulkCandidateRow } from "../db/bulk-downloads";
import type { MediaRow } from "../db/media";
import { toRecording } from "../db/recordings";
import { ApiError } from "../lib/errors";
import { getMediaObject } from "../storage/media-objects";
import { chunkSource, type BufferPool } from "../zip/chunk-source";
import { MAX_ARCHIVE_BYTES, MAX_ARCHIVE_ENTRIES } from "../zip/layout";
import { planArchive, type ArchivePlan } from "../zip/plan";
import { selectRecordings, type Selector } from "../zip/selection";
import { zipBody, ZipSourceError } from "../zip/zip-stream";
import { MEDIA_SAFETY_HEADERS } from "./serve-media";

/** 404 when nothing requested can go into the archive. */
function noRecordingsFound(): ApiError {
  return new ApiError(404, "NO_RECORDINGS_FOUND", "None of the requested calls have recordings available");
}

/** 413 for an archive that would need ZIP64. */
function tooLarge({ entries, bytes }: { entries: number; bytes: number }): ApiError {
  return new ApiError(
    413,
    "BULK_DOWNLOAD_TOO_LARGE",
    `The archive would hold ${entries} entries in ${bytes} bytes; a ZIP can hold at most ${MAX_ARCHIVE_ENTRIES} ` +
      `entries in ${MAX_ARCHIVE_BYTES} bytes (4 GiB): download fewer recordings at a time`,
  );
}

function planned(row: BulkCandidateRow) {
  const { media: _, ...fields } = toRecording(row);
  return { fields, media: row.media };
}

/**
 * Plans the caller's archive for `selector`: reads the candidates the caller may reach in one D1 round
 * trip (with `pinned`, only those recordings: what a signed link was made for), leaves out what cannot
 * be downloaded (with reasons for the manifest), and sizes the archive.
 * @throws ApiError 404 NO_RECORDINGS_FOUND, 413 BULK_DOWNLOAD_TOO_LARGE
 */
export async function planDownload(
  db: D1DatabaseSession,
  access: Access,
  selector: Selector,
  pinned?: ReadonlySet<string>,
): Promise<ArchivePlan<MediaRow>> {
  const column = selector.by === "recording_ids" ? "id" : "call_id";
  const found = await findBulkCandidates(db, access, column, selector.ids);
  const candidates = pinned ? found.filter((row) => pinned.has(row.id)) : found;
  const { included, skipped } = selectRecordings(selector, candidates);
  if (included.length === 0) throw noRecordingsFound();
  const plan = planArchive(selector, included.map(planned), skipped);
  if (plan.overflow) throw tooLarge(plan.overflow);
  return plan;
}

export interface ArchiveOptions {
  /** `private` with an API key; bounded by the expiry for signed links. `no-transform` is added. */
  cacheControl: string;
  /** The request id, for the log line of an archive that fails part-way. */
  requestId?: string;
}

/**
 * Answers GET or HEAD with the planned ZIP: its exact length up front, then the archive streamed from
 * R2 as the client reads it. HEAD reads nothing from R2. An object that is missing or fails part-way
 * errors the stream, so the client sees a failed download, never a short ZIP that looks complete.
 */
export function serveArchive(bucket: R2Bucket, request: Request, plan: ArchivePlan<MediaRow>, options: ArchiveOptions): Response {
  const headers = new Headers({
    "Content-Type": "application/zip",
    "Content-Length": String(plan.length),
    "Content-Disposition": 'attachment; filename="recordings.zip"',
    "Cache-Control": `${options.cacheControl}, no-transform`,
    // Like every media response: nothing served can run on the API's origin, nothing re-encodes it.
    ...MEDIA_SAFETY_HEADERS,
  });
  if (request.method === "HEAD") return new Response(null, { status: 200, headers });
  const open = async (media: MediaRow, pool: BufferPool) => {
    const object = await getMediaObject(bucket, media.r2_key);
    if (!object) throw new ZipSourceError(`media ${media.id} is missing from R2 (${media.r2_key})`);
    return chunkSource(object.body, pool);
  };
  const logFailure = (err: unknown) =>
    console.error(JSON.stringify({ request_id: options.requestId, error: "bulk ZIP failed part-way", cause: String(err) }));
  return new Response(zipBody(plan, open, logFailure), { status: 200, headers });
}
