import { accessCondition, accessValues, type Access } from "../access/restriction";

/**
 * Bytes an account has claimed but not yet stored, as of the time bound at `now` (e.g. `"?6"`): its
 * single-request uploads in flight (their reservations) and its unfinished resumable uploads (their whole
 * `Upload-Length`), neither expired. `account` is the parameter holding the account id.
 */
export function reservedBytes(account: string, now: string): string {
  return `((SELECT coalesce(sum(br.bytes), 0) FROM byte_reservations br WHERE br.account_id = ${account} AND br.expires_at > ${now})
    + (SELECT coalesce(sum(u.upload_length), 0) FROM uploads u
       WHERE u.account_id = ${account} AND u.completed_at IS NULL AND u.expires_at > ${now}))`;
}

/**
 * SQL that is true while `bytes` more fit the account's `max_bytes_stored`, counting what is stored and
 * what is reserved. Put in the WHERE of the INSERT that claims the bytes, it makes the check and the claim
 * one statement: of two uploads racing for the last bytes, the second sees the first's claim.
 */
export function withinByteQuota(account: string, bytes: string, now: string): string {
  return `(SELECT a.max_bytes_stored IS NULL OR a.bytes_stored + ${reservedBytes(account, now)} + ${bytes} <= a.max_bytes_stored
    FROM accounts a WHERE a.id = ${account})`;
}

/** How an account stands against its byte quota: stored, reserved, and the limit (null: none). */
export interface ByteUsage {
  bytes_stored: number;
  bytes_reserved: number;
  max_bytes_stored: number | null;
}

/** A reservation's outcome, with how the account stood in the same transaction. */
export interface Reservation extends ByteUsage {
  reserved: boolean;
  recording_found: boolean;
}

/**
 * Claims `bytes` against the account's quota for an upload to a live recording the caller may reach, before any
 * byte is stored; the upload's own transaction deletes the claim ({@link releaseReservation}), and an
 * abandoned one stops counting at `expiresAt`. Not reserved when the recording is missing or the bytes
 * would pass the quota: `recording_found` and the usage say which.
 */
export async function reserveBytes(
  db: D1DatabaseSession,
  claim: { id: string; access: Access; recordingId: string; bytes: number; now: string; expiresAt: string },
): Promise<Reservation> {
  const live = `EXISTS (SELECT 1 FROM recordings r WHERE r.id = ?5 AND ${accessCondition("r", 7)} AND r.deleted_at IS NULL)`;
  const access = accessValues(claim.access);
  const params = [claim.id, claim.access.accountId, claim.bytes, claim.expiresAt, claim.recordingId, claim.now, ...access];
  const [, state] = await db.batch<{ reserved: number; recording_found: number } & ByteUsage>([
    db
      .prepare(
        `INSERT INTO byte_reservations (id, account_id, bytes, expires_at) SELECT ?1, ?2, ?3, ?4
         WHERE ${live} AND ${withinByteQuota("?2", "?3", "?6")}`,
      )
      .bind(...params),
    db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM byte_reservations WHERE id = ?1) AS reserved, ${live} AS recording_found,
           a.bytes_stored, ${reservedBytes("?2", "?6")} AS bytes_reserved, a.max_bytes_stored
         FROM accounts a WHERE a.id = ?2 AND ?3 IS NOT NULL AND ?4 IS NOT NULL`,
      )
      .bind(...params),
  ]);
  const row = state!.results[0]!;
  return { ...row, reserved: row.reserved === 1, recording_found: row.recording_found === 1 };
}

/** The statement that deletes a reservation: in the batch that stores the bytes, or alone when the upload fails. */
export function releaseReservation(db: D1DatabaseSession, id: string): D1PreparedStatement {
  return db.prepare("DELETE FROM byte_reservations WHERE id = ?1").bind(id);
}

/** How the account stands against its byte quota now. */
export async function readByteUsage(db: D1DatabaseSession, accountId: string, now: string): Promise<ByteUsage> {
  const row = await db
    .prepare(`SELECT a.bytes_stored, ${reservedBytes("?1", "?2")} AS bytes_reserved, a.max_bytes_stored FROM accounts a WHERE a.id = ?1`)
    .bind(accountId, now)
    .first<ByteUsage>();
  return row ?? { bytes_stored: 0, bytes_reserved: 0, max_bytes_stored: null };
}

/** Forgets reservations that expired before `now` (they no longer count); how many. */
export async function deleteExpiredReservations(db: D1DatabaseSession, now: string, limit: number): Promise<number> {
  const result = await db
    .prepare("DELETE FROM byte_reservations WHERE id IN (SELECT id FROM byte_reservations WHERE expires_at <= ?1 LIMIT ?2)")
    .bind(now, limit)
    .run();
  return result.meta.changes;
}
