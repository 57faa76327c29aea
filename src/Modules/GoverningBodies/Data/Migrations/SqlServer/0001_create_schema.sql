-- Governing Bodies schema (SQL Server: schema governing_bodies of the shared database; DbUp creates the schema first).
CREATE TABLE governing_bodies.bodies (
    code                NVARCHAR(40)    NOT NULL PRIMARY KEY,
    name_en             NVARCHAR(500)    NOT NULL,
    name_fr             NVARCHAR(500)    NOT NULL,
    name_es             NVARCHAR(500)    NOT NULL,
    symbol_series       NVARCHAR(40)    NULL,
    regular_notice_days INT     NULL,
    special_notice_days INT     NULL,
    meets_in_private    BIT     NOT NULL,
    display_order       INT     NOT NULL
);

CREATE TABLE governing_bodies.sessions (
    id                   UNIQUEIDENTIFIER    NOT NULL PRIMARY KEY,
    body_code            NVARCHAR(40)    NOT NULL REFERENCES governing_bodies.bodies (code),
    kind                 NVARCHAR(40)    NOT NULL,
    number               INT     NOT NULL,
    symbol_prefix        NVARCHAR(60)    NULL,
    title_en             NVARCHAR(500)    NULL,
    title_fr             NVARCHAR(500)    NULL,
    title_es             NVARCHAR(500)    NULL,
    theme_en             NVARCHAR(500)    NULL,
    theme_fr             NVARCHAR(500)    NULL,
    theme_es             NVARCHAR(500)    NULL,
    start_date           DATE    NOT NULL,
    end_date             DATE    NOT NULL,
    venue                NVARCHAR(200)    NOT NULL,
    format               NVARCHAR(40)    NOT NULL,
    status               NVARCHAR(40)    NOT NULL,
    notice_required_days INT     NULL,
    notice_deadline      DATE    NULL,
    notice_sent_at       DATETIMEOFFSET(7)    NULL,
    version              INT     NOT NULL,
    created_at           DATETIMEOFFSET(7)    NOT NULL,
    created_by           NVARCHAR(200)    NOT NULL,
    updated_at           DATETIMEOFFSET(7)    NOT NULL,
    updated_by           NVARCHAR(200)    NOT NULL,
    CONSTRAINT ux_sessions_body_kind_number UNIQUE (body_code, kind, number)
);
CREATE UNIQUE INDEX ux_sessions_symbol_prefix ON governing_bodies.sessions (symbol_prefix) WHERE symbol_prefix IS NOT NULL;
CREATE INDEX ix_sessions_start_date ON governing_bodies.sessions (start_date, id);

CREATE TABLE governing_bodies.agenda_items (
    id         UNIQUEIDENTIFIER    NOT NULL PRIMARY KEY,
    session_id UNIQUEIDENTIFIER    NOT NULL REFERENCES governing_bodies.sessions (id),
    number     NVARCHAR(40)    NOT NULL,
    parent_id  UNIQUEIDENTIFIER    NULL REFERENCES governing_bodies.agenda_items (id),
    sort_key   NVARCHAR(40)    NOT NULL,
    title_en   NVARCHAR(500)    NULL,
    title_fr   NVARCHAR(500)    NULL,
    title_es   NVARCHAR(500)    NULL,
    status     NVARCHAR(40)    NOT NULL,
    version    INT     NOT NULL,
    created_at DATETIMEOFFSET(7)    NOT NULL,
    created_by NVARCHAR(200)    NOT NULL,
    updated_at DATETIMEOFFSET(7)    NOT NULL,
    updated_by NVARCHAR(200)    NOT NULL,
    CONSTRAINT ux_agenda_items_session_number UNIQUE (session_id, number)
);
CREATE INDEX ix_agenda_items_session_sort ON governing_bodies.agenda_items (session_id, sort_key, id);

