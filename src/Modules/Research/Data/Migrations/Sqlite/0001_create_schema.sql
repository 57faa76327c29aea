-- Migration Policy Research: projects, series, works (publications) with their clearances, peer review and language versions.
-- List-valued fields that are only ever read with their row (team, partners, contributors...) are JSON arrays.
CREATE TABLE projects (
    id               TEXT    NOT NULL PRIMARY KEY,
    title_en         TEXT    NULL,
    title_fr         TEXT    NULL,
    title_es         TEXT    NULL,
    lead             TEXT    NOT NULL,
    team             TEXT    NOT NULL,
    partners         TEXT    NOT NULL,
    funders          TEXT    NOT NULL,
    start_date       TEXT    NULL,
    end_date         TEXT    NULL,
    methods          TEXT    NULL,
    ethics_required  INTEGER NOT NULL,
    ethics_status    TEXT    NOT NULL,
    ethics_reference TEXT    NULL,
    outputs          TEXT    NOT NULL,
    gcm_objectives   TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    version          INTEGER NOT NULL,
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    updated_by       TEXT    NOT NULL
);
CREATE INDEX ix_projects_status ON projects (status, created_at, id);
CREATE INDEX ix_projects_created ON projects (created_at, id);

CREATE TABLE series (
    id            TEXT    NOT NULL PRIMARY KEY,
    code          TEXT    NOT NULL,
    name_en       TEXT    NULL,
    name_fr       TEXT    NULL,
    name_es       TEXT    NULL,
    issn          TEXT    NULL,
    series_editor TEXT    NULL,
    version       INTEGER NOT NULL,
    created_at    TEXT    NOT NULL,
    created_by    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    updated_by    TEXT    NOT NULL,
    CONSTRAINT ux_series_code UNIQUE (code)
);
CREATE UNIQUE INDEX ux_series_issn ON series (issn) WHERE issn IS NOT NULL;

CREATE TABLE works (
    id                TEXT    NOT NULL PRIMARY KEY,
    publication_code  TEXT    NOT NULL,
    type              TEXT    NOT NULL,
    series_id         TEXT    NULL REFERENCES series (id),
    series_number     TEXT    NULL,
    title_en          TEXT    NULL,
    title_fr          TEXT    NULL,
    title_es          TEXT    NULL,
    subtitle_en       TEXT    NULL,
    subtitle_fr       TEXT    NULL,
    subtitle_es       TEXT    NULL,
    original_language TEXT    NOT NULL,
    contributors      TEXT    NOT NULL,
    licence           TEXT    NULL,
    peer_review       TEXT    NOT NULL,
    themes            TEXT    NOT NULL,
    countries         TEXT    NOT NULL,
    gcm_objectives    TEXT    NOT NULL,
    programme_year    INTEGER NULL,
    planned_quarter   INTEGER NULL,
    published_on      TEXT    NULL,
    status            TEXT    NOT NULL,
    version           INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    created_by        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    updated_by        TEXT    NOT NULL,
    CONSTRAINT ux_works_publication_code UNIQUE (publication_code)
);
CREATE UNIQUE INDEX ux_works_series_number ON works (series_id, series_number) WHERE series_number IS NOT NULL;
CREATE INDEX ix_works_programme ON works (programme_year, planned_quarter);
CREATE INDEX ix_works_published ON works (published_on);
CREATE INDEX ix_works_status ON works (status, publication_code, id);

CREATE TABLE clearances (
    work_id    TEXT NOT NULL REFERENCES works (id),
    kind       TEXT NOT NULL,
    status     TEXT NOT NULL,
    note       TEXT NULL,
    decided_by TEXT NULL,
    decided_at TEXT NULL,
    CONSTRAINT pk_clearances PRIMARY KEY (work_id, kind)
);

CREATE TABLE review_rounds (
    id        TEXT    NOT NULL PRIMARY KEY,
    work_id   TEXT    NOT NULL REFERENCES works (id),
    number    INTEGER NOT NULL,
    opened_on TEXT    NOT NULL,
    status    TEXT    NOT NULL,
    CONSTRAINT ux_review_rounds_number UNIQUE (work_id, number)
);

CREATE TABLE review_assignments (
    id             TEXT    NOT NULL PRIMARY KEY,
    round_id       TEXT    NOT NULL REFERENCES review_rounds (id),
    work_id        TEXT    NOT NULL REFERENCES works (id),
    reviewer       TEXT    NOT NULL,
    reviewer_orcid TEXT    NULL,
    invited_on     TEXT    NOT NULL,
    due_on         TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    recommendation TEXT    NULL,
    submitted_at   TEXT    NULL,
    version        INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL
);
CREATE INDEX ix_review_assignments_round ON review_assignments (round_id, id);
CREATE INDEX ix_review_assignments_due ON review_assignments (status, due_on, id);

CREATE TABLE manifestations (
    id                 TEXT    NOT NULL PRIMARY KEY,
    work_id            TEXT    NOT NULL REFERENCES works (id),
    language           TEXT    NOT NULL,
    format             TEXT    NOT NULL,
    isbn               TEXT    NULL,
    doi                TEXT    NULL,
    translation_of     TEXT    NULL REFERENCES manifestations (id),
    translation_status TEXT    NOT NULL,
    translation_due_on TEXT    NULL,
    translation_job_id TEXT    NULL,
    pages              INTEGER NULL,
    version            INTEGER NOT NULL,
    created_at         TEXT    NOT NULL,
    created_by         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    updated_by         TEXT    NOT NULL,
    CONSTRAINT ux_manifestations_language_format UNIQUE (work_id, language, format)
);
CREATE UNIQUE INDEX ux_manifestations_isbn ON manifestations (isbn) WHERE isbn IS NOT NULL;
CREATE UNIQUE INDEX ux_manifestations_doi ON manifestations (doi) WHERE doi IS NOT NULL;
