-- Resumable uploads ended by a delete of their recording (to the trash or for good) say so, so that
-- after a restore they answer 404 "ended when its recording was deleted" rather than 410 "expired"
-- at a time they never chose. Uploads ended before this migration keep answering 410 until the
-- scheduled job forgets them.
ALTER TABLE uploads ADD COLUMN ended_by TEXT;
