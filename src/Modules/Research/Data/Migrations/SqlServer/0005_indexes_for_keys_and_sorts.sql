-- Indexes a SQL Server DBA asked for: under each foreign key (a delete of the parent checks it), and for each sort a list offers.
CREATE INDEX ix_review_assignments_work ON research.review_assignments (work_id);
CREATE INDEX ix_manifestations_translation_of ON research.manifestations (translation_of);
CREATE INDEX ix_works_created_at ON research.works (created_at, id);
CREATE INDEX ix_series_created_at ON research.series (created_at, id);
