-- Orders order-service has cancelled. A row is a fence: no reservation is made for the order afterwards,
-- and a reservation racing with the cancellation is serialised with it by an advisory lock on the order.
CREATE TABLE order_cancellations (
    order_id     uuid        PRIMARY KEY,
    cancelled_at timestamptz NOT NULL
);
