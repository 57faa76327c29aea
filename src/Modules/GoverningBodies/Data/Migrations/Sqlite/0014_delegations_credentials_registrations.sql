-- Per session: a delegation per Member State or observer with its credentials (received -> examined -> accepted or
-- provisional, from the formal communication); the people who register in a delegation or as press or secretariat,
-- approved, badged and checked in. Personal details sit in their own columns: a separate scope reads them.
ALTER TABLE sessions ADD COLUMN badges_issued INTEGER NOT NULL DEFAULT 0;

CREATE TABLE delegations (
    id                      TEXT    NOT NULL PRIMARY KEY,
    session_id              TEXT    NOT NULL REFERENCES sessions (id),
    country                 TEXT    NULL REFERENCES member_states (country),
    observer_id             TEXT    NULL REFERENCES observers (id),
    credentials_status      TEXT    NOT NULL,
    credentials_reference   TEXT    NULL,
    credentials_received_on TEXT    NULL,
    version                 INTEGER NOT NULL,
    created_at              TEXT    NOT NULL,
    created_by              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    updated_by              TEXT    NOT NULL,
    CONSTRAINT ck_delegations_one_party CHECK ((country IS NULL AND observer_id IS NOT NULL) OR (country IS NOT NULL AND observer_id IS NULL))
);
CREATE UNIQUE INDEX ux_delegations_session_country ON delegations (session_id, country) WHERE country IS NOT NULL;
CREATE UNIQUE INDEX ux_delegations_session_observer ON delegations (session_id, observer_id) WHERE observer_id IS NOT NULL;
CREATE INDEX ix_delegations_session ON delegations (session_id, credentials_status, id);
CREATE INDEX ix_delegations_country ON delegations (country);
CREATE INDEX ix_delegations_observer ON delegations (observer_id);

CREATE TABLE registrations (
    id                            TEXT    NOT NULL PRIMARY KEY,
    session_id                    TEXT    NOT NULL REFERENCES sessions (id),
    delegation_id                 TEXT    NULL REFERENCES delegations (id),
    role                          TEXT    NOT NULL,
    head_of_delegation            INTEGER NOT NULL,
    honorific                     TEXT    NULL,
    given_name                    TEXT    NOT NULL,
    family_name                   TEXT    NOT NULL,
    job_title                     TEXT    NULL,
    organization                  TEXT    NULL,
    email                         TEXT    NULL,
    phone                         TEXT    NULL,
    nationality                   TEXT    NULL,
    date_of_birth                 TEXT    NULL,
    identity_document             TEXT    NULL,
    supporting_document_kind      TEXT    NOT NULL,
    supporting_document_reference TEXT    NULL,
    status                        TEXT    NOT NULL,
    decision_reason               TEXT    NULL,
    badge_number                  TEXT    NULL,
    checked_in_at                 TEXT    NULL,
    version                       INTEGER NOT NULL,
    created_at                    TEXT    NOT NULL,
    created_by                    TEXT    NOT NULL,
    updated_at                    TEXT    NOT NULL,
    updated_by                    TEXT    NOT NULL
);
CREATE INDEX ix_registrations_session ON registrations (session_id, status, id);
CREATE INDEX ix_registrations_delegation ON registrations (delegation_id);
CREATE INDEX ix_registrations_created ON registrations (session_id, created_at, id);
CREATE UNIQUE INDEX ux_registrations_badge ON registrations (session_id, badge_number) WHERE badge_number IS NOT NULL;
CREATE UNIQUE INDEX ux_registrations_head ON registrations (delegation_id)
    WHERE head_of_delegation = 1 AND status IN ('pending', 'approved', 'badgeIssued', 'checkedIn');
