-- Who changed what: one row per successful write, written in the same transaction as the change.
CREATE TABLE {schema}.audit_entries (
    id          UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    entity_type NVARCHAR(40)      NOT NULL,
    entity_id   UNIQUEIDENTIFIER  NOT NULL,
    action      NVARCHAR(40)      NOT NULL,
    changes     NVARCHAR(MAX)     NOT NULL,
    subject     NVARCHAR(200)     NOT NULL,
    client_id   NVARCHAR(200)     NULL,
    occurred_at DATETIMEOFFSET(7) NOT NULL,
    trace_id    NVARCHAR(32)      NULL
);
CREATE INDEX ix_audit_entries_entity ON {schema}.audit_entries (entity_type, entity_id, occurred_at, id);
-- Responses to POSTs that carried an Idempotency-Key, kept 24 hours, per caller.
CREATE TABLE {schema}.idempotency_records (
    client_key       NVARCHAR(450)     NOT NULL,
    idempotency_key  NVARCHAR(255)     NOT NULL,
    request_hash     CHAR(64)          NOT NULL,
    status_code      INT               NOT NULL,
    response_headers NVARCHAR(MAX)     NOT NULL,
    response_body    NVARCHAR(MAX)     NOT NULL,
    created_at       DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (client_key, idempotency_key)
);
CREATE INDEX ix_idempotency_records_created ON {schema}.idempotency_records (client_key, created_at);
-- Integration events leave through this outbox, in the transaction of the change that raised them.
CREATE TABLE {schema}.outbox_messages (
    sequence        BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    id              UNIQUEIDENTIFIER      NOT NULL,
    type            NVARCHAR(200)         NOT NULL,
    payload         NVARCHAR(MAX)         NOT NULL,
    occurred_at     DATETIMEOFFSET(7)     NOT NULL,
    status          NVARCHAR(20)          NOT NULL,
    attempts        INT                   NOT NULL,
    next_attempt_at DATETIMEOFFSET(7)     NOT NULL,
    last_error      NVARCHAR(2000)        NULL,
    delivered_at    DATETIMEOFFSET(7)     NULL,
    CONSTRAINT ux_outbox_messages_id UNIQUE (id)
);
CREATE INDEX ix_outbox_messages_status ON {schema}.outbox_messages (status, sequence);

-- Only the holder of this lease dispatches the module's outbox.
CREATE TABLE {schema}.outbox_lease (
    name       NVARCHAR(40)      NOT NULL PRIMARY KEY,
    holder     NVARCHAR(200)     NULL,
    expires_at DATETIMEOFFSET(7) NOT NULL
);
INSERT INTO {schema}.outbox_lease (name, holder, expires_at) VALUES (N'dispatcher', NULL, '2000-01-01T00:00:00Z');

-- Events this module's subscribers have handled, so that a redelivery changes nothing.
CREATE TABLE {schema}.processed_events (
    event_id     UNIQUEIDENTIFIER  NOT NULL,
    handler      NVARCHAR(200)     NOT NULL,
    processed_at DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_processed_events PRIMARY KEY (event_id, handler)
);

