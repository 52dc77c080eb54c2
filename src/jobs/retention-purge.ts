import type { AppEnv } from "../lib/types";
import { findExpiredTrash, readPurgeQueue, type ExpiredRecording } from "../db/purges";
import { purgeRecordings, removeQueuedObjects } from "../lifecycle/deletion";
import { MAX_KEYS_PER_DELETE } from "../storage/media-objects";
import type { Budget } from "./budget";

/** What one run of the retention job did, and whether it stopped with work left for the next run. */
export interface RetentionReport {
  purged: number;
  objectsRemoved: number;
  more: boolean;
}

export interface RetentionOptions {
  budget: Budget;
  /** Days in the trash for accounts that set no `trash_retention_days` (`TRASH_RETENTION_DAYS`). */
  retentionDays: number;
  /** Recordings read per batch (fewer are purged when their media would pass 1,000 keys). */
  batchSize?: number;
}

/**
 * Reads `TRASH_RETENTION_DAYS`: a whole number of days, 30 when unset.
 * @throws Error on anything else, so a typo never purges the trash early
 */
export function retentionDays(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 30;
  if (!/^\d{1,5}$/.test(value.trim())) throw new Error(`TRASH_RETENTION_DAYS must be a whole number of days, not "${value}"`);
  return Number(value);
}

/** The longest prefix of `expired` whose media fit one R2 multi-key delete (at least one recording). */
function withinOneDelete(expired: ExpiredRecording[]): string[] {
  const ids: string[] = [];
  let keys = 0;
  for (const { id, media_count } of expired) {
    if (ids.length > 0 && keys + media_count > MAX_KEYS_PER_DELETE) break;
    ids.push(id);
    keys += media_count;
  }
  return ids;
}

/** Deletes objects that earlier purges queued but could not remove (R2 failed after their D1 change). */
async function drainQueue(env: Pick<AppEnv, "DB" | "MEDIA">, budget: Budget): Promise<{ removed: number; more: boolean }> {
  let removed = 0;
  while (budget.allows(3)) {
    budget.spend(1);
    const keys = await readPurgeQueue(env.DB, MAX_KEYS_PER_DELETE);
    if (keys.length === 0) return { removed, more: false };
    budget.spend(2);
    await removeQueuedObjects(env, keys);
    removed += keys.length;
    if (keys.length < MAX_KEYS_PER_DELETE) return { removed, more: false };
  }
  return { removed, more: true };
}

/**
 * The retention job: first removes objects left queued by interrupted purges, then purges, oldest
 * first, the recordings in the trash for longer than their account's `trash_retention_days` (else
 * `retentionDays`), skipping those under legal hold, a bounded batch at a time
 * (one D1 transaction and one R2 multi-key delete each) while the budget lasts.
 * @throws when D1 or R2 fails; what was done stays done, and the next run continues from there
 */
export async function purgeExpiredTrash(env: Pick<AppEnv, "DB" | "MEDIA">, now: Date, options: RetentionOptions): Promise<RetentionReport> {
  const { budget, batchSize = 500 } = options;
  const queue = await drainQueue(env, budget);
  const report: RetentionReport = { purged: 0, objectsRemoved: queue.removed, more: queue.more };
  if (queue.more) return report;
  const expiry = { asOf: now.toISOString(), defaultDays: options.retentionDays };
  while (budget.allows(4)) {
    budget.spend(1);
    const expired = await findExpiredTrash(env.DB, expiry, batchSize);
    if (expired.length === 0) return { ...report, more: false };
    const result = await purgeRecordings(env, { ids: withinOneDelete(expired), expired: expiry }, now);
    budget.spend(1 + 2 * Math.ceil(result.keys.length / MAX_KEYS_PER_DELETE));
    if (result.removalError) throw result.removalError;
    report.purged += result.changed.size;
    report.objectsRemoved += result.keys.length;
  }
  return { ...report, more: true };
}
