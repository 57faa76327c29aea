-- Responses to POSTs that carried an Idempotency-Key, kept 24 hours, per caller.
CREATE TABLE idempotency_records (
    client_key       TEXT    NOT NULL,
    idempotency_key  TEXT    NOT NULL,
    request_hash     TEXT    NOT NULL,
    status_code      INTEGER NOT NULL,
    response_headers TEXT    NOT NULL,
    response_body    TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (client_key, idempotency_key)
);
CREATE INDEX ix_idempotency_records_created ON idempotency_records (client_key, created_at);
