-- The correlation id of the request that caused the event (X-Correlation-Id), relayed as a Kafka header, so one
-- id ties the client's request, every service's log lines and every event it caused. Null for events of
-- background work (recovery, expiry). Services run Flyway with out-of-order enabled, so databases that already
-- hold their own later migrations take this one too.
ALTER TABLE outbox ADD COLUMN correlation_id varchar(64);
