-- A work's abstracts (JSON: language and text, for Crossref's JATS abstracts) and the project it comes out of (whose
-- funders its Crossref deposit names).
ALTER TABLE research.works ADD
    abstracts  NVARCHAR(MAX)    NOT NULL CONSTRAINT df_works_abstracts DEFAULT N'[]',
    project_id UNIQUEIDENTIFIER NULL CONSTRAINT fk_works_project REFERENCES research.projects (id);
GO
CREATE INDEX ix_works_project ON research.works (project_id);
