-- A load job belongs to the host that runs it while its lease lasts; the host renews it as the load goes, with the
-- progress, so that every host reads the same state and only an expired lease turns a job failed.
ALTER TABLE migration_data.load_jobs ADD
    holder           NVARCHAR(200)     NULL,
    lease_expires_at DATETIMEOFFSET(7) NULL,
    progress_percent FLOAT             NOT NULL CONSTRAINT df_load_jobs_progress DEFAULT 0;
CREATE INDEX ix_load_jobs_lease ON migration_data.load_jobs (status, lease_expires_at);

-- A job's rows, checked and staged in short transactions; they reach observations in one last transaction, or never.
CREATE TABLE migration_data.load_staging (
    job_id        UNIQUEIDENTIFIER NOT NULL,
    line          INT              NOT NULL,
    indicator_key INT              NOT NULL,
    edition_key   INT              NOT NULL,
    area          NVARCHAR(16)     NOT NULL,
    period        NVARCHAR(7)      NOT NULL,
    value         FLOAT            NULL,
    status        NVARCHAR(20)     NULL,
    CONSTRAINT pk_load_staging PRIMARY KEY CLUSTERED (job_id, indicator_key, area, period)
);
