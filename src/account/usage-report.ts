import type { UsageDayRow } from "../db/usage-days";
import type { UsageDay } from "../schemas/account";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day (YYYY-MM-DD) of a time. */
export function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** The UTC day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS));
}

/** Whole days from `from` to `to` (0 when the same day). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

export interface UsageInput {
  /** First and last day asked for (YYYY-MM-DD), already checked: from ≤ to. */
  from: string;
  to: string;
  today: string;
  /** The day the account was created: no row before it. */
  createdDay: string;
  /** The counters now. */
  current: { bytes_stored: number; recordings: number };
  /** The account's usage_days rows from `from` on (to today), in any order. */
  rows: UsageDayRow[];
}

/**
 * One row per UTC day from `from` (not before the account existed) to `to` (not after today), oldest
 * first. What flowed each day comes from its row (none: nothing flowed); the totals at a day's end are
 * those the scheduled job wrote when it closed the day, else (today, or a day not closed yet) the
 * counters now less what flowed on the days after: the same number, as the triggers keep both together.
 * @example usageReport({ from: "2026-12-01", to: "2026-12-02", today: "2026-12-02", createdDay: "2026-11-01", current, rows })
 */
export function usageReport(input: UsageInput): UsageDay[] {
  const byDay = new Map(input.rows.map((row) => [row.day, row]));
  const first = input.from > input.createdDay ? input.from : input.createdDay;
  const last = input.to < input.today ? input.to : input.today;
  const out: UsageDay[] = [];
  let stored = input.current.bytes_stored;
  let recordings = input.current.recordings;
  for (let day = input.today; day >= first; day = addDays(day, -1)) {
    const row = byDay.get(day);
    if (day <= last) {
      const closed = day < input.today && row?.bytes_stored != null && row.recordings != null;
      out.push({
        date: day,
        bytes_stored: closed ? row.bytes_stored! : stored,
        recordings: closed ? row.recordings! : recordings,
        bytes_uploaded: row?.bytes_added ?? 0,
        recordings_created: row?.recordings_created ?? 0,
        recordings_purged: row?.recordings_purged ?? 0,
      });
    }
    stored -= (row?.bytes_added ?? 0) - (row?.bytes_removed ?? 0);
    recordings -= (row?.recordings_created ?? 0) - (row?.recordings_purged ?? 0);
  }
  return out.reverse();
}
