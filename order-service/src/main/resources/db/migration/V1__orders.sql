CREATE TABLE orders (
    id                  uuid         PRIMARY KEY,
    status              varchar(32)  NOT NULL,
    currency            varchar(3)   NOT NULL,
    shipping_address    varchar(500) NOT NULL,
    payment_token       varchar(128) NOT NULL,
    idempotency_key     varchar(128) NOT NULL UNIQUE,
    request_fingerprint varchar(64)  NOT NULL,
    failure_reason      varchar(500),
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);

CREATE INDEX orders_created_at_idx ON orders (created_at DESC);
CREATE INDEX orders_open_idx ON orders (updated_at) WHERE status NOT IN ('FULFILLMENT_CREATED', 'FAILED', 'CANCELLED');

CREATE TABLE order_lines (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id uuid        NOT NULL REFERENCES orders (id),
    line_no  integer     NOT NULL,
    sku      varchar(64) NOT NULL,
    quantity integer     NOT NULL CHECK (quantity > 0),
    UNIQUE (order_id, line_no)
);
