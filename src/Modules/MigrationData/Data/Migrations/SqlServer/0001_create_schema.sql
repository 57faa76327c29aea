-- Migration data (GMDAC): reference geography, partners, datasets and their editions, indicators, observations.
CREATE TABLE migration_data.countries (
    alpha3  NCHAR(3)      NOT NULL PRIMARY KEY,
    alpha2  NCHAR(2)      NOT NULL,
    m49     NCHAR(3)      NOT NULL,
    name_en NVARCHAR(200) NOT NULL,
    name_fr NVARCHAR(200) NULL,
    name_es NVARCHAR(200) NULL,
    CONSTRAINT ux_countries_alpha2 UNIQUE (alpha2),
    CONSTRAINT ux_countries_m49 UNIQUE (m49)
);

-- ISO 3166-3: codes no longer in use, with the countries that succeeded them.
CREATE TABLE migration_data.retired_codes (
    scheme     NVARCHAR(10)  NOT NULL,
    code       NVARCHAR(3)   NOT NULL,
    name       NVARCHAR(200) NOT NULL,
    retired_in INT           NOT NULL,
    successors NVARCHAR(200) NOT NULL,
    CONSTRAINT pk_retired_codes PRIMARY KEY (scheme, code)
);

CREATE TABLE migration_data.regions (
    scheme      NVARCHAR(10)  NOT NULL,
    code        NVARCHAR(10)  NOT NULL,
    name_en     NVARCHAR(200) NOT NULL,
    name_fr     NVARCHAR(200) NULL,
    name_es     NVARCHAR(200) NULL,
    parent_code NVARCHAR(10)  NULL,
    CONSTRAINT pk_regions PRIMARY KEY (scheme, code)
);

CREATE TABLE migration_data.region_members (
    scheme      NVARCHAR(10) NOT NULL,
    region_code NVARCHAR(10) NOT NULL,
    alpha3      NCHAR(3)     NOT NULL REFERENCES migration_data.countries (alpha3),
    CONSTRAINT pk_region_members PRIMARY KEY (scheme, region_code, alpha3)
);
CREATE INDEX ix_region_members_country ON migration_data.region_members (alpha3);

CREATE TABLE migration_data.partners (
    id         UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    code       NVARCHAR(40)      NOT NULL,
    name       NVARCHAR(200)     NOT NULL,
    kind       NVARCHAR(40)      NOT NULL,
    website    NVARCHAR(300)     NULL,
    version    INT               NOT NULL,
    created_at DATETIMEOFFSET(7) NOT NULL,
    created_by NVARCHAR(200)     NOT NULL,
    updated_at DATETIMEOFFSET(7) NOT NULL,
    updated_by NVARCHAR(200)     NOT NULL,
    CONSTRAINT ux_partners_code UNIQUE (code)
);

CREATE TABLE migration_data.datasets (
    id          UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    code        NVARCHAR(40)      NOT NULL,
    partner_id  UNIQUEIDENTIFIER  NOT NULL REFERENCES migration_data.partners (id),
    title_en    NVARCHAR(500)     NULL,
    title_fr    NVARCHAR(500)     NULL,
    title_es    NVARCHAR(500)     NULL,
    licence     NVARCHAR(200)     NULL,
    coverage    NVARCHAR(1000)    NULL,
    methodology NVARCHAR(4000)    NULL,
    version     INT               NOT NULL,
    created_at  DATETIMEOFFSET(7) NOT NULL,
    created_by  NVARCHAR(200)     NOT NULL,
    updated_at  DATETIMEOFFSET(7) NOT NULL,
    updated_by  NVARCHAR(200)     NOT NULL,
    CONSTRAINT ux_datasets_code UNIQUE (code)
);

