-- Observations broken down by sex, age group and origin (area of origin, for bilateral stocks and flows), each '_T'
-- (SDMX's total) when not broken down; an indicator declares which of them it has. Editions go draft -> released ->
-- withdrawn: the editions already here were served, so they are released.
ALTER TABLE indicators ADD COLUMN dimensions TEXT NOT NULL DEFAULT '';
ALTER TABLE editions ADD COLUMN status TEXT NOT NULL DEFAULT 'released';
ALTER TABLE editions ADD COLUMN status_reason TEXT NULL;
ALTER TABLE editions ADD COLUMN status_changed_at TEXT NULL;

CREATE TABLE observations_by_dimension (
    indicator_key INTEGER NOT NULL,
    edition_key   INTEGER NOT NULL,
    area          TEXT    NOT NULL,
    period        TEXT    NOT NULL,
    sex           TEXT    NOT NULL,
    age           TEXT    NOT NULL,
    origin        TEXT    NOT NULL,
    value         REAL    NULL,
    status        TEXT    NULL,
    CONSTRAINT pk_observations PRIMARY KEY (indicator_key, edition_key, area, period, sex, age, origin)
) WITHOUT ROWID;
INSERT INTO observations_by_dimension (indicator_key, edition_key, area, period, sex, age, origin, value, status)
SELECT indicator_key, edition_key, area, period, '_T', '_T', '_T', value, status FROM observations;
DROP TABLE observations;
ALTER TABLE observations_by_dimension RENAME TO observations;
CREATE INDEX ix_observations_cross_section ON observations (indicator_key, edition_key, period, area, sex, age, origin);

CREATE TABLE load_staging_by_dimension (
    job_id        TEXT    NOT NULL,
    line          INTEGER NOT NULL,
    indicator_key INTEGER NOT NULL,
    edition_key   INTEGER NOT NULL,
    area          TEXT    NOT NULL,
    period        TEXT    NOT NULL,
    sex           TEXT    NOT NULL,
    age           TEXT    NOT NULL,
    origin        TEXT    NOT NULL,
    value         REAL    NULL,
    status        TEXT    NULL,
    CONSTRAINT pk_load_staging PRIMARY KEY (job_id, indicator_key, area, period, sex, age, origin)
) WITHOUT ROWID;
INSERT INTO load_staging_by_dimension (job_id, line, indicator_key, edition_key, area, period, sex, age, origin, value, status)
SELECT job_id, line, indicator_key, edition_key, area, period, '_T', '_T', '_T', value, status FROM load_staging;
DROP TABLE load_staging;
ALTER TABLE load_staging_by_dimension RENAME TO load_staging;
