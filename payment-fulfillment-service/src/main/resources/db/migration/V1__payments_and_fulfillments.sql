-- One payment per order; the provider charge is made with the payment's idempotency key.
CREATE TABLE payments (
    id                  uuid         PRIMARY KEY,
    order_id            uuid         NOT NULL UNIQUE,
    idempotency_key     varchar(128) NOT NULL UNIQUE,
    request_fingerprint varchar(64)  NOT NULL,
    reservation_id      uuid         NOT NULL,
    amount_minor        bigint       NOT NULL CHECK (amount_minor >= 0),
    currency            varchar(3)   NOT NULL,
    status              varchar(16)  NOT NULL,
    provider_charge_id  varchar(128) UNIQUE,
    decline_reason      varchar(500),
    shipping_address    varchar(500) NOT NULL,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             bigint       NOT NULL DEFAULT 0
);

-- Written in the same transaction as the capture: a captured payment always has its shipment request.
CREATE TABLE fulfillments (
    id               uuid         PRIMARY KEY,
    order_id         uuid         NOT NULL UNIQUE,
    payment_id       uuid         NOT NULL UNIQUE REFERENCES payments (id),
    shipping_address varchar(500) NOT NULL,
    status           varchar(16)  NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);
