-- Documents move through a pipeline (draft → submitted → edited → inTranslation → ready → issued) and carry a job number
-- from their submission (UN convention: two-digit year and a running number per year, 24-00012). Language versions are
-- requested → inTranslation → inRevision → final → issued: 'pending' becomes 'requested' and 'available' 'final'.
ALTER TABLE governing_bodies.documents ADD
    status       NVARCHAR(20) NOT NULL CONSTRAINT df_documents_status DEFAULT N'draft',
    job_year     INT          NULL,
    job_sequence INT          NULL;
GO

CREATE UNIQUE INDEX ux_documents_job_number ON governing_bodies.documents (job_year, job_sequence) WHERE job_year IS NOT NULL;
CREATE INDEX ix_documents_status ON governing_bodies.documents (status, symbol_sort, id);

UPDATE governing_bodies.document_languages SET status = N'requested' WHERE status = N'pending';
UPDATE governing_bodies.document_languages SET status = N'final' WHERE status = N'available';

-- Documents registered before the pipeline had their original text at once: they stand where their languages put them.
UPDATE governing_bodies.documents SET status = CASE
    WHEN EXISTS (SELECT 1 FROM governing_bodies.document_languages l WHERE l.document_id = documents.id AND l.status = N'issued') THEN N'issued'
    WHEN EXISTS (SELECT 1 FROM governing_bodies.document_languages l WHERE l.document_id = documents.id AND l.status = N'inTranslation') THEN N'inTranslation'
    WHEN NOT EXISTS (SELECT 1 FROM governing_bodies.document_languages l WHERE l.document_id = documents.id AND l.status NOT IN (N'final', N'issued')) THEN N'ready'
    ELSE N'edited' END;

-- Their job numbers: the year of registration, numbered in the order they were registered.
UPDATE governing_bodies.documents SET
    job_year = DATEPART(year, created_at),
    job_sequence = (SELECT COUNT(*) FROM governing_bodies.documents earlier
                    WHERE DATEPART(year, earlier.created_at) = DATEPART(year, documents.created_at)
                      AND (earlier.created_at < documents.created_at OR (earlier.created_at = documents.created_at AND earlier.id <= documents.id)));

-- The running number of each year's job numbers. Every year has its row from the start, so that concurrent submissions
-- serialise on the row's update rather than racing to insert it.
CREATE TABLE governing_bodies.job_number_years (
    year          INT NOT NULL CONSTRAINT pk_job_number_years PRIMARY KEY,
    last_sequence INT NOT NULL
);
INSERT INTO governing_bodies.job_number_years (year, last_sequence)
SELECT 2000 + hundreds.n * 100 + tens.n * 10 + units.n, 0
FROM (VALUES (0), (1)) AS hundreds (n)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS tens (n)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS units (n);
UPDATE governing_bodies.job_number_years
SET last_sequence = COALESCE((SELECT MAX(d.job_sequence) FROM governing_bodies.documents d WHERE d.job_year = job_number_years.year), 0);
