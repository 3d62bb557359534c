-- An order belongs to the customer (the token's subject) who placed it, and an Idempotency-Key is unique per
-- customer: two customers may use the same key without meeting.
ALTER TABLE orders ADD COLUMN customer_id varchar(255);
-- Orders placed before identities existed belong to nobody who can log in.
UPDATE orders SET customer_id = 'unknown' WHERE customer_id IS NULL;
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;

ALTER TABLE orders DROP CONSTRAINT orders_idempotency_key_key;
ALTER TABLE orders ADD CONSTRAINT orders_customer_idempotency_key_key UNIQUE (customer_id, idempotency_key);
CREATE INDEX orders_customer_created_at_idx ON orders (customer_id, created_at DESC);
