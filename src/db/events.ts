import { legalHoldJson } from "./legal-holds";
import { NEW_EVENT_ID_SQL, newEventId, TEST_EVENT_TYPE, type EventType } from "../events/types";

/**
 * The recording (alias `r`) as the API shows it (contract section 3), built by SQLite inside the
 * transaction that changes it, so an event carries exactly the state its change committed.
 */
export const RECORDING_JSON_SQL = `json_object(
  'id', r.id, 'account_id', r.account_id, 'call_id', r.call_id, 'room_id', r.room_id, 'user_id', r.user_id,
  'source', r.source, 'status', r.status, 'started_at', r.started_at, 'ended_at', r.ended_at,
  'duration_seconds', r.duration_seconds, 'channels', r.channels, 'track', r.track, 'metadata', json(r.metadata),
  'media', (SELECT json_group_array(json(j)) FROM (
    SELECT json_object('id', m.id, 'kind', m.kind, 'filename', m.filename, 'content_type', m.content_type,
      'byte_size', m.byte_size, 'sha256', m.sha256, 'created_at', m.created_at) AS j
    FROM media m WHERE m.recording_id = r.id ORDER BY m.created_at, m.rowid)),
  'created_at', r.created_at, 'updated_at', r.updated_at, 'deleted_at', r.deleted_at, 'deleted_by', r.deleted_by,
  'legal_hold', json(${legalHoldJson("r")}))`;

/** What an event about one recording says, besides the recording itself. */
export interface RecordingEvent {
  type: EventType;
  accountId: string;
  recordingId: string;
  /** More members of `data` next to `recording` (e.g. `changes`, `reason`, `media`); JSON-serializable. */
  data?: Record<string, unknown>;
  /** Defaults to now. */
  createdAt?: string;
  /** The event's id, when the caller must know it; a fresh `evt_…` otherwise. */
  id?: string;
}

const INSERT = "INSERT INTO events (id, account_id, type, created_at, recording_id, room_id, user_id, data)";

/**
 * The outbox statement of a change to one recording, to append to the change's own `db.batch`
 * right after the statement that makes the change: it records the event (with the recording as it
 * now stands) only when that statement changed a row (SQLite's `changes()`), so a change that did
 * not happen, or a batch that failed, leaves no event.
 * @example
 * await db.batch([db.prepare("UPDATE recordings SET … WHERE id = ?1").bind(id),
 *   eventStatement(db, { type: "recording.updated", accountId, recordingId: id, data: { changes: ["status"] } })]);
 */
export function eventStatement(db: D1DatabaseSession, event: RecordingEvent): D1PreparedStatement {
  return db
    .prepare(
      `${INSERT} SELECT ?1, r.account_id, ?2, ?3, r.id, r.room_id, r.user_id,
         json_patch(json_object('recording', ${RECORDING_JSON_SQL}), ?6)
       FROM recordings r WHERE r.id = ?4 AND r.account_id = ?5 AND changes() > 0`,
    )
    .bind(
      event.id ?? newEventId(), event.type, event.createdAt ?? new Date().toISOString(),
      event.recordingId, event.accountId, JSON.stringify(event.data ?? {}),
    );
}

/** Events about every recording a set-based change is about to act on. */
export interface RecordingsEvent {
  type: EventType;
  /** The recordings (alias `r`) the change will act on: the change's own WHERE clause. */
  where: string;
  /** The values of `where`'s parameters, `?1`… in order. */
  params: unknown[];
  /** Fields of the recording as the change will leave them (e.g. `deleted_at`), shown in the event. */
  overlay?: Record<string, string | number | null>;
  data?: Record<string, unknown>;
  createdAt?: string;
}

/**
 * The outbox statement of a change to many recordings at once (a bulk trash, a purge): one event per
 * recording matching the change's own WHERE clause. Put it in the change's batch just before the
 * change, so both see the same rows in the same transaction; `overlay` shows the fields as the change
 * will set them. A purge's event carries the recording (with its media) as it was when it went.
 */
export function recordingsEventStatement(db: D1DatabaseSession, event: RecordingsEvent): D1PreparedStatement {
  const n = event.params.length;
  const overlay = Object.entries(event.overlay ?? {});
  // json_set, not a merge patch: a field may become null (a restore's deleted_at). Names are code's, not input.
  const paths = overlay.map(([name], i) => `'$.${name.replace(/[^a-z_]/g, "")}', ?${n + 4 + i}`);
  const recording = paths.length ? `json_set(${RECORDING_JSON_SQL}, ${paths.join(", ")})` : RECORDING_JSON_SQL;
  return db
    .prepare(
      `${INSERT} SELECT ${NEW_EVENT_ID_SQL}, r.account_id, ?${n + 1}, ?${n + 2}, r.id, r.room_id, r.user_id,
         json_patch(json_object('recording', ${recording}), ?${n + 3})
       FROM recordings r WHERE ${event.where} ORDER BY r.created_at, r.id`,
    )
    .bind(
      ...event.params, event.type, event.createdAt ?? new Date().toISOString(), JSON.stringify(event.data ?? {}),
      ...overlay.map(([, value]) => value),
    );
}

/**
 * An event about the account rather than one recording (e.g. the account's legal hold). Not
 * `account.quota_warning`: triggers on the account row record that one (migration 0008).
 */
export interface AccountEvent {
  type: EventType;
  accountId: string;
  data: Record<string, unknown>;
  createdAt?: string;
  id?: string;
  /** Record it only when the statement just before it in the batch changed a row (as {@link eventStatement}). */
  onlyIfChanged?: boolean;
}

/** The outbox statement of an account-wide event, to append to its change's batch. */
export function accountEventStatement(db: D1DatabaseSession, event: AccountEvent): D1PreparedStatement {
  return db
    .prepare(`${INSERT} SELECT ?1, ?2, ?3, ?4, NULL, NULL, NULL, ?5 WHERE ?6 = 0 OR changes() > 0`)
    .bind(
      event.id ?? newEventId(), event.accountId, event.type, event.createdAt ?? new Date().toISOString(),
      JSON.stringify(event.data), event.onlyIfChanged ? 1 : 0,
    );
}

/** Records a `webhook.test` event for one endpoint alone (never listed; delivered only there). */
export async function insertTestEvent(db: D1DatabaseSession, event: { id: string; accountId: string; endpointId: string; createdAt: string; data: object }): Promise<void> {
  await db
    .prepare(
      `INSERT INTO events (id, account_id, type, created_at, endpoint_id, data) VALUES (?1, ?2, '${TEST_EVENT_TYPE}', ?3, ?4, ?5)`,
    )
    .bind(event.id, event.accountId, event.createdAt, event.endpointId, JSON.stringify(event.data))
    .run();
}
