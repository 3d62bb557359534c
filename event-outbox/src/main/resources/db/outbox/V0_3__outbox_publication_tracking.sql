-- Bookkeeping for the polling relay (RELAY_MODE=polling). The Debezium relay never writes these columns and its
-- event router maps only the columns it names, so it is unaffected by them.
--   seq             insertion order: breaks ties between rows of one instant (one transaction may write several
--                   events of one aggregate), so the relay sends them in the order they were written
--   published_at    set once Kafka acknowledged the row's record
--   attempts        failed sends so far; next_attempt_at is when the row may be tried again (exponential backoff)
--   last_error      why the last send failed
--   dead_at         set after the last allowed attempt: the row is not retried and holds back its aggregate's
--                   later rows until an operator revives it (clears dead_at and attempts) or deletes it
ALTER TABLE outbox
    ADD COLUMN seq             bigint      GENERATED ALWAYS AS IDENTITY,
    ADD COLUMN published_at    timestamptz,
    ADD COLUMN attempts        integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN last_error      varchar(500),
    ADD COLUMN dead_at         timestamptz;

-- The claim: rows still to send, oldest first. Partial, so published rows kept for retention cost the claim nothing.
CREATE INDEX outbox_unsent_idx ON outbox (occurred_at, seq) WHERE published_at IS NULL AND dead_at IS NULL;

-- The ordering guard: does an older unpublished row (waiting, in backoff or dead) hold back this aggregate?
CREATE INDEX outbox_unpublished_aggregate_idx ON outbox (aggregatetype, aggregateid, occurred_at, seq)
    WHERE published_at IS NULL;
