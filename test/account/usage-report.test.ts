import { describe, expect, it } from "vitest";
import { addDays, daysBetween, usageReport } from "../../src/account/usage-report";
import type { UsageDayRow } from "../../src/db/usage-days";

const row = (day: string, flows: Partial<UsageDayRow> = {}): UsageDayRow => ({
  day, bytes_added: 0, bytes_removed: 0, recordings_created: 0, recordings_purged: 0, bytes_stored: null, recordings: null, ...flows,
});

describe("usageReport", () => {
  const base = { today: "2026-12-06", createdDay: "2026-11-01", current: { bytes_stored: 1000, recordings: 10 } };

  it("works the totals at each day's end back from now through what flowed on the days after", () => {
    const rows = [
      row("2026-12-06", { bytes_added: 300, recordings_created: 2 }),
      row("2026-12-04", { bytes_added: 100, bytes_removed: 400, recordings_created: 1, recordings_purged: 3 }),
    ];
    expect(usageReport({ ...base, from: "2026-12-03", to: "2026-12-06", rows })).toEqual([
      { date: "2026-12-03", bytes_stored: 1000, recordings: 10, bytes_uploaded: 0, recordings_created: 0, recordings_purged: 0 },
      { date: "2026-12-04", bytes_stored: 700, recordings: 8, bytes_uploaded: 100, recordings_created: 1, recordings_purged: 3 },
      { date: "2026-12-05", bytes_stored: 700, recordings: 8, bytes_uploaded: 0, recordings_created: 0, recordings_purged: 0 },
      { date: "2026-12-06", bytes_stored: 1000, recordings: 10, bytes_uploaded: 300, recordings_created: 2, recordings_purged: 0 },
    ]);
  });

  it("takes the totals the job wrote for a closed day, never for today", () => {
    const rows = [row("2026-12-05", { bytes_stored: 555, recordings: 5 }), row("2026-12-06", { bytes_stored: 1, recordings: 1 })];
    const out = usageReport({ ...base, from: "2026-12-05", to: "2026-12-06", rows });
    expect(out.map((d) => [d.bytes_stored, d.recordings])).toEqual([[555, 5], [1000, 10]]);
  });

  it("starts no earlier than the account's creation and ends no later than today", () => {
    const out = usageReport({ ...base, createdDay: "2026-12-05", from: "2026-11-20", to: "2026-12-31", rows: [] });
    expect(out.map((d) => d.date)).toEqual(["2026-12-05", "2026-12-06"]);
    expect(usageReport({ ...base, from: "2027-01-01", to: "2027-01-02", rows: [] })).toEqual([]);
  });

  it("counts days across months and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(364);
  });
});
