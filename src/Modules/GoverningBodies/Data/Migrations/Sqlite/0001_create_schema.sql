-- Governing Bodies schema (SQLite: this module's own file, attached as governing_bodies at run time).
CREATE TABLE bodies (
    code                TEXT    NOT NULL PRIMARY KEY,
    name_en             TEXT    NOT NULL,
    name_fr             TEXT    NOT NULL,
    name_es             TEXT    NOT NULL,
    symbol_series       TEXT    NULL,
    regular_notice_days INTEGER NULL,
    special_notice_days INTEGER NULL,
    meets_in_private    INTEGER NOT NULL,
    display_order       INTEGER NOT NULL
);

CREATE TABLE sessions (
    id                   TEXT    NOT NULL PRIMARY KEY,
    body_code            TEXT    NOT NULL REFERENCES bodies (code),
    kind                 TEXT    NOT NULL,
    number               INTEGER NOT NULL,
    symbol_prefix        TEXT    NULL,
    title_en             TEXT    NULL,
    title_fr             TEXT    NULL,
    title_es             TEXT    NULL,
    theme_en             TEXT    NULL,
    theme_fr             TEXT    NULL,
    theme_es             TEXT    NULL,
    start_date           TEXT    NOT NULL,
    end_date             TEXT    NOT NULL,
    venue                TEXT    NOT NULL,
    format               TEXT    NOT NULL,
    status               TEXT    NOT NULL,
    notice_required_days INTEGER NULL,
    notice_deadline      TEXT    NULL,
    notice_sent_at       TEXT    NULL,
    version              INTEGER NOT NULL,
    created_at           TEXT    NOT NULL,
    created_by           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    updated_by           TEXT    NOT NULL,
    CONSTRAINT ux_sessions_body_kind_number UNIQUE (body_code, kind, number)
);
CREATE UNIQUE INDEX ux_sessions_symbol_prefix ON sessions (symbol_prefix) WHERE symbol_prefix IS NOT NULL;
CREATE INDEX ix_sessions_start_date ON sessions (start_date, id);

CREATE TABLE agenda_items (
    id         TEXT    NOT NULL PRIMARY KEY,
    session_id TEXT    NOT NULL REFERENCES sessions (id),
    number     TEXT    NOT NULL,
    parent_id  TEXT    NULL REFERENCES agenda_items (id),
    sort_key   TEXT    NOT NULL,
    title_en   TEXT    NULL,
    title_fr   TEXT    NULL,
    title_es   TEXT    NULL,
    status     TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    updated_by TEXT    NOT NULL,
    CONSTRAINT ux_agenda_items_session_number UNIQUE (session_id, number)
);
CREATE INDEX ix_agenda_items_session_sort ON agenda_items (session_id, sort_key, id);

CREATE TABLE documents (
    id                TEXT    NOT NULL PRIMARY KEY,
    symbol            TEXT    NOT NULL,
    chain_symbol      TEXT    NOT NULL,
    series            TEXT    NOT NULL,
    component         TEXT    NULL,
    revision          INTEGER NOT NULL,
    corrigendum       INTEGER NOT NULL,
    addendum          INTEGER NOT NULL,
    session_id        TEXT    NULL REFERENCES sessions (id),
    type              TEXT    NOT NULL,
    distribution      TEXT    NOT NULL,
    original_language TEXT    NOT NULL,
    title_en          TEXT    NULL,
    title_fr          TEXT    NULL,
    title_es          TEXT    NULL,
    version           INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    created_by        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    updated_by        TEXT    NOT NULL,
    CONSTRAINT ux_documents_symbol UNIQUE (symbol)
);
CREATE INDEX ix_documents_chain ON documents (chain_symbol, corrigendum, revision);
CREATE INDEX ix_documents_session ON documents (session_id, symbol);

CREATE TABLE document_languages (
    document_id  TEXT NOT NULL REFERENCES documents (id),
    language     TEXT NOT NULL,
    status       TEXT NOT NULL,
    available_at TEXT NULL,
    updated_at   TEXT NOT NULL,
    CONSTRAINT pk_document_languages PRIMARY KEY (document_id, language)
);
CREATE INDEX ix_document_languages_language ON document_languages (language, document_id);

CREATE TABLE agenda_item_documents (
    agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id),
    document_id    TEXT NOT NULL REFERENCES documents (id),
    CONSTRAINT pk_agenda_item_documents PRIMARY KEY (agenda_item_id, document_id)
);
CREATE INDEX ix_agenda_item_documents_document ON agenda_item_documents (document_id);

CREATE TABLE translation_jobs (
    id              TEXT    NOT NULL PRIMARY KEY,
    document_id     TEXT    NOT NULL REFERENCES documents (id),
    source_language TEXT    NOT NULL,
    target_language TEXT    NOT NULL,
    requested_on    TEXT    NOT NULL,
    due_on          TEXT    NOT NULL,
    word_count      INTEGER NULL,
    assignee        TEXT    NULL,
    status          TEXT    NOT NULL,
    delivered_at    TEXT    NULL,
    version         INTEGER NOT NULL,
    created_at      TEXT    NOT NULL,
    created_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    updated_by      TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_translation_jobs_open ON translation_jobs (document_id, target_language)
    WHERE status IN ('requested', 'inProgress');
CREATE INDEX ix_translation_jobs_backlog ON translation_jobs (status, due_on, id);

CREATE TABLE resolutions (
    id               TEXT    NOT NULL PRIMARY KEY,
    number           INTEGER NOT NULL,
    symbol           TEXT    NOT NULL,
    session_id       TEXT    NOT NULL REFERENCES sessions (id),
    agenda_item_id   TEXT    NULL REFERENCES agenda_items (id),
    title_en         TEXT    NULL,
    title_fr         TEXT    NULL,
    title_es         TEXT    NULL,
    adopted_on       TEXT    NOT NULL,
    adoption_method  TEXT    NOT NULL,
    votes_for        INTEGER NULL,
    votes_against    INTEGER NULL,
    votes_abstaining INTEGER NULL,
    version          INTEGER NOT NULL,
    created_at       TEXT    NOT NULL,
    created_by       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    updated_by       TEXT    NOT NULL,
    CONSTRAINT ux_resolutions_number UNIQUE (number),
    CONSTRAINT ux_resolutions_symbol UNIQUE (symbol)
);
CREATE INDEX ix_resolutions_session ON resolutions (session_id, number);
