-- Migration Policy Research: projects, series, works (publications) with their clearances, peer review and language versions.
-- List-valued fields that are only ever read with their row (team, partners, contributors...) are JSON arrays.
CREATE TABLE research.projects (
    id               UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    title_en         NVARCHAR(500)     NULL,
    title_fr         NVARCHAR(500)     NULL,
    title_es         NVARCHAR(500)     NULL,
    lead             NVARCHAR(200)     NOT NULL,
    team             NVARCHAR(MAX)     NOT NULL,
    partners         NVARCHAR(MAX)     NOT NULL,
    funders          NVARCHAR(MAX)     NOT NULL,
    start_date       DATE              NULL,
    end_date         DATE              NULL,
    methods          NVARCHAR(2000)    NULL,
    ethics_required  BIT               NOT NULL,
    ethics_status    NVARCHAR(40)      NOT NULL,
    ethics_reference NVARCHAR(100)     NULL,
    outputs          NVARCHAR(MAX)     NOT NULL,
    gcm_objectives   NVARCHAR(200)     NOT NULL,
    status           NVARCHAR(40)      NOT NULL,
    version          INT               NOT NULL,
    created_at       DATETIMEOFFSET(7) NOT NULL,
    created_by       NVARCHAR(200)     NOT NULL,
    updated_at       DATETIMEOFFSET(7) NOT NULL,
    updated_by       NVARCHAR(200)     NOT NULL
);
CREATE INDEX ix_projects_status ON research.projects (status, created_at, id);
CREATE INDEX ix_projects_created ON research.projects (created_at, id);

CREATE TABLE research.series (
    id            UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    code          NVARCHAR(20)      NOT NULL,
    name_en       NVARCHAR(500)     NULL,
    name_fr       NVARCHAR(500)     NULL,
    name_es       NVARCHAR(500)     NULL,
    issn          NVARCHAR(9)       NULL,
    series_editor NVARCHAR(200)     NULL,
    version       INT               NOT NULL,
    created_at    DATETIMEOFFSET(7) NOT NULL,
    created_by    NVARCHAR(200)     NOT NULL,
    updated_at    DATETIMEOFFSET(7) NOT NULL,
    updated_by    NVARCHAR(200)     NOT NULL,
    CONSTRAINT ux_series_code UNIQUE (code)
);
CREATE UNIQUE INDEX ux_series_issn ON research.series (issn) WHERE issn IS NOT NULL;

CREATE TABLE research.works (
    id                UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    publication_code  NVARCHAR(40)      NOT NULL,
    type              NVARCHAR(40)      NOT NULL,
    series_id         UNIQUEIDENTIFIER  NULL REFERENCES research.series (id),
    series_number     NVARCHAR(20)      NULL,
    title_en          NVARCHAR(500)     NULL,
    title_fr          NVARCHAR(500)     NULL,
    title_es          NVARCHAR(500)     NULL,
    subtitle_en       NVARCHAR(500)     NULL,
    subtitle_fr       NVARCHAR(500)     NULL,
    subtitle_es       NVARCHAR(500)     NULL,
    original_language NVARCHAR(2)       NOT NULL,
    contributors      NVARCHAR(MAX)     NOT NULL,
    licence           NVARCHAR(100)     NULL,
    peer_review       NVARCHAR(40)      NOT NULL,
    themes            NVARCHAR(MAX)     NOT NULL,
    countries         NVARCHAR(MAX)     NOT NULL,
    gcm_objectives    NVARCHAR(200)     NOT NULL,
    programme_year    INT               NULL,
    planned_quarter   INT               NULL,
    published_on      DATE              NULL,
    status            NVARCHAR(40)      NOT NULL,
    version           INT               NOT NULL,
    created_at        DATETIMEOFFSET(7) NOT NULL,
    created_by        NVARCHAR(200)     NOT NULL,
    updated_at        DATETIMEOFFSET(7) NOT NULL,
    updated_by        NVARCHAR(200)     NOT NULL,
    CONSTRAINT ux_works_publication_code UNIQUE (publication_code)
);
CREATE UNIQUE INDEX ux_works_series_number ON research.works (series_id, series_number) WHERE series_number IS NOT NULL;
CREATE INDEX ix_works_programme ON research.works (programme_year, planned_quarter);
CREATE INDEX ix_works_published ON research.works (published_on);
CREATE INDEX ix_works_status ON research.works (status, publication_code, id);

