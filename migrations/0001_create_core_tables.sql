-- Accounts (tenants), their API keys, recordings and media items.
-- Timestamps are ISO 8601 UTC strings with milliseconds ("2026-11-22T11:00:00.000Z"),
-- so they sort as text in time order.

CREATE TABLE accounts (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE api_keys (
  id         TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  name       TEXT NOT NULL,
  -- hex SHA-256 of the key; the key itself is never stored
  key_hash   TEXT NOT NULL UNIQUE,
  -- JSON array of scope names
  scopes     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE TABLE recordings (
  id               TEXT PRIMARY KEY,
  account_id       TEXT NOT NULL REFERENCES accounts(id),
  call_id          TEXT,
  room_id          TEXT,
  user_id          TEXT,
  source           TEXT NOT NULL,
  status           TEXT NOT NULL,
  started_at       TEXT,
  ended_at         TEXT,
  duration_seconds REAL,
  channels         INTEGER,
  track            TEXT,
  metadata         TEXT NOT NULL DEFAULT '{}',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  deleted_at       TEXT,
  deleted_by       TEXT
);

-- Keyset pagination: every list query seeks on one of these, newest first.
CREATE INDEX recordings_by_account ON recordings (account_id, created_at DESC, id DESC);
CREATE INDEX recordings_by_call    ON recordings (account_id, call_id, created_at DESC, id DESC) WHERE call_id IS NOT NULL;
CREATE INDEX recordings_by_room    ON recordings (account_id, room_id, created_at DESC, id DESC) WHERE room_id IS NOT NULL;
CREATE INDEX recordings_by_user    ON recordings (account_id, user_id, created_at DESC, id DESC) WHERE user_id IS NOT NULL;
CREATE INDEX recordings_by_status  ON recordings (account_id, status, created_at DESC, id DESC);
-- deleted=only pages through the trash without scanning live recordings.
CREATE INDEX recordings_in_trash   ON recordings (account_id, created_at DESC, id DESC) WHERE deleted_at IS NOT NULL;

CREATE TABLE media (
  id           TEXT PRIMARY KEY,
  recording_id TEXT NOT NULL REFERENCES recordings(id),
  account_id   TEXT NOT NULL,
  kind         TEXT NOT NULL,
  filename     TEXT NOT NULL,
  content_type TEXT NOT NULL,
  byte_size    INTEGER NOT NULL,
  -- hex SHA-256 and CRC-32 of the bytes, computed while streaming the upload
  sha256       TEXT NOT NULL,
  crc32        INTEGER NOT NULL,
  r2_key       TEXT NOT NULL UNIQUE,
  created_at   TEXT NOT NULL
);

-- media are listed in upload order: created_at, then rowid for uploads in the same millisecond
CREATE INDEX media_by_recording ON media (recording_id, created_at);
