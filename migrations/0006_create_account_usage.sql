-- The account: retention settings, quotas, legal holds and exact usage.
--
-- Usage counters live on the account row and are kept by triggers, so every statement that inserts,
-- trashes, restores or deletes a recording or a media row changes them in its own transaction, whatever
-- code path runs it (uploads, tus completion, trash, restore, purges by the API and by the jobs). They
-- cannot drift from the rows they count.

ALTER TABLE accounts ADD COLUMN retention_days INTEGER;           -- null: keep recordings forever
ALTER TABLE accounts ADD COLUMN trash_retention_days INTEGER;     -- null: TRASH_RETENTION_DAYS
ALTER TABLE accounts ADD COLUMN max_bytes_stored INTEGER;         -- null: no limit
ALTER TABLE accounts ADD COLUMN max_recordings INTEGER;           -- null: no limit
ALTER TABLE accounts ADD COLUMN legal_hold_reason TEXT;
ALTER TABLE accounts ADD COLUMN legal_hold_placed_at TEXT;        -- not null: the whole account is held
ALTER TABLE accounts ADD COLUMN legal_hold_placed_by TEXT;
ALTER TABLE accounts ADD COLUMN recordings_count INTEGER NOT NULL DEFAULT 0;    -- trash included
ALTER TABLE accounts ADD COLUMN recordings_in_trash INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN media_items INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN bytes_stored INTEGER NOT NULL DEFAULT 0;

ALTER TABLE recordings ADD COLUMN legal_hold_reason TEXT;
ALTER TABLE recordings ADD COLUMN legal_hold_placed_at TEXT;      -- not null: the recording is held
ALTER TABLE recordings ADD COLUMN legal_hold_placed_by TEXT;

-- The retention job finds each account's live recordings older than its retention_days through this.
CREATE INDEX recordings_by_age ON recordings (account_id, coalesce(ended_at, created_at)) WHERE deleted_at IS NULL;

-- Bytes a single-request upload has claimed against the quota before storing them; the upload's own
-- transaction deletes its row, and an abandoned one stops counting at expires_at (the job forgets it).
-- Resumable uploads reserve through their uploads row (upload_length, while unfinished and unexpired).
CREATE TABLE byte_reservations (
  id         TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX byte_reservations_by_account ON byte_reservations (account_id, expires_at);
CREATE INDEX uploads_unfinished_by_account ON uploads (account_id, expires_at) WHERE completed_at IS NULL;

-- One row per account and UTC day with activity: what flowed that day (written by the triggers), and
-- the totals at the day's end (bytes_stored, recordings), written by the scheduled job once the day is over.
CREATE TABLE usage_days (
  account_id         TEXT NOT NULL,
  day                TEXT NOT NULL,   -- YYYY-MM-DD (UTC)
  bytes_added        INTEGER NOT NULL DEFAULT 0,
  bytes_removed      INTEGER NOT NULL DEFAULT 0,
  recordings_created INTEGER NOT NULL DEFAULT 0,
  recordings_purged  INTEGER NOT NULL DEFAULT 0,
  bytes_stored       INTEGER,
  recordings         INTEGER,
  PRIMARY KEY (account_id, day)
) WITHOUT ROWID;

CREATE TRIGGER usage_recording_inserted AFTER INSERT ON recordings BEGIN
  UPDATE accounts SET recordings_count = recordings_count + 1,
    recordings_in_trash = recordings_in_trash + (NEW.deleted_at IS NOT NULL)
  WHERE id = NEW.account_id;
  INSERT INTO usage_days (account_id, day, recordings_created) VALUES (NEW.account_id, strftime('%Y-%m-%d', 'now'), 1)
  ON CONFLICT (account_id, day) DO UPDATE SET recordings_created = recordings_created + 1;
END;

CREATE TRIGGER usage_recording_deleted AFTER DELETE ON recordings BEGIN
  UPDATE accounts SET recordings_count = recordings_count - 1,
    recordings_in_trash = recordings_in_trash - (OLD.deleted_at IS NOT NULL)
  WHERE id = OLD.account_id;
  INSERT INTO usage_days (account_id, day, recordings_purged) VALUES (OLD.account_id, strftime('%Y-%m-%d', 'now'), 1)
  ON CONFLICT (account_id, day) DO UPDATE SET recordings_purged = recordings_purged + 1;
END;

CREATE TRIGGER usage_recording_trashed AFTER UPDATE OF deleted_at ON recordings
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN
  UPDATE accounts SET recordings_in_trash = recordings_in_trash + (CASE WHEN NEW.deleted_at IS NULL THEN -1 ELSE 1 END)
  WHERE id = NEW.account_id;
END;

CREATE TRIGGER usage_media_inserted AFTER INSERT ON media BEGIN
  UPDATE accounts SET media_items = media_items + 1, bytes_stored = bytes_stored + NEW.byte_size WHERE id = NEW.account_id;
  INSERT INTO usage_days (account_id, day, bytes_added) VALUES (NEW.account_id, strftime('%Y-%m-%d', 'now'), NEW.byte_size)
  ON CONFLICT (account_id, day) DO UPDATE SET bytes_added = bytes_added + excluded.bytes_added;
END;

CREATE TRIGGER usage_media_deleted AFTER DELETE ON media BEGIN
  UPDATE accounts SET media_items = media_items - 1, bytes_stored = bytes_stored - OLD.byte_size WHERE id = OLD.account_id;
  INSERT INTO usage_days (account_id, day, bytes_removed) VALUES (OLD.account_id, strftime('%Y-%m-%d', 'now'), OLD.byte_size)
  ON CONFLICT (account_id, day) DO UPDATE SET bytes_removed = bytes_removed + excluded.bytes_removed;
END;

-- What the accounts hold already, counted once.
UPDATE accounts SET
  recordings_count = (SELECT count(*) FROM recordings r WHERE r.account_id = accounts.id),
  recordings_in_trash = (SELECT count(*) FROM recordings r WHERE r.account_id = accounts.id AND r.deleted_at IS NOT NULL),
  media_items = (SELECT count(*) FROM media m WHERE m.account_id = accounts.id),
  bytes_stored = (SELECT coalesce(sum(m.byte_size), 0) FROM media m WHERE m.account_id = accounts.id);
