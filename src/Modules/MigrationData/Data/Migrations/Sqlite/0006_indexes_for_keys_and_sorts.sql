-- Indexes a SQL Server DBA asked for: under each foreign key (a delete of the parent checks it), and for each sort a list offers.
CREATE INDEX ix_datasets_partner ON datasets (partner_id);
CREATE INDEX ix_datasets_created_at ON datasets (created_at, id);
CREATE INDEX ix_editions_dataset_released_on ON editions (dataset_id, released_on, id);
CREATE INDEX ix_editions_dataset_created_at ON editions (dataset_id, created_at, id);
CREATE INDEX ix_indicators_created_at ON indicators (created_at, code);
CREATE INDEX ix_partners_created_at ON partners (created_at, id);
