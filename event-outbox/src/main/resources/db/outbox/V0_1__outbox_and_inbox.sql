-- Debezium outbox event router columns: id becomes the event id header, aggregateid the Kafka key,
-- aggregatetype the topic (<aggregatetype>.events), payload the record value.
CREATE TABLE outbox (
    id            uuid         PRIMARY KEY,
    aggregatetype varchar(64)  NOT NULL,
    aggregateid   varchar(128) NOT NULL,
    type          varchar(128) NOT NULL,
    schemaversion integer      NOT NULL,
    payload       jsonb        NOT NULL,
    occurred_at   timestamptz  NOT NULL DEFAULT now(),
    traceparent   varchar(128)
);

CREATE INDEX outbox_occurred_at_idx ON outbox (occurred_at);

-- Event ids a consumer has already applied, written in the same transaction as the effect.
CREATE TABLE inbox (
    event_id    uuid         NOT NULL,
    consumer    varchar(128) NOT NULL,
    event_type  varchar(128) NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
