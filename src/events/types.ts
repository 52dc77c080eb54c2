/** Every event type of contract section 11, and the test event an endpoint can ask for. */
export const EVENT_TYPES = [
  "recording.created",
  "recording.updated",
  "recording.completed",
  "recording.failed",
  "media.ready",
  "recording.trashed",
  "recording.restored",
  "recording.purged",
  "upload.expired",
  "legal_hold.placed",
  "legal_hold.released",
  "account.quota_warning",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** The event a `POST /v1/webhooks/{id}/test` sends to that endpoint alone (never listed, never subscribed to). */
export const TEST_EVENT_TYPE = "webhook.test" as const;

/** A new event id: `evt_` and 32 hex digits of randomness (the SQL form is {@link NEW_EVENT_ID_SQL}). */
export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `evt_${[...bytes].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** A new event id made by SQLite, for events recorded one per matching row. */
export const NEW_EVENT_ID_SQL = "'evt_' || lower(hex(randomblob(16)))";
