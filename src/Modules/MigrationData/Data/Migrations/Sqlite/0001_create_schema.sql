-- Migration data (GMDAC): reference geography, partners, datasets and their editions, indicators, observations.
CREATE TABLE countries (
    alpha3  TEXT NOT NULL PRIMARY KEY,
    alpha2  TEXT NOT NULL,
    m49     TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_fr TEXT NULL,
    name_es TEXT NULL,
    CONSTRAINT ux_countries_alpha2 UNIQUE (alpha2),
    CONSTRAINT ux_countries_m49 UNIQUE (m49)
);

-- ISO 3166-3: codes no longer in use, with the countries that succeeded them.
CREATE TABLE retired_codes (
    scheme     TEXT    NOT NULL,
    code       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    retired_in INTEGER NOT NULL,
    successors TEXT    NOT NULL,
    CONSTRAINT pk_retired_codes PRIMARY KEY (scheme, code)
);

CREATE TABLE regions (
    scheme      TEXT NOT NULL,
    code        TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    name_fr     TEXT NULL,
    name_es     TEXT NULL,
    parent_code TEXT NULL,
    CONSTRAINT pk_regions PRIMARY KEY (scheme, code)
);

CREATE TABLE region_members (
    scheme      TEXT NOT NULL,
    region_code TEXT NOT NULL,
    alpha3      TEXT NOT NULL REFERENCES countries (alpha3),
    CONSTRAINT pk_region_members PRIMARY KEY (scheme, region_code, alpha3)
) WITHOUT ROWID;
CREATE INDEX ix_region_members_country ON region_members (alpha3);

CREATE TABLE partners (
    id         TEXT    NOT NULL PRIMARY KEY,
    code       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    website    TEXT    NULL,
    version    INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    updated_by TEXT    NOT NULL,
    CONSTRAINT ux_partners_code UNIQUE (code)
);

CREATE TABLE datasets (
    id          TEXT    NOT NULL PRIMARY KEY,
    code        TEXT    NOT NULL,
    partner_id  TEXT    NOT NULL REFERENCES partners (id),
    title_en    TEXT    NULL,
    title_fr    TEXT    NULL,
    title_es    TEXT    NULL,
    licence     TEXT    NULL,
    coverage    TEXT    NULL,
    methodology TEXT    NULL,
    version     INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    updated_by  TEXT    NOT NULL,
    CONSTRAINT ux_datasets_code UNIQUE (code)
);

-- An edition (vintage) of a dataset; observations belong to one. A new edition never overwrites an earlier one.
CREATE TABLE editions (
    edition_key       INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    id                TEXT    NOT NULL,
    dataset_id        TEXT    NOT NULL REFERENCES datasets (id),
    edition           TEXT    NOT NULL,
    released_on       TEXT    NOT NULL,
    retrieved_on      TEXT    NULL,
    notes             TEXT    NULL,
    observation_count INTEGER NOT NULL,
    version           INTEGER NOT NULL,
    created_at        TEXT    NOT NULL,
    created_by        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    updated_by        TEXT    NOT NULL,
    CONSTRAINT ux_editions_id UNIQUE (id),
    CONSTRAINT ux_editions_dataset_edition UNIQUE (dataset_id, edition)
);

CREATE TABLE indicators (
    indicator_key INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    code          TEXT    NOT NULL,
    name_en       TEXT    NULL,
    name_fr       TEXT    NULL,
    name_es       TEXT    NULL,
    unit          TEXT    NOT NULL,
    topic         TEXT    NULL,
    definition_en TEXT    NULL,
    definition_fr TEXT    NULL,
    definition_es TEXT    NULL,
    sdg_indicator TEXT    NULL,
    gcm_objective INTEGER NULL,
    version       INTEGER NOT NULL,
    created_at    TEXT    NOT NULL,
    created_by    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    updated_by    TEXT    NOT NULL,
    CONSTRAINT ux_indicators_code UNIQUE (code)
);

-- One value per indicator, edition, area and period. Clustered on the time-series key (indicator, edition, area,
-- period); the cross-section index leads with the period. area is an ISO 3166-1 alpha-3 code or scheme:region.
CREATE TABLE observations (
    indicator_key INTEGER NOT NULL,
    edition_key   INTEGER NOT NULL,
    area          TEXT    NOT NULL,
    period        TEXT    NOT NULL,
    value         REAL    NULL,
    status        TEXT    NULL,
    CONSTRAINT pk_observations PRIMARY KEY (indicator_key, edition_key, area, period)
) WITHOUT ROWID;
CREATE INDEX ix_observations_cross_section ON observations (indicator_key, edition_key, period, area);

-- Which indicators each edition holds, kept by the loader: picks editions without scanning observations.
CREATE TABLE edition_indicators (
    edition_key       INTEGER NOT NULL,
    indicator_key     INTEGER NOT NULL,
    observation_count INTEGER NOT NULL,
    CONSTRAINT pk_edition_indicators PRIMARY KEY (edition_key, indicator_key)
);
CREATE INDEX ix_edition_indicators_indicator ON edition_indicators (indicator_key, edition_key);

CREATE TABLE load_jobs (
    id          TEXT    NOT NULL PRIMARY KEY,
    edition_id  TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    file_bytes  INTEGER NOT NULL,
    rows_read   INTEGER NOT NULL,
    rows_loaded INTEGER NOT NULL,
    error_count INTEGER NOT NULL,
    errors      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    started_at  TEXT    NULL,
    finished_at TEXT    NULL
);
CREATE INDEX ix_load_jobs_edition ON load_jobs (edition_id, created_at);
