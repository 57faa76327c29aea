-- Per session: a delegation per Member State or observer with its credentials (received -> examined -> accepted or
-- provisional, from the formal communication); the people who register in a delegation or as press or secretariat,
-- approved, badged and checked in. Personal details sit in their own columns: a separate scope reads them.
ALTER TABLE governing_bodies.sessions ADD badges_issued INT NOT NULL CONSTRAINT df_sessions_badges_issued DEFAULT 0;

CREATE TABLE governing_bodies.delegations (
    id                      UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    session_id              UNIQUEIDENTIFIER  NOT NULL REFERENCES governing_bodies.sessions (id),
    country                 NCHAR(3)          NULL REFERENCES governing_bodies.member_states (country),
    observer_id             UNIQUEIDENTIFIER  NULL REFERENCES governing_bodies.observers (id),
    credentials_status      NVARCHAR(40)      NOT NULL,
    credentials_reference   NVARCHAR(200)     NULL,
    credentials_received_on DATE              NULL,
    version                 INT               NOT NULL,
    created_at              DATETIMEOFFSET(7) NOT NULL,
    created_by              NVARCHAR(200)     NOT NULL,
    updated_at              DATETIMEOFFSET(7) NOT NULL,
    updated_by              NVARCHAR(200)     NOT NULL,
    CONSTRAINT ck_delegations_one_party CHECK ((country IS NULL AND observer_id IS NOT NULL) OR (country IS NOT NULL AND observer_id IS NULL))
);
CREATE UNIQUE INDEX ux_delegations_session_country ON governing_bodies.delegations (session_id, country) WHERE country IS NOT NULL;
CREATE UNIQUE INDEX ux_delegations_session_observer ON governing_bodies.delegations (session_id, observer_id) WHERE observer_id IS NOT NULL;
CREATE INDEX ix_delegations_session ON governing_bodies.delegations (session_id, credentials_status, id);
CREATE INDEX ix_delegations_country ON governing_bodies.delegations (country);
CREATE INDEX ix_delegations_observer ON governing_bodies.delegations (observer_id);

CREATE TABLE governing_bodies.registrations (
    id                            UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    session_id                    UNIQUEIDENTIFIER  NOT NULL REFERENCES governing_bodies.sessions (id),
    delegation_id                 UNIQUEIDENTIFIER  NULL REFERENCES governing_bodies.delegations (id),
    role                          NVARCHAR(40)      NOT NULL,
    head_of_delegation            BIT               NOT NULL,
    honorific                     NVARCHAR(40)      NULL,
    given_name                    NVARCHAR(200)     NOT NULL,
    family_name                   NVARCHAR(200)     NOT NULL,
    job_title                     NVARCHAR(300)     NULL,
    organization                  NVARCHAR(300)     NULL,
    email                         NVARCHAR(320)     NULL,
    phone                         NVARCHAR(40)      NULL,
    nationality                   NCHAR(3)          NULL,
    date_of_birth                 DATE              NULL,
    identity_document             NVARCHAR(60)      NULL,
    supporting_document_kind      NVARCHAR(40)      NOT NULL,
    supporting_document_reference NVARCHAR(200)     NULL,
    status                        NVARCHAR(40)      NOT NULL,
    decision_reason               NVARCHAR(500)     NULL,
    badge_number                  NVARCHAR(20)      NULL,
    checked_in_at                 DATETIMEOFFSET(7) NULL,
    version                       INT               NOT NULL,
    created_at                    DATETIMEOFFSET(7) NOT NULL,
    created_by                    NVARCHAR(200)     NOT NULL,
    updated_at                    DATETIMEOFFSET(7) NOT NULL,
    updated_by                    NVARCHAR(200)     NOT NULL
);
CREATE INDEX ix_registrations_session ON governing_bodies.registrations (session_id, status, id);
CREATE INDEX ix_registrations_delegation ON governing_bodies.registrations (delegation_id);
CREATE INDEX ix_registrations_created ON governing_bodies.registrations (session_id, created_at, id);
CREATE UNIQUE INDEX ux_registrations_badge ON governing_bodies.registrations (session_id, badge_number) WHERE badge_number IS NOT NULL;
CREATE UNIQUE INDEX ux_registrations_head ON governing_bodies.registrations (delegation_id)
    WHERE head_of_delegation = 1 AND status IN ('pending', 'approved', 'badgeIssued', 'checkedIn');
