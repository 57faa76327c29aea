-- A work's abstracts (JSON: language and text, for Crossref's JATS abstracts) and the project it comes out of (whose
-- funders its Crossref deposit names).
ALTER TABLE works ADD COLUMN abstracts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE works ADD COLUMN project_id TEXT NULL REFERENCES projects (id);
CREATE INDEX ix_works_project ON works (project_id);
