import type { AppEnv } from "../lib/types";
import { findExpiredUploads, forgetExpiredUploads } from "../db/uploads";
import { deleteMediaObjects } from "../storage/media-objects";
import { abortMultipart } from "../storage/multipart";
import type { Budget } from "./budget";

export interface ExpiredUploadsReport {
  ended: number;
  more: boolean;
}

/**
 * Ends resumable uploads past their `Upload-Expires`, a batch at a time within the budget: aborts
 * the R2 multipart upload of each unfinished one (its parts are discarded), removes an object that
 * was joined but never became a media item (a failure between the two), and forgets the uploads.
 * Finished uploads are only forgotten: their media items stay. Each unfinished one gets its
 * `upload.expired` event as it is forgotten.
 */
export async function endExpiredUploads(env: Pick<AppEnv, "DB" | "MEDIA">, now: Date, { budget, batch = 10 }: { budget: Budget; batch?: number }): Promise<ExpiredUploadsReport> {
  const report: ExpiredUploadsReport = { ended: 0, more: true };
  // Each batch: one read, at most two R2 calls per upload, one delete.
  while (report.more && budget.allows(2 + 2 * batch)) {
    budget.spend(1);
    const expired = await findExpiredUploads(env.DB, now.toISOString(), batch);
    for (const upload of expired.filter((u) => !u.completed_at && u.r2_upload_id)) {
      budget.spend(1);
      await abortMultipart(env.MEDIA, upload.r2_key, upload.r2_upload_id);
      if (!upload.media_exists) {
        budget.spend(1);
        await deleteMediaObjects(env.MEDIA, [upload.r2_key]);
      }
    }
    budget.spend(1);
    await forgetExpiredUploads(env.DB, expired.map((u) => u.id), now.toISOString());
    report.ended += expired.length;
    report.more = expired.length === batch;
  }
  return report;
}
