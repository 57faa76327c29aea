-- The file of each language version of a document: where the file store keeps it, and what it is (size, SHA-256, pages, words).
CREATE TABLE governing_bodies.document_files (
    document_id  UNIQUEIDENTIFIER  NOT NULL,
    language     NVARCHAR(40)      NOT NULL,
    storage_key  NVARCHAR(400)     NOT NULL,
    file_name    NVARCHAR(255)     NOT NULL,
    media_type   NVARCHAR(100)     NOT NULL,
    size_bytes   BIGINT            NOT NULL,
    sha256       CHAR(64)          NOT NULL,
    pages        INT               NULL,
    words        INT               NULL,
    uploaded_at  DATETIMEOFFSET(7) NOT NULL,
    uploaded_by  NVARCHAR(200)     NOT NULL,
    CONSTRAINT pk_document_files PRIMARY KEY (document_id, language),
    CONSTRAINT fk_document_files_language FOREIGN KEY (document_id, language) REFERENCES governing_bodies.document_languages (document_id, language),
    CONSTRAINT ux_document_files_storage_key UNIQUE (storage_key)
);
