-- Who changed what: one row per successful write, written in the same transaction as the change.
CREATE TABLE governing_bodies.audit_entries (
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
CREATE INDEX ix_audit_entries_entity ON governing_bodies.audit_entries (entity_type, entity_id, occurred_at, id);
