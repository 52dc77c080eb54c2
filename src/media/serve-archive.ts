import type { Access } from "../access/restriction";
import { findBulkCandidates, type BulkCandidateRow } from "../db/bulk-downloads";
import type { MediaRow } from "../db/media";
import { toRecording } from "../db/recordings";
import { contentRangeHeader } from "../http/range";
import { decideAnswer, type Answer } from "../http/representation";
import { ApiError } from "../lib/errors";
import { archiveEtag } from "../zip/archive-etag";
import { planArchive, type ArchivePlan } from "../zip/plan";
import { selectRecordings, type Selector } from "../zip/selection";
import { zipBody } from "../zip/zip-stream";
import { archiveMediaOpener } from "./archive-source";
import { MEDIA_SAFETY_HEADERS, rangeNotSatisfiable } from "./serve-media";

/** 404 when nothing requested can go into the archive. */
function noRecordingsFound(): ApiError {
  return new ApiError(404, "NO_RECORDINGS_FOUND", "None of the requested calls have recordings available");
}

function planned(row: BulkCandidateRow) {
  const { media: _, ...fields } = toRecording(row);
  return { fields, media: row.media };
}

/**
 * Plans the caller's archive for `selector`: reads the candidates the caller may reach in one D1 round
 * trip (with `pinned`, only those recordings: what a signed link was made for), leaves out what cannot
 * be downloaded (with reasons for the manifest), and lays the archive out (ZIP64 where needed, so any
 * size fits).
 * @throws ApiError 404 NO_RECORDINGS_FOUND
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
  return planArchive(selector, included.map(planned), skipped);
}

export interface ArchiveOptions {
  /** `private` with an API key; bounded by the expiry for signed links. `no-transform` is added. */
  cacheControl: string;
  /** The request id, for the log line of an archive that fails part-way. */
  requestId?: string;
  /**
   * Whether the archive is a resumable representation (the GET form, signed links): `ETag`,
   * `Accept-Ranges`, ranges and conditionals. The POST form answers the whole archive only.
   */
  resumable: boolean;
}

/**
 * Answers with the planned ZIP: its exact length up front, then the archive (or, when resumable, the one
 * byte range asked for) streamed from R2 as the client reads it, each media item read only for its part
 * inside the range (in windows of at most 64 MiB). Resumable answers carry a strong ETag over everything
 * that shapes the bytes and honour `Range`, `If-Range`, `If-Match` and `If-None-Match` as media do. HEAD
 * reads nothing from R2. An object that is missing or fails part-way errors the stream, so the client
 * sees a failed download, never a short ZIP that looks complete.
 * @throws ApiError 412 PRECONDITION_FAILED, 416 RANGE_NOT_SATISFIABLE
 */
export async function serveArchive(bucket: R2Bucket, request: Request, plan: ArchivePlan<MediaRow>, options: ArchiveOptions): Promise<Response> {
  const headers = new Headers({
    "Content-Type": "application/zip",
    "Content-Disposition": 'attachment; filename="recordings.zip"',
    "Cache-Control": `${options.cacheControl}, no-transform`,
    // Like every media response: nothing served can run on the API's origin, nothing re-encodes it.
    ...MEDIA_SAFETY_HEADERS,
  });
  let answer: Answer = { status: 200 };
  if (options.resumable) {
    const validators = { etag: await archiveEtag(plan) };
    headers.set("ETag", validators.etag);
    answer = decideAnswer(request, validators, plan.length);
    if (answer.status === 412) {
      throw new ApiError(412, "PRECONDITION_FAILED", "A precondition in the request does not hold for this archive");
    }
    if (answer.status === 304) {
      for (const name of ["Content-Type", "Content-Disposition"]) headers.delete(name);
      return new Response(null, { status: 304, headers });
    }
    headers.set("Accept-Ranges", "bytes");
    if (answer.status === 416) throw rangeNotSatisfiable(plan.length, "archive");
  }
  const slice = answer.status === 206 ? { start: answer.offset, end: answer.end + 1 } : { start: 0, end: plan.length };
  headers.set("Content-Length", String(slice.end - slice.start));
  if (answer.status === 206) headers.set("Content-Range", contentRangeHeader(answer, plan.length));
  const status = answer.status === 206 ? 206 : 200;
  if (request.method === "HEAD") return new Response(null, { status, headers });
  const logFailure = (err: unknown) =>
    console.error(JSON.stringify({ request_id: options.requestId, error: "bulk ZIP failed part-way", cause: String(err) }));
  return new Response(zipBody(plan.layout, archiveMediaOpener(bucket), logFailure, slice), { status, headers });
}
