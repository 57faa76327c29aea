-- A load job belongs to the host that runs it while its lease lasts; the host renews it as the load goes, with the
-- progress, so that every host reads the same state and only an expired lease turns a job failed.
ALTER TABLE load_jobs ADD COLUMN holder TEXT NULL;
ALTER TABLE load_jobs ADD COLUMN lease_expires_at TEXT NULL;
ALTER TABLE load_jobs ADD COLUMN progress_percent REAL NOT NULL DEFAULT 0;
CREATE INDEX ix_load_jobs_lease ON load_jobs (status, lease_expires_at);

-- A job's rows, checked and staged in short transactions; they reach observations in one last transaction, or never.
CREATE TABLE load_staging (
    job_id        TEXT    NOT NULL,
    line          INTEGER NOT NULL,
    indicator_key INTEGER NOT NULL,
    edition_key   INTEGER NOT NULL,
    area          TEXT    NOT NULL,
    period        TEXT    NOT NULL,
    value         REAL    NULL,
    status        TEXT    NULL,
    CONSTRAINT pk_load_staging PRIMARY KEY (job_id, indicator_key, area, period)
) WITHOUT ROWID;
