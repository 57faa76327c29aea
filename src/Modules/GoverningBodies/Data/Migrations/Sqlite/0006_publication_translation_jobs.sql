-- Translation jobs for publications of other modules (research), which are not official documents: a job now has either
-- a document or a publication language version (manifestation). SQLite cannot relax NOT NULL in place, so the table is rebuilt.
CREATE TABLE translation_jobs_rebuilt (
    id                      TEXT    NOT NULL PRIMARY KEY,
    document_id             TEXT    NULL REFERENCES documents (id),
    publication_work_id     TEXT    NULL,
    publication_manifestation_id TEXT NULL,
    publication_code        TEXT    NULL,
    publication_title       TEXT    NULL,
    source_language         TEXT    NOT NULL,
    target_language         TEXT    NOT NULL,
    requested_on            TEXT    NOT NULL,
    due_on                  TEXT    NOT NULL,
    word_count              INTEGER NULL,
    assignee                TEXT    NULL,
    status                  TEXT    NOT NULL,
    delivered_at            TEXT    NULL,
    version                 INTEGER NOT NULL,
    created_at              TEXT    NOT NULL,
    created_by              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    updated_by              TEXT    NOT NULL,
    CONSTRAINT ck_translation_jobs_subject CHECK ((document_id IS NULL) <> (publication_manifestation_id IS NULL))
);
INSERT INTO translation_jobs_rebuilt
    (id, document_id, source_language, target_language, requested_on, due_on, word_count, assignee, status, delivered_at,
     version, created_at, created_by, updated_at, updated_by)
SELECT id, document_id, source_language, target_language, requested_on, due_on, word_count, assignee, status, delivered_at,
       version, created_at, created_by, updated_at, updated_by
FROM translation_jobs;
DROP TABLE translation_jobs;
ALTER TABLE translation_jobs_rebuilt RENAME TO translation_jobs;
CREATE UNIQUE INDEX ux_translation_jobs_open ON translation_jobs (document_id, target_language)
    WHERE status IN ('requested', 'inProgress') AND document_id IS NOT NULL;
CREATE UNIQUE INDEX ux_translation_jobs_open_publication ON translation_jobs (publication_manifestation_id)
    WHERE status IN ('requested', 'inProgress') AND publication_manifestation_id IS NOT NULL;
CREATE INDEX ix_translation_jobs_backlog ON translation_jobs (status, due_on, id);
