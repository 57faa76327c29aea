-- Indexes a SQL Server DBA asked for: under each foreign key (a delete of the parent checks it), and for each sort a list offers.
CREATE INDEX ix_datasets_partner ON migration_data.datasets (partner_id);
CREATE INDEX ix_datasets_created_at ON migration_data.datasets (created_at, id);
CREATE INDEX ix_editions_dataset_released_on ON migration_data.editions (dataset_id, released_on, id);
CREATE INDEX ix_editions_dataset_created_at ON migration_data.editions (dataset_id, created_at, id);
CREATE INDEX ix_indicators_created_at ON migration_data.indicators (created_at, code);
CREATE INDEX ix_partners_created_at ON migration_data.partners (created_at, id);
