-- Where the customer wants to hear about the order (the token's email claim when the order was placed).
CREATE TABLE order_contacts (
    order_id uuid         PRIMARY KEY REFERENCES orders (id),
    email    varchar(320) NOT NULL
);

-- Every domain event of the three services about an order, projected into one timeline. Keyed by event id, so a
-- redelivered event cannot appear twice even without the inbox.
CREATE TABLE order_timeline (
    event_id       uuid         PRIMARY KEY,
    order_id       uuid         NOT NULL,
    service        varchar(64)  NOT NULL,
    event_type     varchar(128) NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    received_at    timestamptz  NOT NULL,
    correlation_id varchar(64),
    summary        varchar(500) NOT NULL
);
CREATE INDEX order_timeline_order_idx ON order_timeline (order_id, occurred_at);

-- The mails the notification consumer decided about, one per event: SENT, SUPERSEDED (a newer status mail was
-- already sent) or NO_ADDRESS.
CREATE TABLE customer_notifications (
    event_id    uuid         PRIMARY KEY,
    order_id    uuid         NOT NULL,
    kind        varchar(32)  NOT NULL,
    outcome     varchar(16)  NOT NULL,
    recipient   varchar(320),
    occurred_at timestamptz  NOT NULL,
    decided_at  timestamptz  NOT NULL
);
CREATE INDEX customer_notifications_order_idx ON customer_notifications (order_id, occurred_at);

-- Records a consumer could not process, parked from its dead-letter topic until an operator replays them. One row
-- per original record (topic, partition, offset), however often it was dead-lettered.
CREATE TABLE dead_letters (
    id                uuid          PRIMARY KEY,
    consumer          varchar(64)   NOT NULL,
    topic             varchar(255)  NOT NULL,
    record_partition  integer       NOT NULL,
    record_offset     bigint        NOT NULL,
    record_key        varchar(255),
    record_value      bytea,
    headers           jsonb         NOT NULL,
    event_id          varchar(64),
    event_type        varchar(128),
    reason            varchar(1000) NOT NULL,
    exception         varchar(255),
    parked_at         timestamptz   NOT NULL,
    status            varchar(16)   NOT NULL,
    replays           integer       NOT NULL DEFAULT 0,
    last_replay_error varchar(1000),
    replayed_at       timestamptz,
    UNIQUE (consumer, topic, record_partition, record_offset)
);
CREATE INDEX dead_letters_parked_idx ON dead_letters (parked_at) WHERE status = 'PARKED';
CREATE INDEX dead_letters_key_idx ON dead_letters (record_key);
