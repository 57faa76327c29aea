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
