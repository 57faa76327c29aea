-- Who changed what: one row per successful write, written in the same transaction as the change.
CREATE TABLE audit_entries (
    id          TEXT NOT NULL PRIMARY KEY,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    changes     TEXT NOT NULL,
    subject     TEXT NOT NULL,
    client_id   TEXT NULL,
    occurred_at TEXT NOT NULL,
    trace_id    TEXT NULL
);
CREATE INDEX ix_audit_entries_entity ON audit_entries (entity_type, entity_id, occurred_at, id);
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
-- Integration events leave through this outbox, in the transaction of the change that raised them.
CREATE TABLE outbox_messages (
    sequence        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    id              TEXT    NOT NULL,
    type            TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    occurred_at     TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT    NOT NULL,
    last_error      TEXT    NULL,
    delivered_at    TEXT    NULL,
    CONSTRAINT ux_outbox_messages_id UNIQUE (id)
);
CREATE INDEX ix_outbox_messages_status ON outbox_messages (status, sequence);

-- Only the holder of this lease dispatches the module's outbox.
CREATE TABLE outbox_lease (
    name       TEXT NOT NULL PRIMARY KEY,
    holder     TEXT NULL,
    expires_at TEXT NOT NULL
);
INSERT INTO outbox_lease (name, holder, expires_at) VALUES ('dispatcher', NULL, '2000-01-01T00:00:00.0000000Z');

-- Events this module's subscribers have handled, so that a redelivery changes nothing.
CREATE TABLE processed_events (
    event_id     TEXT NOT NULL,
    handler      TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    CONSTRAINT pk_processed_events PRIMARY KEY (event_id, handler)
);

