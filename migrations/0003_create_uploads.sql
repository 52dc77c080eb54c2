-- Resumable uploads (tus 1.0.0): one row per upload, carried across requests until its media item
-- exists or it expires. The bytes live in one R2 multipart upload (r2_upload_id) at r2_key, the key the
-- media item `media_id` will have once the last byte arrives.
CREATE TABLE uploads (
  id            TEXT PRIMARY KEY,
  -- no REFERENCES: purging a recording must not wait for its uploads; the expiry job ends those
  recording_id  TEXT NOT NULL,
  account_id    TEXT NOT NULL,
  media_id      TEXT NOT NULL UNIQUE,
  r2_key        TEXT NOT NULL UNIQUE,
  r2_upload_id  TEXT NOT NULL,
  kind          TEXT,
  filename      TEXT,
  content_type  TEXT NOT NULL,
  upload_length INTEGER NOT NULL,
  -- bytes stored so far; moves only by a conditional UPDATE on its previous value
  upload_offset INTEGER NOT NULL DEFAULT 0,
  -- the size of every part but the last, fixed by the first PATCH that does not finish the upload
  part_size     INTEGER,
  -- the last R2 part number handed out; every PATCH gets a fresh one, so racing PATCHes never share a part
  last_part     INTEGER NOT NULL DEFAULT 0,
  -- JSON array of the stored parts, in order: [{"partNumber": n, "etag": "…"}]
  parts         TEXT NOT NULL DEFAULT '[]',
  -- CRC-32 and SHA-256 state (src/tus/sha256.ts; null before the first byte) of the bytes stored so
  -- far, continued by each PATCH: a digest cannot be carried from one request to the next otherwise
  crc32         INTEGER NOT NULL DEFAULT 0,
  sha256_state  TEXT,
  created_at    TEXT NOT NULL,
  expires_at    TEXT NOT NULL,
  completed_at  TEXT
);

CREATE INDEX uploads_by_expiry ON uploads (expires_at);
CREATE INDEX uploads_by_recording ON uploads (recording_id);
