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

ALTER TABLE document_languages ADD issued_at TEXT NULL;
