-- An order cancelled here: while a row exists, nothing is charged and nothing is dispatched for the order.
CREATE TABLE payment_cancellations (
    order_id     uuid        PRIMARY KEY,
    requested_at timestamptz NOT NULL
);

-- A PENDING payment that can never be charged ends VOIDED, with the reason why.
ALTER TABLE payments ADD COLUMN void_reason varchar(500);

-- Charge attempts the provider gave no usable answer to, and when the last attempt started: a payment
-- is voided only once no attempt can still turn into a charge.
ALTER TABLE payments ADD COLUMN failed_charge_attempts integer NOT NULL DEFAULT 0
    CHECK (failed_charge_attempts >= 0);
ALTER TABLE payments ADD COLUMN last_charge_attempt_at timestamptz;
UPDATE payments SET last_charge_attempt_at = updated_at;
ALTER TABLE payments ALTER COLUMN last_charge_attempt_at SET NOT NULL;
