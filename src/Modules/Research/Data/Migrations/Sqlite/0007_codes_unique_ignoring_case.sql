-- A DOI is unique ignoring case (DOIs are case-insensitive), as SQL Server's pinned collation makes it (ADR 0023).
CREATE UNIQUE INDEX ux_manifestations_doi_nocase ON manifestations (doi COLLATE NOCASE) WHERE doi IS NOT NULL;