-- An edition (vintage) of a dataset; observations belong to one. A new edition never overwrites an earlier one.
CREATE TABLE migration_data.editions (
    edition_key       INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    id                UNIQUEIDENTIFIER   NOT NULL,
    dataset_id        UNIQUEIDENTIFIER   NOT NULL REFERENCES migration_data.datasets (id),
    edition           NVARCHAR(40)       NOT NULL,
    released_on       DATE               NOT NULL,
    retrieved_on      DATE               NULL,
    notes             NVARCHAR(2000)     NULL,
    observation_count INT                NOT NULL,
    version           INT                NOT NULL,
    created_at        DATETIMEOFFSET(7)  NOT NULL,
    created_by        NVARCHAR(200)      NOT NULL,
    updated_at        DATETIMEOFFSET(7)  NOT NULL,
    updated_by        NVARCHAR(200)      NOT NULL,
    CONSTRAINT ux_editions_id UNIQUE (id),
    CONSTRAINT ux_editions_dataset_edition UNIQUE (dataset_id, edition)
);

CREATE TABLE migration_data.indicators (
    indicator_key INT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    code          NVARCHAR(60)       NOT NULL,
    name_en       NVARCHAR(500)      NULL,
    name_fr       NVARCHAR(500)      NULL,
    name_es       NVARCHAR(500)      NULL,
    unit          NVARCHAR(60)       NOT NULL,
    topic         NVARCHAR(100)      NULL,
    definition_en NVARCHAR(2000)     NULL,
    definition_fr NVARCHAR(2000)     NULL,
    definition_es NVARCHAR(2000)     NULL,
    sdg_indicator NVARCHAR(20)       NULL,
    gcm_objective INT                NULL,
    version       INT                NOT NULL,
    created_at    DATETIMEOFFSET(7)  NOT NULL,
    created_by    NVARCHAR(200)      NOT NULL,
    updated_at    DATETIMEOFFSET(7)  NOT NULL,
    updated_by    NVARCHAR(200)      NOT NULL,
    CONSTRAINT ux_indicators_code UNIQUE (code)
);

-- One value per indicator, edition, area and period, clustered on the time-series key; the cross-section index leads
-- with the period. At tens of millions of rows see docs/adr/0015 (columnstore, partitioning by edition). Text columns are
-- NVARCHAR like the parameters the data layer sends, so that a seek never pays an implicit conversion.
CREATE TABLE migration_data.observations (
    indicator_key INT          NOT NULL,
    edition_key   INT          NOT NULL,
    area          NVARCHAR(16) NOT NULL,
    period        NVARCHAR(7)  NOT NULL,
    value         FLOAT        NULL,
    status        NVARCHAR(20) NULL,
    CONSTRAINT pk_observations PRIMARY KEY CLUSTERED (indicator_key, edition_key, area, period)
);
CREATE INDEX ix_observations_cross_section ON migration_data.observations (indicator_key, edition_key, period, area) INCLUDE (value, status);

-- Which indicators each edition holds, kept by the loader: picks editions without scanning observations.
CREATE TABLE migration_data.edition_indicators (
    edition_key       INT NOT NULL,
    indicator_key     INT NOT NULL,
    observation_count INT NOT NULL,
    CONSTRAINT pk_edition_indicators PRIMARY KEY (edition_key, indicator_key)
);
CREATE INDEX ix_edition_indicators_indicator ON migration_data.edition_indicators (indicator_key, edition_key);

CREATE TABLE migration_data.load_jobs (
    id          UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    edition_id  UNIQUEIDENTIFIER  NOT NULL,
    format      NVARCHAR(20)      NOT NULL,
    status      NVARCHAR(20)      NOT NULL,
    file_bytes  BIGINT            NOT NULL,
    rows_read   INT               NOT NULL,
    rows_loaded INT               NOT NULL,
    error_count INT               NOT NULL,
    errors      NVARCHAR(MAX)     NOT NULL,
    created_at  DATETIMEOFFSET(7) NOT NULL,
    created_by  NVARCHAR(200)     NOT NULL,
    started_at  DATETIMEOFFSET(7) NULL,
    finished_at DATETIMEOFFSET(7) NULL
);
CREATE INDEX ix_load_jobs_edition ON migration_data.load_jobs (edition_id, created_at);
