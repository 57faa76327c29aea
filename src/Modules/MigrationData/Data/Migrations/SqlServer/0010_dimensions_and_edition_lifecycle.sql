-- Observations broken down by sex, age group and origin (area of origin, for bilateral stocks and flows), each '_T'
-- (SDMX's total) when not broken down; an indicator declares which of them it has. Editions go draft -> released ->
-- withdrawn: the editions already here were served, so they are released.
ALTER TABLE migration_data.indicators ADD dimensions NVARCHAR(40) NOT NULL CONSTRAINT df_indicators_dimensions DEFAULT N'';
ALTER TABLE migration_data.editions ADD
    status            NVARCHAR(20)      NOT NULL CONSTRAINT df_editions_status DEFAULT N'released',
    status_reason     NVARCHAR(2000)    NULL,
    status_changed_at DATETIMEOFFSET(7) NULL;

DROP INDEX ix_observations_cross_section ON migration_data.observations;
ALTER TABLE migration_data.observations DROP CONSTRAINT pk_observations;
ALTER TABLE migration_data.observations ADD
    sex    NVARCHAR(3)  NOT NULL CONSTRAINT df_observations_sex DEFAULT N'_T',
    age    NVARCHAR(12) NOT NULL CONSTRAINT df_observations_age DEFAULT N'_T',
    origin NVARCHAR(16) NOT NULL CONSTRAINT df_observations_origin DEFAULT N'_T';
ALTER TABLE migration_data.observations ADD CONSTRAINT pk_observations PRIMARY KEY CLUSTERED (indicator_key, edition_key, area, period, sex, age, origin);
CREATE INDEX ix_observations_cross_section ON migration_data.observations (indicator_key, edition_key, period, area, sex, age, origin) INCLUDE (value, status);

ALTER TABLE migration_data.load_staging DROP CONSTRAINT pk_load_staging;
ALTER TABLE migration_data.load_staging ADD
    sex    NVARCHAR(3)  NOT NULL CONSTRAINT df_load_staging_sex DEFAULT N'_T',
    age    NVARCHAR(12) NOT NULL CONSTRAINT df_load_staging_age DEFAULT N'_T',
    origin NVARCHAR(16) NOT NULL CONSTRAINT df_load_staging_origin DEFAULT N'_T';
ALTER TABLE migration_data.load_staging ADD CONSTRAINT pk_load_staging PRIMARY KEY CLUSTERED (job_id, indicator_key, area, period, sex, age, origin);

DROP INDEX ix_load_batches_key ON migration_data.load_batches;
ALTER TABLE migration_data.load_batches ADD
    sex    NVARCHAR(3)  NOT NULL CONSTRAINT df_load_batches_sex DEFAULT N'_T',
    age    NVARCHAR(12) NOT NULL CONSTRAINT df_load_batches_age DEFAULT N'_T',
    origin NVARCHAR(16) NOT NULL CONSTRAINT df_load_batches_origin DEFAULT N'_T';
CREATE INDEX ix_load_batches_key ON migration_data.load_batches (batch_id, indicator_key, area, period, sex, age, origin, line);
