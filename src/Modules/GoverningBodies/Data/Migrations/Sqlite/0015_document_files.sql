-- The file of each language version of a document: where the file store keeps it, and what it is (size, SHA-256, pages, words).
CREATE TABLE document_files (
    document_id  TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    storage_key  TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    media_type   TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL,
    sha256       TEXT    NOT NULL,
    pages        INTEGER NULL,
    words        INTEGER NULL,
    uploaded_at  TEXT    NOT NULL,
    uploaded_by  TEXT    NOT NULL,
    CONSTRAINT pk_document_files PRIMARY KEY (document_id, language),
    CONSTRAINT fk_document_files_language FOREIGN KEY (document_id, language) REFERENCES document_languages (document_id, language),
    CONSTRAINT ux_document_files_storage_key UNIQUE (storage_key)
);
