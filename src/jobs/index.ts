import { withD1Session } from "../edge/session";
import type { AppEnv } from "../lib/types";
import { Budget } from "./budget";
import { runEventsJob } from "./events";
import { endExpiredUploads } from "./expired-uploads";
import { sweepOrphanedObjects } from "./orphan-sweep";
import { trashExpiredByRetention } from "./retention";
import { purgeExpiredTrash, retentionDays } from "./retention-purge";
import { closeUsageDays } from "./usage-days";

/**
 * One job the cron runs: a bounded batch of work within its own share of the invocation's
 * subrequests (Workers Free allows 50 per invocation; the shares below add up to 50).
 */
export interface ScheduledJob {
  name: string;
  subrequests: number;
  run(env: AppEnv, now: Date, budget: Budget): Promise<object>;
}

export const SCHEDULED_JOBS: ScheduledJob[] = [
  // First, so what it moves to the trash is counted there before the day is closed.
  { name: "retention", subrequests: 6, run: (env, now, budget) => trashExpiredByRetention(env, now, { budget }) },
  {
    name: "retention-purge",
    subrequests: 15,
    run: (env, now, budget) => purgeExpiredTrash(env, now, { budget, retentionDays: retentionDays(env.TRASH_RETENTION_DAYS) }),
  },
  { name: "orphan-sweep", subrequests: 9, run: (env, now, budget) => sweepOrphanedObjects(env, now, { budget }) },
  { name: "expired-uploads", subrequests: 10, run: (env, now, budget) => endExpiredUploads(env, now, { budget, batch: 4 }) },
  { name: "usage-days", subrequests: 3, run: (env, now, budget) => closeUsageDays(env, now, { budget }) },
  // Last, so that the events the other jobs record are handed over in the same run.
  { name: "events", subrequests: 7, run: (env, now, budget) => runEventsJob(env, now, { budget }) },
];

/** What one job did in a run, or why it failed. */
export interface JobReport {
  job: string;
  ok: boolean;
  report?: object;
  error?: string;
}

/**
 * Runs every scheduled job once, in order, each within its own budget, as of `now` (the cron's
 * scheduled time), each in its own D1 session starting at the primary (what a job reads decides what it
 * deletes, so it must not read a replica's older state). A job that fails does not stop the others; the failures are logged, and thrown
 * together at the end so the run is recorded as failed.
 * @throws AggregateError when any job failed
 */
export async function runScheduledJobs(env: Env, now: Date, jobs: ScheduledJob[] = SCHEDULED_JOBS): Promise<JobReport[]> {
  const reports: JobReport[] = [];
  const errors: unknown[] = [];
  for (const job of jobs) {
    try {
      reports.push({ job: job.name, ok: true, report: await job.run(withD1Session(env, "first-primary"), now, new Budget(job.subrequests)) });
    } catch (err) {
      errors.push(err);
      reports.push({ job: job.name, ok: false, error: String(err) });
    }
  }
  console.log(JSON.stringify({ event: "scheduled_jobs", at: now.toISOString(), reports }));
  if (errors.length > 0) throw new AggregateError(errors, `${errors.length} scheduled job(s) failed`);
  return reports;
}
