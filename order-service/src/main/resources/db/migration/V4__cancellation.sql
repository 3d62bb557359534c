-- A cancellation is recorded (CANCELLING) before compensation runs; the status it came from is kept so a
-- refused cancellation (the shipment had left) puts the order back where it was.
ALTER TABLE orders ADD COLUMN cancelled_from varchar(32);

DROP INDEX orders_recovery_idx;
CREATE INDEX orders_recovery_idx ON orders (next_attempt_at, updated_at)
    WHERE status IN ('NEW', 'RESERVED', 'PAID', 'CANCELLING') AND NOT needs_attention;
DROP INDEX orders_open_idx;
CREATE INDEX orders_open_idx ON orders (updated_at)
    WHERE status NOT IN ('FULFILLMENT_CREATED', 'FAILED', 'CANCELLED');

-- The payment token is kept apart from the order row: the aggregate never carries it.
CREATE TABLE order_payment_tokens (
    order_id      uuid         PRIMARY KEY REFERENCES orders (id),
    payment_token varchar(128) NOT NULL
);
INSERT INTO order_payment_tokens (order_id, payment_token) SELECT id, payment_token FROM orders;
ALTER TABLE orders DROP COLUMN payment_token;