CREATE TABLE research.clearances (
    work_id    UNIQUEIDENTIFIER  NOT NULL REFERENCES research.works (id),
    kind       NVARCHAR(40)      NOT NULL,
    status     NVARCHAR(40)      NOT NULL,
    note       NVARCHAR(1000)    NULL,
    decided_by NVARCHAR(200)     NULL,
    decided_at DATETIMEOFFSET(7) NULL,
    CONSTRAINT pk_clearances PRIMARY KEY (work_id, kind)
);

CREATE TABLE research.review_rounds (
    id        UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    work_id   UNIQUEIDENTIFIER NOT NULL REFERENCES research.works (id),
    number    INT              NOT NULL,
    opened_on DATE             NOT NULL,
    status    NVARCHAR(40)     NOT NULL,
    CONSTRAINT ux_review_rounds_number UNIQUE (work_id, number)
);

CREATE TABLE research.review_assignments (
    id             UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    round_id       UNIQUEIDENTIFIER  NOT NULL REFERENCES research.review_rounds (id),
    work_id        UNIQUEIDENTIFIER  NOT NULL REFERENCES research.works (id),
    reviewer       NVARCHAR(200)     NOT NULL,
    reviewer_orcid NVARCHAR(19)      NULL,
    invited_on     DATE              NOT NULL,
    due_on         DATE              NOT NULL,
    status         NVARCHAR(40)      NOT NULL,
    recommendation NVARCHAR(40)      NULL,
    submitted_at   DATETIMEOFFSET(7) NULL,
    version        INT               NOT NULL,
    created_at     DATETIMEOFFSET(7) NOT NULL,
    created_by     NVARCHAR(200)     NOT NULL,
    updated_at     DATETIMEOFFSET(7) NOT NULL,
    updated_by     NVARCHAR(200)     NOT NULL
);
CREATE INDEX ix_review_assignments_round ON research.review_assignments (round_id, id);
CREATE INDEX ix_review_assignments_due ON research.review_assignments (status, due_on, id);

CREATE TABLE research.manifestations (
    id                 UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    work_id            UNIQUEIDENTIFIER  NOT NULL REFERENCES research.works (id),
    language           NVARCHAR(2)       NOT NULL,
    format             NVARCHAR(40)      NOT NULL,
    isbn               NVARCHAR(13)      NULL,
    doi                NVARCHAR(210)     NULL,
    translation_of     UNIQUEIDENTIFIER  NULL REFERENCES research.manifestations (id),
    translation_status NVARCHAR(40)      NOT NULL,
    translation_due_on DATE              NULL,
    translation_job_id UNIQUEIDENTIFIER  NULL,
    pages              INT               NULL,
    version            INT               NOT NULL,
    created_at         DATETIMEOFFSET(7) NOT NULL,
    created_by         NVARCHAR(200)     NOT NULL,
    updated_at         DATETIMEOFFSET(7) NOT NULL,
    updated_by         NVARCHAR(200)     NOT NULL,
    CONSTRAINT ux_manifestations_language_format UNIQUE (work_id, language, format)
);
CREATE UNIQUE INDEX ux_manifestations_isbn ON research.manifestations (isbn) WHERE isbn IS NOT NULL;
CREATE UNIQUE INDEX ux_manifestations_doi ON research.manifestations (doi) WHERE doi IS NOT NULL;
