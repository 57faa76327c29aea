-- The file of a speaker's statement in each language it was delivered or translated in.
CREATE TABLE statement_files (
    speaker_id   TEXT    NOT NULL REFERENCES speakers (id),
    language     TEXT    NOT NULL,
    storage_key  TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    media_type   TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,
    uploaded_at  TEXT    NOT NULL,
    uploaded_by  TEXT    NOT NULL,
    CONSTRAINT pk_statement_files PRIMARY KEY (speaker_id, language),
    CONSTRAINT ux_statement_files_storage_key UNIQUE (storage_key)
);
