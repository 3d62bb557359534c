-- Stock per SKU. Units move between three buckets and are never created or lost:
-- on_hand (free) -> reserved (held for an order) -> shipped (confirmed), or back to on_hand on release.
-- Only stock adjustments change the total; the CHECKs make a negative bucket impossible.
CREATE TABLE skus (
    sku              varchar(64)  PRIMARY KEY,
    name             varchar(200) NOT NULL,
    unit_price_minor bigint       NOT NULL CHECK (unit_price_minor >= 0),
    currency         varchar(3)   NOT NULL,
    on_hand          integer      NOT NULL CHECK (on_hand >= 0),
    reserved         integer      NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    shipped          integer      NOT NULL DEFAULT 0 CHECK (shipped >= 0),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);

-- One reservation per order: the unique order_id is what makes concurrent reservations of one order collide.
CREATE TABLE reservations (
    id                uuid        PRIMARY KEY,
    order_id          uuid        NOT NULL UNIQUE,
    status            varchar(16) NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    lines_fingerprint varchar(64) NOT NULL,
    total_minor       bigint      NOT NULL CHECK (total_minor >= 0),
    currency          varchar(3)  NOT NULL,
    expires_at        timestamptz NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0
);

-- The sweeper's query: HELD reservations by expiry.
CREATE INDEX reservations_held_expiry_idx ON reservations (expires_at) WHERE status = 'HELD';

CREATE TABLE reservation_lines (
    reservation_id   uuid        NOT NULL REFERENCES reservations (id),
    sku              varchar(64) NOT NULL REFERENCES skus (sku),
    quantity         integer     NOT NULL CHECK (quantity > 0),
    unit_price_minor bigint      NOT NULL CHECK (unit_price_minor >= 0),
    PRIMARY KEY (reservation_id, sku)
);
