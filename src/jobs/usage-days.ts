import type { AppEnv } from "../lib/types";
import { deleteExpiredReservations } from "../db/quotas";
import { closeUsageDay } from "../db/usage-days";
import { addDays, utcDay } from "../account/usage-report";
import type { Budget } from "./budget";

/** How many ended days a run closes when the cron missed some (older ones are computed when read). */
export const DAYS_TO_CLOSE = 2;

export interface UsageDaysReport {
  closed: number;
  reservationsForgotten: number;
  more: boolean;
}

/**
 * Writes each account's daily usage row for the days that have ended (yesterday, and the day before
 * when runs were missed): the totals at the day's end, `accountsPerStep` accounts per subrequest while
 * the budget lasts. Also forgets quota reservations of uploads whose request died (they stopped counting
 * when they expired).
 */
export async function closeUsageDays(
  env: Pick<AppEnv, "DB">,
  now: Date,
  { budget, accountsPerStep = 1000 }: { budget: Budget; accountsPerStep?: number },
): Promise<UsageDaysReport> {
  const report: UsageDaysReport = { closed: 0, reservationsForgotten: 0, more: false };
  budget.spend(1);
  report.reservationsForgotten = await deleteExpiredReservations(env.DB, now.toISOString(), 1000);
  const today = utcDay(now);
  for (let back = DAYS_TO_CLOSE; back >= 1; back--) {
    const day = addDays(today, -back);
    for (;;) {
      if (!budget.allows(1)) return { ...report, more: true };
      budget.spend(1);
      const closed = await closeUsageDay(env.DB, day, accountsPerStep);
      report.closed += closed;
      if (closed < accountsPerStep) break;
    }
  }
  return report;
}
