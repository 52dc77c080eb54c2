import { accessCondition, accessValues, type Access } from "../access/restriction";
import type { LegalHold } from "../schemas/account";
import { accountEventStatement, eventStatement } from "./events";

/**
 * SQL that is true when the recording (the table or alias `r`) is under no legal hold, its own or its
 * account's. Every delete path puts it in the WHERE of the statement that deletes, so a hold placed a
 * moment before cannot be slipped past.
 */
export function notHeld(r: string): string {
  return `${r}.legal_hold_placed_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM accounts ha WHERE ha.id = ${r}.account_id AND ha.legal_hold_placed_at IS NOT NULL)`;
}

/** The recording's hold, or else its account's, as one JSON object or null (`r` is the recordings alias). */
export function legalHoldJson(r: string): string {
  return `CASE WHEN ${r}.legal_hold_placed_at IS NOT NULL
      THEN json_object('reason', ${r}.legal_hold_reason, 'placed_at', ${r}.legal_hold_placed_at, 'placed_by', ${r}.legal_hold_placed_by)
    ELSE (SELECT json_object('reason', ha.legal_hold_reason, 'placed_at', ha.legal_hold_placed_at, 'placed_by', ha.legal_hold_placed_by)
      FROM accounts ha WHERE ha.id = ${r}.account_id AND ha.legal_hold_placed_at IS NOT NULL) END`;
}

/** Where a release stood: released, there was no hold, or there is no such recording of the account. */
export type ReleaseOutcome = "released" | "not_held" | "not_found";

/**
 * Places (or replaces) the hold on a recording the caller may reach, in the trash or not; false when
 * there is no such recording.
 */
export async function placeRecordingHold(db: D1DatabaseSession, access: Access, id: string, hold: LegalHold): Promise<boolean> {
  const [placed] = await db.batch([
    db
      .prepare(
        `UPDATE recordings AS r SET legal_hold_reason = ?5, legal_hold_placed_at = ?6, legal_hold_placed_by = ?7
         WHERE r.id = ?1 AND ${accessCondition("r", 2)}`,
      )
      .bind(id, ...accessValues(access), hold.reason, hold.placed_at, hold.placed_by),
    eventStatement(db, { type: "legal_hold.placed", accountId: access.accountId, recordingId: id, createdAt: hold.placed_at, data: { hold } }),
  ]);
  return (placed?.meta.changes ?? 0) > 0;
}

/** Releases the hold on a recording the caller may reach. */
export async function releaseRecordingHold(db: D1DatabaseSession, access: Access, id: string): Promise<ReleaseOutcome> {
  const values = [id, ...accessValues(access)];
  const [found, released] = await db.batch<{ id: string }>([
    db.prepare(`SELECT r.id FROM recordings r WHERE r.id = ?1 AND ${accessCondition("r", 2)}`).bind(...values),
    db
      .prepare(
        `UPDATE recordings AS r SET legal_hold_reason = NULL, legal_hold_placed_at = NULL, legal_hold_placed_by = NULL
         WHERE r.id = ?1 AND ${accessCondition("r", 2)} AND r.legal_hold_placed_at IS NOT NULL`,
      )
      .bind(...values),
    eventStatement(db, { type: "legal_hold.released", accountId: access.accountId, recordingId: id }),
  ]);
  if ((found?.results.length ?? 0) === 0) return "not_found";
  return (released?.meta.changes ?? 0) > 0 ? "released" : "not_held";
}

/** Places (or replaces) the hold on the whole account. */
export async function placeAccountHold(db: D1DatabaseSession, accountId: string, hold: LegalHold): Promise<void> {
  await db.batch([
    db
      .prepare("UPDATE accounts SET legal_hold_reason = ?2, legal_hold_placed_at = ?3, legal_hold_placed_by = ?4 WHERE id = ?1")
      .bind(accountId, hold.reason, hold.placed_at, hold.placed_by),
    accountEventStatement(db, { type: "legal_hold.placed", accountId, createdAt: hold.placed_at, data: { hold, scope: "account" }, onlyIfChanged: true }),
  ]);
}

/** Releases the account's hold; false when there was none. */
export async function releaseAccountHold(db: D1DatabaseSession, accountId: string): Promise<boolean> {
  const [released] = await db.batch([
    db
      .prepare(
        `UPDATE accounts SET legal_hold_reason = NULL, legal_hold_placed_at = NULL, legal_hold_placed_by = NULL
         WHERE id = ?1 AND legal_hold_placed_at IS NOT NULL`,
      )
      .bind(accountId),
    accountEventStatement(db, { type: "legal_hold.released", accountId, data: { scope: "account" }, onlyIfChanged: true }),
  ]);
  return (released?.meta.changes ?? 0) > 0;
}
