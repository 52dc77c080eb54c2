import type { AccountDetailsRow } from "../db/accounts";
import { retentionDays } from "../jobs/retention-purge";
import type { AccountDetails } from "../schemas/account";

/**
 * The account as the API shows it: settings (the trash retention falls back to `TRASH_RETENTION_DAYS`),
 * exact usage, quota and legal hold.
 * @throws Error when `TRASH_RETENTION_DAYS` is not a whole number of days (a configuration fault)
 */
export function toAccountDetails(row: AccountDetailsRow, env: Pick<Env, "TRASH_RETENTION_DAYS">): AccountDetails {
  return {
    id: row.id,
    name: row.name,
    settings: {
      retention_days: row.retention_days,
      trash_retention_days: row.trash_retention_days ?? retentionDays(env.TRASH_RETENTION_DAYS),
    },
    usage: {
      recordings: row.recordings_count,
      recordings_in_trash: row.recordings_in_trash,
      media_items: row.media_items,
      bytes_stored: row.bytes_stored,
    },
    quota: { max_bytes_stored: row.max_bytes_stored, max_recordings: row.max_recordings },
    legal_hold:
      row.legal_hold_placed_at === null
        ? null
        : { reason: row.legal_hold_reason ?? "", placed_at: row.legal_hold_placed_at, placed_by: row.legal_hold_placed_by ?? "" },
  };
}
