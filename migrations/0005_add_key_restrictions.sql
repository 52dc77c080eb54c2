-- Restricted keys (contract section 2): a key may see only the recordings of one room or of one user.
-- At most one of the two is set; both null is a key that sees the whole account.
ALTER TABLE api_keys ADD COLUMN restrict_room_id TEXT;
ALTER TABLE api_keys ADD COLUMN restrict_user_id TEXT;
