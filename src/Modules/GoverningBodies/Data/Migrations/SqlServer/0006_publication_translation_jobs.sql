-- Translation jobs for publications of other modules (research), which are not official documents: a job now has either
-- a document or a publication language version (manifestation).
DROP INDEX ux_translation_jobs_open ON governing_bodies.translation_jobs;
ALTER TABLE governing_bodies.translation_jobs ALTER COLUMN document_id UNIQUEIDENTIFIER NULL;
ALTER TABLE governing_bodies.translation_jobs ADD
    publication_work_id          UNIQUEIDENTIFIER NULL,
    publication_manifestation_id UNIQUEIDENTIFIER NULL,
    publication_code             NVARCHAR(40)     NULL,
    publication_title            NVARCHAR(500)    NULL;
GO
ALTER TABLE governing_bodies.translation_jobs ADD CONSTRAINT ck_translation_jobs_subject
    CHECK ((document_id IS NULL AND publication_manifestation_id IS NOT NULL) OR (document_id IS NOT NULL AND publication_manifestation_id IS NULL));
CREATE UNIQUE INDEX ux_translation_jobs_open ON governing_bodies.translation_jobs (document_id, target_language)
    WHERE status IN ('requested', 'inProgress') AND document_id IS NOT NULL;
CREATE UNIQUE INDEX ux_translation_jobs_open_publication ON governing_bodies.translation_jobs (publication_manifestation_id)
    WHERE status IN ('requested', 'inProgress') AND publication_manifestation_id IS NOT NULL;
