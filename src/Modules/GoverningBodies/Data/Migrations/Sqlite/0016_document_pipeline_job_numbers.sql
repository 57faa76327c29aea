-- Documents move through a pipeline (draft → submitted → edited → inTranslation → ready → issued) and carry a job number
-- from their submission (UN convention: two-digit year and a running number per year, 24-00012). Language versions are
-- requested → inTranslation → inRevision → final → issued: 'pending' becomes 'requested' and 'available' 'final'.
ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE documents ADD COLUMN job_year INTEGER NULL;
ALTER TABLE documents ADD COLUMN job_sequence INTEGER NULL;
CREATE UNIQUE INDEX ux_documents_job_number ON documents (job_year, job_sequence) WHERE job_year IS NOT NULL;
CREATE INDEX ix_documents_status ON documents (status, symbol_sort, id);

UPDATE document_languages SET status = 'requested' WHERE status = 'pending';
UPDATE document_languages SET status = 'final' WHERE status = 'available';

-- Documents registered before the pipeline had their original text at once: they stand where their languages put them.
UPDATE documents SET status = CASE
    WHEN EXISTS (SELECT 1 FROM document_languages l WHERE l.document_id = documents.id AND l.status = 'issued') THEN 'issued'
    WHEN EXISTS (SELECT 1 FROM document_languages l WHERE l.document_id = documents.id AND l.status = 'inTranslation') THEN 'inTranslation'
    WHEN NOT EXISTS (SELECT 1 FROM document_languages l WHERE l.document_id = documents.id AND l.status NOT IN ('final', 'issued')) THEN 'ready'
    ELSE 'edited' END;

-- Their job numbers: the year of registration, numbered in the order they were registered.
UPDATE documents SET
    job_year = CAST(substr(created_at, 1, 4) AS INTEGER),
    job_sequence = (SELECT COUNT(*) FROM documents earlier
                    WHERE substr(earlier.created_at, 1, 4) = substr(documents.created_at, 1, 4)
                      AND (earlier.created_at < documents.created_at OR (earlier.created_at = documents.created_at AND earlier.id <= documents.id)));

-- The running number of each year's job numbers. Every year has its row from the start, so that concurrent submissions
-- serialise on the row's update rather than racing to insert it.
CREATE TABLE job_number_years (
    year          INTEGER NOT NULL PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);
WITH RECURSIVE years (year) AS (SELECT 2000 UNION ALL SELECT year + 1 FROM years WHERE year < 2199)
INSERT INTO job_number_years (year, last_sequence)
SELECT y.year, COALESCE((SELECT MAX(d.job_sequence) FROM documents d WHERE d.job_year = y.year), 0) FROM years y;
