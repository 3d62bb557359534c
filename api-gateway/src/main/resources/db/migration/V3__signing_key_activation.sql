-- A new key is published before it signs anything, so every service has fetched it (they refresh the key set
-- every minute) before the first token signed with it arrives.
ALTER TABLE signing_keys ADD COLUMN activates_at timestamptz;
UPDATE signing_keys SET activates_at = created_at;
ALTER TABLE signing_keys ALTER COLUMN activates_at SET NOT NULL;
