-- Member States with their date of membership; the Council informed of a Member State's arrears under Constitution
-- Art. 4(1), with payment and the Council's decision to maintain or restore the vote; observers (states, IGOs, NGOs).
CREATE TABLE member_states (
    country      TEXT    NOT NULL PRIMARY KEY,
    member_since TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL
);
CREATE INDEX ix_member_states_member_since ON member_states (member_since, country);

CREATE TABLE arrears_notifications (
    id                 TEXT    NOT NULL PRIMARY KEY,
    country            TEXT    NOT NULL REFERENCES member_states (country),
    notified_on        TEXT    NOT NULL,
    session_id         TEXT    NULL REFERENCES sessions (id),
    arrears            TEXT    NOT NULL,
    due_for_two_years  TEXT    NOT NULL,
    currency           TEXT    NOT NULL,
    settled_on         TEXT    NULL,
    council_decision   TEXT    NULL,
    decided_on         TEXT    NULL,
    decision_reference TEXT    NULL,
    version            INTEGER NOT NULL,
    created_at         TEXT    NOT NULL,
    created_by         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    updated_by         TEXT    NOT NULL
);
CREATE INDEX ix_arrears_notifications_country ON arrears_notifications (country, notified_on, id);
CREATE INDEX ix_arrears_notifications_session ON arrears_notifications (session_id);

CREATE TABLE observers (
    id                    TEXT    NOT NULL PRIMARY KEY,
    kind                  TEXT    NOT NULL,
    country               TEXT    NULL,
    name_en               TEXT    NULL,
    name_fr               TEXT    NULL,
    name_es               TEXT    NULL,
    acronym               TEXT    NULL,
    granted_by_resolution TEXT    NULL,
    granted_on            TEXT    NOT NULL,
    withdrawn_on          TEXT    NULL,
    partner_id            TEXT    NULL,
    version               INTEGER NOT NULL,
    created_at            TEXT    NOT NULL,
    created_by            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    updated_by            TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_observers_country ON observers (country) WHERE country IS NOT NULL;
CREATE UNIQUE INDEX ux_observers_partner ON observers (partner_id) WHERE partner_id IS NOT NULL;
CREATE INDEX ix_observers_kind ON observers (kind, granted_on, id);
