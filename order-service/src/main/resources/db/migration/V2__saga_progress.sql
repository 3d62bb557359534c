-- Saga progress: participant ids, prices from the reservation, failure code, the stored answer
-- for idempotent replays, and what recovery needs to retry in-doubt steps.
ALTER TABLE orders
    ADD COLUMN reservation_id  uuid,
    ADD COLUMN payment_id      uuid,
    ADD COLUMN fulfillment_id  uuid,
    ADD COLUMN failure_code    varchar(32),
    ADD COLUMN response_status integer,
    ADD COLUMN response_type   varchar(64),
    ADD COLUMN response_body   text,
    ADD COLUMN attempts        integer NOT NULL DEFAULT 0,
    ADD COLUMN last_error      varchar(1000),
    ADD COLUMN next_attempt_at timestamptz;

ALTER TABLE order_lines ADD COLUMN unit_price_minor bigint CHECK (unit_price_minor >= 0);
