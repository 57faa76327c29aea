-- A session's officers, its sittings (meetings) with the agenda items each takes up, and the speakers' lists.
-- The Council adopts its agenda after electing its officers (Rules of procedure of the Council): bodies say whether theirs do.
ALTER TABLE governing_bodies.bodies ADD officers_before_agenda BIT NOT NULL CONSTRAINT df_bodies_officers_before_agenda DEFAULT 0;
GO
UPDATE governing_bodies.bodies SET officers_before_agenda = 1 WHERE code = 'council';

CREATE TABLE governing_bodies.session_officers (
    id         UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    session_id UNIQUEIDENTIFIER  NOT NULL REFERENCES governing_bodies.sessions (id),
    role       NVARCHAR(40)      NOT NULL,
    name       NVARCHAR(200)     NOT NULL,
    country    NCHAR(3)          NULL,
    elected_on DATE              NOT NULL,
    version    INT               NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200)     NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200)     NOT NULL
);
CREATE INDEX ix_session_officers_session ON governing_bodies.session_officers (session_id, role, id);
CREATE UNIQUE INDEX ux_session_officers_single_role ON governing_bodies.session_officers (session_id, role)
    WHERE role IN ('chair', 'rapporteur');

CREATE TABLE governing_bodies.sittings (
    id                   UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    session_id           UNIQUEIDENTIFIER  NOT NULL REFERENCES governing_bodies.sessions (id),
    number               INT               NOT NULL,
    sitting_date         DATE              NOT NULL,
    starts_at            TIME(0)           NOT NULL,
    ends_at              TIME(0)           NOT NULL,
    time_zone            NVARCHAR(64)      NOT NULL,
    room                 NVARCHAR(200)     NULL,
    access               NVARCHAR(40)      NOT NULL,
    webcast_url          NVARCHAR(2000)    NULL,
    presiding_officer_id UNIQUEIDENTIFIER  NULL REFERENCES governing_bodies.session_officers (id),
    status               NVARCHAR(40)      NOT NULL,
    version              INT               NOT NULL,
    created_at           DATETIMEOFFSET(7) NOT NULL,
    created_by           NVARCHAR(200)     NOT NULL,
    updated_at           DATETIMEOFFSET(7) NOT NULL,
    updated_by           NVARCHAR(200)     NOT NULL,
    CONSTRAINT ux_sittings_session_number UNIQUE (session_id, number),
    CONSTRAINT ck_sittings_times CHECK (ends_at > starts_at)
);
CREATE INDEX ix_sittings_session_start ON governing_bodies.sittings (session_id, sitting_date, starts_at, id);
CREATE INDEX ix_sittings_room_date ON governing_bodies.sittings (room, sitting_date) INCLUDE (starts_at, ends_at, status);
CREATE INDEX ix_sittings_presiding_officer ON governing_bodies.sittings (presiding_officer_id);

CREATE TABLE governing_bodies.sitting_items (
    sitting_id     UNIQUEIDENTIFIER NOT NULL REFERENCES governing_bodies.sittings (id),
    position       INT              NOT NULL,
    agenda_item_id UNIQUEIDENTIFIER NOT NULL REFERENCES governing_bodies.agenda_items (id),
    CONSTRAINT pk_sitting_items PRIMARY KEY (sitting_id, position),
    CONSTRAINT ux_sitting_items_item UNIQUE (sitting_id, agenda_item_id)
);
CREATE INDEX ix_sitting_items_agenda_item ON governing_bodies.sitting_items (agenda_item_id);

CREATE TABLE governing_bodies.speakers (
    id             UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    sitting_id     UNIQUEIDENTIFIER  NOT NULL REFERENCES governing_bodies.sittings (id),
    agenda_item_id UNIQUEIDENTIFIER  NOT NULL REFERENCES governing_bodies.agenda_items (id),
    position       INT               NOT NULL,
    on_behalf_kind NVARCHAR(40)      NOT NULL,
    country        NCHAR(3)          NULL,
    on_behalf_of   NVARCHAR(300)     NULL,
    speaker_name   NVARCHAR(200)     NULL,
    status         NVARCHAR(40)      NOT NULL,
    version        INT               NOT NULL,
    created_at     DATETIMEOFFSET(7) NOT NULL,
    created_by     NVARCHAR(200)     NOT NULL,
    updated_at     DATETIMEOFFSET(7) NOT NULL,
    updated_by     NVARCHAR(200)     NOT NULL
);
CREATE INDEX ix_speakers_list ON governing_bodies.speakers (sitting_id, agenda_item_id, position, id);
CREATE INDEX ix_speakers_agenda_item ON governing_bodies.speakers (agenda_item_id);
