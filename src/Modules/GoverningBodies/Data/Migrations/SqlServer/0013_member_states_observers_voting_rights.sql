-- Member States with their date of membership; the Council informed of a Member State's arrears under Constitution
-- Art. 4(1), with payment and the Council's decision to maintain or restore the vote; observers (states, IGOs, NGOs).
CREATE TABLE governing_bodies.member_states (
    country      NCHAR(3)          NOT NULL PRIMARY KEY,
    member_since DATE              NOT NULL,
    version      INT               NOT NULL,
    created_at   DATETIMEOFFSET(7) NOT NULL,
    created_by   NVARCHAR(200)     NOT NULL,
    updated_at   DATETIMEOFFSET(7) NOT NULL,
    updated_by   NVARCHAR(200)     NOT NULL
);
CREATE INDEX ix_member_states_member_since ON governing_bodies.member_states (member_since, country);

CREATE TABLE governing_bodies.arrears_notifications (
    id                     UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    country                NCHAR(3)          NOT NULL REFERENCES governing_bodies.member_states (country),
    notified_on            DATE              NOT NULL,
    session_id             UNIQUEIDENTIFIER  NULL REFERENCES governing_bodies.sessions (id),
    arrears                DECIMAL(19, 2)    NOT NULL,
    due_for_two_years      DECIMAL(19, 2)    NOT NULL,
    currency               NCHAR(3)          NOT NULL,
    settled_on             DATE              NULL,
    council_decision       NVARCHAR(40)      NULL,
    decided_on             DATE              NULL,
    decision_reference     NVARCHAR(100)     NULL,
    version                INT               NOT NULL,
    created_at             DATETIMEOFFSET(7) NOT NULL,
    created_by             NVARCHAR(200)     NOT NULL,
    updated_at             DATETIMEOFFSET(7) NOT NULL,
    updated_by             NVARCHAR(200)     NOT NULL,
    CONSTRAINT ck_arrears_notifications_threshold CHECK (arrears >= due_for_two_years AND due_for_two_years > 0)
);
CREATE INDEX ix_arrears_notifications_country ON governing_bodies.arrears_notifications (country, notified_on, id);
CREATE INDEX ix_arrears_notifications_session ON governing_bodies.arrears_notifications (session_id);

CREATE TABLE governing_bodies.observers (
    id                    UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    kind                  NVARCHAR(40)      NOT NULL,
    country               NCHAR(3)          NULL,
    name_en               NVARCHAR(300)     NULL,
    name_fr               NVARCHAR(300)     NULL,
    name_es               NVARCHAR(300)     NULL,
    acronym               NVARCHAR(40)      NULL,
    granted_by_resolution NVARCHAR(60)      NULL,
    granted_on            DATE              NOT NULL,
    withdrawn_on          DATE              NULL,
    partner_id            UNIQUEIDENTIFIER  NULL,
    version               INT               NOT NULL,
    created_at            DATETIMEOFFSET(7) NOT NULL,
    created_by            NVARCHAR(200)     NOT NULL,
    updated_at            DATETIMEOFFSET(7) NOT NULL,
    updated_by            NVARCHAR(200)     NOT NULL
);
CREATE UNIQUE INDEX ux_observers_country ON governing_bodies.observers (country) WHERE country IS NOT NULL;
CREATE UNIQUE INDEX ux_observers_partner ON governing_bodies.observers (partner_id) WHERE partner_id IS NOT NULL;
CREATE INDEX ix_observers_kind ON governing_bodies.observers (kind, granted_on, id);
