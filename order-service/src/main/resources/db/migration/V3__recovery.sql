-- An order recovery gave up on: shown to operators until they retry it.
ALTER TABLE orders ADD COLUMN needs_attention boolean NOT NULL DEFAULT false;
CREATE INDEX orders_recovery_idx ON orders (next_attempt_at, updated_at)
    WHERE status IN ('NEW', 'RESERVED', 'PAID') AND NOT needs_attention;