CREATE TABLE governing_bodies.documents (
    id                UNIQUEIDENTIFIER    NOT NULL PRIMARY KEY,
    symbol            NVARCHAR(60)    NOT NULL,
    chain_symbol      NVARCHAR(60)    NOT NULL,
    series            NVARCHAR(40)    NOT NULL,
    component         NVARCHAR(40)    NULL,
    revision          INT     NOT NULL,
    corrigendum       INT     NOT NULL,
    addendum          INT     NOT NULL,
    session_id        UNIQUEIDENTIFIER    NULL REFERENCES governing_bodies.sessions (id),
    type              NVARCHAR(40)    NOT NULL,
    distribution      NVARCHAR(40)    NOT NULL,
    original_language NVARCHAR(40)    NOT NULL,
    title_en          NVARCHAR(500)    NULL,
    title_fr          NVARCHAR(500)    NULL,
    title_es          NVARCHAR(500)    NULL,
    version           INT     NOT NULL,
    created_at        DATETIMEOFFSET(7)    NOT NULL,
    created_by        NVARCHAR(200)    NOT NULL,
    updated_at        DATETIMEOFFSET(7)    NOT NULL,
    updated_by        NVARCHAR(200)    NOT NULL,
    CONSTRAINT ux_documents_symbol UNIQUE (symbol)
);
CREATE INDEX ix_documents_chain ON governing_bodies.documents (chain_symbol, corrigendum, revision);
CREATE INDEX ix_documents_session ON governing_bodies.documents (session_id, symbol);

CREATE TABLE governing_bodies.document_languages (
    document_id  UNIQUEIDENTIFIER NOT NULL REFERENCES governing_bodies.documents (id),
    language     NVARCHAR(40) NOT NULL,
    status       NVARCHAR(40) NOT NULL,
    available_at DATETIMEOFFSET(7) NULL,
    updated_at   DATETIMEOFFSET(7) NOT NULL,
    CONSTRAINT pk_document_languages PRIMARY KEY (document_id, language)
);
CREATE INDEX ix_document_languages_language ON governing_bodies.document_languages (language, document_id);

CREATE TABLE governing_bodies.agenda_item_documents (
    agenda_item_id UNIQUEIDENTIFIER NOT NULL REFERENCES governing_bodies.agenda_items (id),
    document_id    UNIQUEIDENTIFIER NOT NULL REFERENCES governing_bodies.documents (id),
    CONSTRAINT pk_agenda_item_documents PRIMARY KEY (agenda_item_id, document_id)
);
CREATE INDEX ix_agenda_item_documents_document ON governing_bodies.agenda_item_documents (document_id);

CREATE TABLE governing_bodies.translation_jobs (
    id              UNIQUEIDENTIFIER    NOT NULL PRIMARY KEY,
    document_id     UNIQUEIDENTIFIER    NOT NULL REFERENCES governing_bodies.documents (id),
    source_language NVARCHAR(40)    NOT NULL,
    target_language NVARCHAR(40)    NOT NULL,
    requested_on    DATE    NOT NULL,
    due_on          DATE    NOT NULL,
    word_count      INT     NULL,
    assignee        NVARCHAR(200)    NULL,
    status          NVARCHAR(40)    NOT NULL,
    delivered_at    DATETIMEOFFSET(7)    NULL,
    version         INT     NOT NULL,
    created_at      DATETIMEOFFSET(7)    NOT NULL,
    created_by      NVARCHAR(200)    NOT NULL,
    updated_at      DATETIMEOFFSET(7)    NOT NULL,
    updated_by      NVARCHAR(200)    NOT NULL
);
CREATE UNIQUE INDEX ux_translation_jobs_open ON governing_bodies.translation_jobs (document_id, target_language)
    WHERE status IN ('requested', 'inProgress');
CREATE INDEX ix_translation_jobs_backlog ON governing_bodies.translation_jobs (status, due_on, id);

CREATE TABLE governing_bodies.resolutions (
    id               UNIQUEIDENTIFIER    NOT NULL PRIMARY KEY,
    number           INT     NOT NULL,
    symbol           NVARCHAR(60)    NOT NULL,
    session_id       UNIQUEIDENTIFIER    NOT NULL REFERENCES governing_bodies.sessions (id),
    agenda_item_id   UNIQUEIDENTIFIER    NULL REFERENCES governing_bodies.agenda_items (id),
    title_en         NVARCHAR(500)    NULL,
    title_fr         NVARCHAR(500)    NULL,
    title_es         NVARCHAR(500)    NULL,
    adopted_on       DATE    NOT NULL,
    adoption_method  NVARCHAR(40)    NOT NULL,
    votes_for        INT     NULL,
    votes_against    INT     NULL,
    votes_abstaining INT     NULL,
    version          INT     NOT NULL,
    created_at       DATETIMEOFFSET(7)    NOT NULL,
    created_by       NVARCHAR(200)    NOT NULL,
    updated_at       DATETIMEOFFSET(7)    NOT NULL,
    updated_by       NVARCHAR(200)    NOT NULL,
    CONSTRAINT ux_resolutions_number UNIQUE (number),
    CONSTRAINT ux_resolutions_symbol UNIQUE (symbol)
);
CREATE INDEX ix_resolutions_session ON governing_bodies.resolutions (session_id, number);
