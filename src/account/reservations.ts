import type { Access } from "../access/restriction";
import { releaseReservation, reserveBytes } from "../db/quotas";
import { recordingNotFound } from "../lib/errors";
import { byteQuotaExceeded } from "./quotas";

/** How long a single-request upload's claim on the quota lasts if its request dies before releasing it. */
export const RESERVATION_TTL_MS = 60 * 60 * 1000;

/** A claim on the quota held by an upload in flight. */
export interface UploadReservation {
  /** The statement that releases it, for the batch that stores the media row. */
  statement: D1PreparedStatement;
  /** Releases it alone (the upload failed); never throws: an unreleased claim stops counting when it expires. */
  release(): Promise<void>;
}

/**
 * Claims an upload's bytes (its `Content-Length`) against the account's quota, for a live recording the
 * caller may reach, before any byte is stored.
 * @throws ApiError 404 RECORDING_NOT_FOUND, 403 QUOTA_EXCEEDED (nothing claimed either way)
 */
export async function reserveUpload(
  db: D1DatabaseSession,
  claim: { access: Access; recordingId: string; id: string; bytes: number },
  now = new Date(),
): Promise<UploadReservation> {
  const expiresAt = new Date(now.getTime() + RESERVATION_TTL_MS).toISOString();
  const outcome = await reserveBytes(db, { ...claim, now: now.toISOString(), expiresAt });
  if (!outcome.recording_found) throw recordingNotFound(claim.recordingId);
  if (!outcome.reserved) throw byteQuotaExceeded(outcome, claim.bytes);
  const statement = releaseReservation(db, claim.id);
  const release = () =>
    statement.run().then(
      () => undefined,
      (err: unknown) => console.error(JSON.stringify({ event: "reservation_left", id: claim.id, error: String(err) })),
    );
  return { statement, release };
}
