-- A batch of a load on its way in by SqlBulkCopy (SqlServerBatchCopy): copied, its duplicate keys taken out, moved to the
-- edition or the job's staging and deleted, all in one transaction, so that rows are here only while it is open.
CREATE TABLE migration_data.load_batches (
    batch_id      UNIQUEIDENTIFIER NOT NULL,
    line          INT              NOT NULL,
    indicator_key INT              NOT NULL,
    edition_key   INT              NOT NULL,
    area          NVARCHAR(16)     NOT NULL,
    period        NVARCHAR(7)      NOT NULL,
    value         FLOAT            NULL,
    status        NVARCHAR(20)     NULL,
    CONSTRAINT pk_load_batches PRIMARY KEY CLUSTERED (batch_id, line)
);
CREATE INDEX ix_load_batches_key ON migration_data.load_batches (batch_id, indicator_key, area, period, line);
