-- Integration events leave through this outbox, in the transaction of the change that raised them.
CREATE TABLE governing_bodies.outbox_messages (
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
CREATE INDEX ix_outbox_messages_status ON governing_bodies.outbox_messages (status, sequence);

-- Only the holder of this lease dispatches the module's outbox.
CREATE TABLE governing_bodies.outbox_lease (
    name       NVARCHAR(40)      NOT NULL PRIMARY KEY,
    holder     NVARCHAR(200)     NULL,
    expires_at DATETIMEOFFSET(7) NOT NULL
);
INSERT INTO governing_bodies.outbox_lease (name, holder, expires_at) VALUES (N'dispatcher', NULL, '2000-01-01T00:00:00Z');

-- Events this module's subscribers have handled, so that a redelivery changes nothing.
CREATE TABLE governing_bodies.processed_events (
    event_id     UNIQUEIDENTIFIER  NOT NULL,
    handler      NVARCHAR(200)     NOT NULL,
    processed_at DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_processed_events PRIMARY KEY (event_id, handler)
);

ALTER TABLE governing_bodies.document_languages ADD issued_at DATETIMEOFFSET(7) NULL;
