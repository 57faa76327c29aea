-- The file of a speaker's statement in each language it was delivered or translated in.
CREATE TABLE governing_bodies.statement_files (
    speaker_id   UNIQUEIDENTIFIER  NOT NULL,
    language     NVARCHAR(40)      NOT NULL,
    storage_key  NVARCHAR(400)     NOT NULL,
    file_name    NVARCHAR(255)     NOT NULL,
    media_type   NVARCHAR(100)     NOT NULL,
    size_bytes   BIGINT            NOT NULL,
    sha256       CHAR(64)          NOT NULL,
    uploaded_at  DATETIMEOFFSET(7) NOT NULL,
    uploaded_by  NVARCHAR(200)     NOT NULL,
    CONSTRAINT pk_statement_files PRIMARY KEY (speaker_id, language),
    CONSTRAINT fk_statement_files_speaker FOREIGN KEY (speaker_id) REFERENCES governing_bodies.speakers (id),
    CONSTRAINT ux_statement_files_storage_key UNIQUE (storage_key)
);
