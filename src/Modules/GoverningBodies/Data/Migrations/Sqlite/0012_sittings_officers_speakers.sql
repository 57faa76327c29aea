-- A session's officers, its sittings (meetings) with the agenda items each takes up, and the speakers' lists.
-- The Council adopts its agenda after electing its officers (Rules of procedure of the Council): bodies say whether theirs do.
ALTER TABLE bodies ADD COLUMN officers_before_agenda INTEGER NOT NULL DEFAULT 0;
UPDATE bodies SET officers_before_agenda = 1 WHERE code = 'council';

CREATE TABLE session_officers (
    id         TEXT    NOT NULL PRIMARY KEY,
    session_id TEXT    NOT NULL REFERENCES sessions (id),
    role       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    country    TEXT    NULL,
    elected_on TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    updated_by TEXT    NOT NULL
);
CREATE INDEX ix_session_officers_session ON session_officers (session_id, role, id);
CREATE UNIQUE INDEX ux_session_officers_single_role ON session_officers (session_id, role)
    WHERE role IN ('chair', 'rapporteur');

CREATE TABLE sittings (
    id                   TEXT    NOT NULL PRIMARY KEY,
    session_id           TEXT    NOT NULL REFERENCES sessions (id),
    number               INTEGER NOT NULL,
    sitting_date         TEXT    NOT NULL,
    starts_at            TEXT    NOT NULL,
    ends_at              TEXT    NOT NULL,
    time_zone            TEXT    NOT NULL,
    room                 TEXT    NULL,
    access               TEXT    NOT NULL,
    webcast_url          TEXT    NULL,
    presiding_officer_id TEXT    NULL REFERENCES session_officers (id),
    status               TEXT    NOT NULL,
    version              INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    created_by           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    updated_by           TEXT    NOT NULL,
    CONSTRAINT ux_sittings_session_number UNIQUE (session_id, number),
    CONSTRAINT ck_sittings_times CHECK (ends_at > starts_at)
);
CREATE INDEX ix_sittings_session_start ON sittings (session_id, sitting_date, starts_at, id);
CREATE INDEX ix_sittings_room_date ON sittings (room, sitting_date, starts_at, ends_at, status);
CREATE INDEX ix_sittings_presiding_officer ON sittings (presiding_officer_id);

CREATE TABLE sitting_items (
    sitting_id     TEXT    NOT NULL REFERENCES sittings (id),
    position       INTEGER NOT NULL,
    agenda_item_id TEXT    NOT NULL REFERENCES agenda_items (id),
    CONSTRAINT pk_sitting_items PRIMARY KEY (sitting_id, position),
    CONSTRAINT ux_sitting_items_item UNIQUE (sitting_id, agenda_item_id)
);
CREATE INDEX ix_sitting_items_agenda_item ON sitting_items (agenda_item_id);

CREATE TABLE speakers (
    id             TEXT    NOT NULL PRIMARY KEY,
    sitting_id     TEXT    NOT NULL REFERENCES sittings (id),
    agenda_item_id TEXT    NOT NULL REFERENCES agenda_items (id),
    position       INTEGER NOT NULL,
    on_behalf_kind TEXT    NOT NULL,
    country        TEXT    NULL,
    on_behalf_of   TEXT    NULL,
    speaker_name   TEXT    NULL,
    status         TEXT    NOT NULL,
    version        INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL
);
CREATE INDEX ix_speakers_list ON speakers (sitting_id, agenda_item_id, position, id);
CREATE INDEX ix_speakers_agenda_item ON speakers (agenda_item_id);
