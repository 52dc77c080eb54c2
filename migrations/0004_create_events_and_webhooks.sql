-- Events and webhooks (contract section 11).
--
-- events is an outbox: every change writes its event in the same D1 transaction (db.batch) as the
-- change itself, so a committed change always has its event and a failed one never does. After the
-- commit the Worker hands new events to the delivery queue (dispatched_at); the scheduled job hands
-- over whatever a Worker that died first left waiting, and trims events older than 30 days.
CREATE TABLE events (
  -- commit order: the events list pages on it, oldest first
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  -- evt_… (never changes, whatever happens to its deliveries)
  id            TEXT NOT NULL UNIQUE,
  account_id    TEXT NOT NULL,
  type          TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  -- the recording it is about, with its room and user as they were, so that a key restricted to a
  -- room or user can be shown only its own events
  recording_id  TEXT,
  room_id       TEXT,
  user_id       TEXT,
  -- only for webhook.test: the one endpoint it goes to (such events are not listed)
  endpoint_id   TEXT,
  -- the event's `data`, JSON
  data          TEXT NOT NULL,
  -- when its deliveries were created and handed to the queue; null while waiting in the outbox
  dispatched_at TEXT
);

CREATE INDEX events_by_account ON events (account_id, seq);
CREATE INDEX events_by_type    ON events (account_id, type, seq);
CREATE INDEX events_waiting    ON events (seq) WHERE dispatched_at IS NULL;
CREATE INDEX events_by_age     ON events (created_at);

-- Where an account's events are sent: at most 20 per account.
CREATE TABLE webhook_endpoints (
  id                  TEXT PRIMARY KEY,
  account_id          TEXT NOT NULL,
  url                 TEXT NOT NULL,
  description         TEXT,
  -- JSON array of event types; null: every type
  events              TEXT,
  enabled             INTEGER NOT NULL DEFAULT 1,
  disabled_reason     TEXT,
  -- whsec_…: kept so that deliveries can be signed (an HMAC key cannot be hashed); never answered again
  secret              TEXT NOT NULL,
  -- after a rotation the old secret signs alongside the new one until previous_expires_at
  previous_secret     TEXT,
  previous_expires_at TEXT,
  -- when the current run of failed attempts began (null after a success); 3 days of it disables the endpoint
  failing_since       TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);

CREATE INDEX webhook_endpoints_by_account ON webhook_endpoints (account_id, created_at, id);

-- One event sent to one endpoint: retried until it succeeds or its retry window ends.
CREATE TABLE webhook_deliveries (
  id              TEXT PRIMARY KEY,
  endpoint_id     TEXT NOT NULL,
  account_id      TEXT NOT NULL,
  event_id        TEXT NOT NULL,
  -- pending, succeeded or failed
  status          TEXT NOT NULL DEFAULT 'pending',
  attempts        INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  -- when the next attempt is due (pending only)
  next_attempt_at TEXT,
  -- a failed attempt is retried while it is before this time
  retry_until     TEXT NOT NULL,
  -- a consumer attempting it holds it until then, so a duplicate queue message never sends it twice at once
  leased_until    TEXT,
  finished_at     TEXT,
  UNIQUE (event_id, endpoint_id)
);

CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_deliveries_due         ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_age      ON webhook_deliveries (created_at);

-- Every attempt of a delivery: when, the answer's status code (null when none came), how long, what went wrong.
CREATE TABLE webhook_attempts (
  delivery_id  TEXT NOT NULL,
  attempt      INTEGER NOT NULL,
  attempted_at TEXT NOT NULL,
  status_code  INTEGER,
  duration_ms  INTEGER NOT NULL,
  error        TEXT,
  PRIMARY KEY (delivery_id, attempt)
) WITHOUT ROWID;
