import type { AppEnv } from "../lib/types";
import { findReferencedKeys } from "../db/media";
import { readJobState, writeJobState } from "../db/job-state";
import { deleteMediaObjects, isMediaObjectKey, listMediaObjects } from "../storage/media-objects";
import type { Budget } from "./budget";

/** Where the sweep keeps its R2 list cursor between runs. */
const STATE = "orphan-sweep";

/**
 * How old an object must be before the sweep may remove it. An upload stores its object, then its
 * media row a moment later (the object's `uploaded` time is when the PUT finished); an object still
 * without a row an hour later is one whose row was never written.
 */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

export interface SweepReport {
  scanned: number;
  swept: number;
  more: boolean;
}

export interface SweepOptions {
  budget: Budget;
  /** Objects listed per R2 call (at most 1,000). */
  pageSize?: number;
  graceMs?: number;
}

/**
 * The orphan sweep: walks the media objects in R2, a page per step, resuming where the last run
 * stopped, and deletes those that no media row references and that are older than the grace period
 * (so an upload in flight is never touched). Objects whose keys are not media keys are left alone.
 * When a pass reaches the end, the next run starts a new one.
 */
export async function sweepOrphanedObjects(env: Pick<AppEnv, "DB" | "MEDIA">, now: Date, options: SweepOptions): Promise<SweepReport> {
  const { budget, pageSize = 1000, graceMs = ORPHAN_GRACE_MS } = options;
  const report: SweepReport = { scanned: 0, swept: 0, more: true };
  budget.spend(1);
  let cursor = (await readJobState(env.DB, STATE)) ?? undefined;
  // Each page: list, look up references, delete; and one write of the cursor at the end.
  while (report.more && budget.allows(4)) {
    budget.spend(1);
    const page = await listMediaObjects(env.MEDIA, { cursor, limit: pageSize });
    const settled = page.objects.filter((o) => isMediaObjectKey(o.key) && now.getTime() - o.uploaded.getTime() >= graceMs);
    const keys = settled.map((o) => o.key);
    if (keys.length > 0) {
      budget.spend(1);
      const referenced = await findReferencedKeys(env.DB, keys);
      const orphans = keys.filter((key) => !referenced.has(key));
      if (orphans.length > 0) {
        budget.spend(1);
        await deleteMediaObjects(env.MEDIA, orphans);
      }
      report.swept += orphans.length;
    }
    report.scanned += page.objects.length;
    cursor = page.cursor;
    report.more = cursor !== undefined;
  }
  budget.spend(1);
  await writeJobState(env.DB, STATE, cursor ?? null, now.toISOString());
  return report;
}
