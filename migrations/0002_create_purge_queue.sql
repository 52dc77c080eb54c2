-- The recording life cycle: trash, purges and the scheduled jobs.
--
-- A purge removes a recording's rows and queues its media objects' keys in one transaction, then
-- deletes the objects from R2 and the queue entries. A failure after the transaction leaves only
-- queue entries, which the scheduled job drains: the recording never stays listed without its media,
-- and no object is forgotten.
CREATE TABLE purge_queue (
  r2_key    TEXT PRIMARY KEY,
  queued_at TEXT NOT NULL
) WITHOUT ROWID;

-- The retention job finds what has been in the trash longest without scanning live recordings.
CREATE INDEX recordings_by_deleted_at ON recordings (deleted_at) WHERE deleted_at IS NOT NULL;

-- Where a scheduled job left off between runs (e.g. the orphan sweep's R2 list cursor).
CREATE TABLE job_state (
  name       TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
