-- Codes and references that may hold small letters are unique ignoring case, as SQL Server's pinned collation makes
-- them (ADR 0023).
CREATE UNIQUE INDEX ux_appeal_lines_code_nocase ON appeal_lines (appeal_id, code COLLATE NOCASE);
CREATE UNIQUE INDEX ux_pledges_reference_nocase ON pledges (reference COLLATE NOCASE);
CREATE UNIQUE INDEX ux_agreements_reference_nocase ON agreements (reference COLLATE NOCASE);
