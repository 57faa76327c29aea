-- Responses to POSTs that carried an Idempotency-Key, kept 24 hours, per caller.
CREATE TABLE governing_bodies.idempotency_records (
    client_key       NVARCHAR(450)     NOT NULL,
    idempotency_key  NVARCHAR(255)     NOT NULL,
    request_hash     CHAR(64)          NOT NULL,
    status_code      INT               NOT NULL,
    response_headers NVARCHAR(MAX)     NOT NULL,
    response_body    NVARCHAR(MAX)     NOT NULL,
    created_at       DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (client_key, idempotency_key)
);
CREATE INDEX ix_idempotency_records_created ON governing_bodies.idempotency_records (client_key, created_at);
