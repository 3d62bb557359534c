CREATE TABLE request_audit (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    correlation_id varchar(64)  NOT NULL,
    method         varchar(10)  NOT NULL,
    path           varchar(500) NOT NULL,
    status         integer      NOT NULL,
    duration_ms    bigint       NOT NULL,
    subject        varchar(200),
    client_address varchar(64),
    received_at    timestamptz  NOT NULL
);

CREATE INDEX request_audit_received_at_idx ON request_audit (received_at);
CREATE INDEX request_audit_correlation_idx ON request_audit (correlation_id);
