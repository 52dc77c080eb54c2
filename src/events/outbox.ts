/**
 * The outbox: how a change records its events in its own transaction. Every statement here is meant
 * to be appended to the change's `db.batch`, so the event commits with the change or not at all.
 * After the commit, `handOverEvents` (src/events/dispatch.ts) gives them to the delivery queue.
 */
import { eventStatement, type RecordingEvent } from "../db/events";
import { toMedia, type MediaRow } from "../db/media";
import type { RecordingRow } from "../db/recordings";
import type { Status } from "../schemas/recording";

export { accountEventStatement, eventStatement, recordingsEventStatement } from "../db/events";
export type { AccountEvent, RecordingEvent, RecordingsEvent } from "../db/events";

/** The final statuses and the event each one fires. */
const FINAL_EVENTS: Partial<Record<Status, "recording.completed" | "recording.failed">> = {
  complete: "recording.completed",
  failed: "recording.failed",
  aborted: "recording.failed",
};

/** The event fired when a recording reaches `status`, if it is a final one. */
export function finalStatusEvent(status: string | undefined): "recording.completed" | "recording.failed" | undefined {
  return status === undefined ? undefined : FINAL_EVENTS[status as Status];
}

/**
 * The events of a new recording, to follow its INSERT: `recording.created`, and `recording.completed`
 * or `recording.failed` when it is created in a final status.
 */
export function createdEvents(db: D1DatabaseSession, row: Pick<RecordingRow, "id" | "account_id" | "status" | "created_at">): D1PreparedStatement[] {
  const base = { accountId: row.account_id, recordingId: row.id, createdAt: row.created_at };
  const statements = [eventStatement(db, { ...base, type: "recording.created" })];
  const final = finalStatusEvent(row.status);
  if (final) statements.push(eventStatement(db, { ...base, type: final }));
  return statements;
}

/**
 * The events of a PATCH, to follow its UPDATE: `recording.updated` naming the `changes` (none when
 * nothing changed), then `recording.completed`/`recording.failed` when the status became final. Each
 * is recorded only when the statement before it changed a row, so a refused UPDATE records none.
 */
export function updatedEvents(
  db: D1DatabaseSession,
  { accountId, recordingId, changes, status, at }: { accountId: string; recordingId: string; changes: string[]; status?: string; at: string },
): D1PreparedStatement[] {
  if (changes.length === 0) return [];
  const base = { accountId, recordingId, createdAt: at };
  const statements = [eventStatement(db, { ...base, type: "recording.updated", data: { changes } })];
  const final = changes.includes("status") ? finalStatusEvent(status) : undefined;
  if (final) statements.push(eventStatement(db, { ...base, type: final }));
  return statements;
}

/** `media.ready` for a finished upload (single or resumable), to follow the recording's UPDATE in its batch. */
export function mediaReadyEvent(db: D1DatabaseSession, media: MediaRow, data: RecordingEvent["data"] = {}): D1PreparedStatement {
  return eventStatement(db, {
    type: "media.ready",
    accountId: media.account_id,
    recordingId: media.recording_id,
    createdAt: media.created_at,
    data: { media: toMedia(media), ...data },
  });
}
