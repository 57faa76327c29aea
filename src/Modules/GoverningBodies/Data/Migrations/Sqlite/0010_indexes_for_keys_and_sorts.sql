-- Indexes a SQL Server DBA asked for: under each foreign key (a delete of the parent checks it), and for each sort a list offers.
CREATE INDEX ix_agenda_items_parent ON agenda_items (parent_id);
CREATE INDEX ix_resolutions_agenda_item ON resolutions (agenda_item_id);
CREATE INDEX ix_resolutions_adopted_on ON resolutions (adopted_on, id);
CREATE INDEX ix_sessions_number ON sessions (number, id);
CREATE INDEX ix_sessions_created_at ON sessions (created_at, id);
CREATE INDEX ix_documents_created_at ON documents (created_at, id);
CREATE INDEX ix_bodies_display_order ON bodies (display_order, code);
