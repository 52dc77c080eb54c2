-- account.quota_warning (contract section 12): recorded when an account's usage reaches 80 % and 100 % of
-- a quota, in the same transaction as the change that got it there.
--
-- Triggers on the account row, like the usage counters of migration 0006 that they watch, so every code
-- path that adds usage (a single upload, a tus upload's last PATCH, a create) and every quota change (the
-- operator lowering a quota below the usage, or setting one where there was none) records the warning
-- without any route having to remember it, and a change that fails or is refused records none.
--
-- "Passes" means reaching: usage * 100 >= limit * threshold. QUOTA_EXCEEDED lets usage reach a quota and
-- refuses only what would go beyond it, so an account at exactly 100 % is full (its next byte or create
-- is refused) and that is when the 100 % warning fires; 80 % is reached the same way. A warning fires
-- each time usage crosses a threshold upward (below before the change, at or above after); staying above
-- fires nothing, and falling below and crossing again fires again. A change that crosses both
-- thresholds at once records both, 80 before 100. No limit (null) is below every threshold, and
-- removing a limit fires nothing.
--
-- Bytes are the bytes stored (`bytes_stored`, as GET /v1/account shows them); bytes reserved by uploads
-- in flight count once they are stored. Recordings count the trash, as the quota does.
--
-- The event is an account event (no recording, room or user), so keys restricted to a room or user do
-- not list it, as with the account's legal hold events. Its id is made as NEW_EVENT_ID_SQL makes them,
-- its created_at in the format of the Worker's toISOString(); `data` is
--   { "quota": "max_bytes_stored" | "max_recordings", "threshold": 80 | 100, "usage": n, "limit": n }.
-- The Worker hands it to the webhook queue after the request commits; the scheduled job hands over any
-- it missed.

CREATE TRIGGER quota_warning_bytes AFTER UPDATE OF bytes_stored, max_bytes_stored ON accounts
WHEN NEW.max_bytes_stored IS NOT NULL BEGIN
  INSERT INTO events (id, account_id, type, created_at, data)
  SELECT 'evt_' || lower(hex(randomblob(16))), NEW.id, 'account.quota_warning', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    json_object('quota', 'max_bytes_stored', 'threshold', t.threshold, 'usage', NEW.bytes_stored, 'limit', NEW.max_bytes_stored)
  FROM (SELECT 80 AS threshold UNION ALL SELECT 100) t
  WHERE NEW.bytes_stored * 100 >= NEW.max_bytes_stored * t.threshold
    AND (OLD.max_bytes_stored IS NULL OR OLD.bytes_stored * 100 < OLD.max_bytes_stored * t.threshold)
  ORDER BY t.threshold;
END;

CREATE TRIGGER quota_warning_recordings AFTER UPDATE OF recordings_count, max_recordings ON accounts
WHEN NEW.max_recordings IS NOT NULL BEGIN
  INSERT INTO events (id, account_id, type, created_at, data)
  SELECT 'evt_' || lower(hex(randomblob(16))), NEW.id, 'account.quota_warning', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    json_object('quota', 'max_recordings', 'threshold', t.threshold, 'usage', NEW.recordings_count, 'limit', NEW.max_recordings)
  FROM (SELECT 80 AS threshold UNION ALL SELECT 100) t
  WHERE NEW.recordings_count * 100 >= NEW.max_recordings * t.threshold
    AND (OLD.max_recordings IS NULL OR OLD.recordings_count * 100 < OLD.max_recordings * t.threshold)
  ORDER BY t.threshold;
END;
