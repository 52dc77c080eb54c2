import type { AppEnv } from "../lib/types";
import { trashExpiredRecordings } from "../db/retention";
import type { Budget } from "./budget";

/** What one run of the retention job did, and whether it stopped with work left for the next run. */
export interface RetentionTrashReport {
  trashed: number;
  more: boolean;
}

/**
 * The account retention job: moves recordings older than their account's `retention_days` (by
 * `ended_at`, else `created_at`) to the trash, `deleted_by: "retention"`, one transaction of up to
 * `batchSize` per subrequest while the budget lasts. Recordings in progress or under legal hold are
 * never touched; what a run leaves, the next continues (the moved ones are no longer candidates).
 * The trash is then purged by the trash retention job after each account's `trash_retention_days`.
 */
export async function trashExpiredByRetention(
  env: Pick<AppEnv, "DB">,
  now: Date,
  { budget, batchSize = 500 }: { budget: Budget; batchSize?: number },
): Promise<RetentionTrashReport> {
  const report: RetentionTrashReport = { trashed: 0, more: true };
  while (budget.allows(1)) {
    budget.spend(1);
    const moved = await trashExpiredRecordings(env.DB, now.toISOString(), batchSize);
    report.trashed += moved.length;
    if (moved.length < batchSize) return { ...report, more: false };
  }
  return report;
}
