-- Codes that may hold small letters are unique ignoring case, as SQL Server's pinned collation makes them (ADR 0023).
CREATE UNIQUE INDEX ux_indicators_code_nocase ON indicators (code COLLATE NOCASE);
CREATE UNIQUE INDEX ux_editions_dataset_edition_nocase ON editions (dataset_id, edition COLLATE NOCASE);
