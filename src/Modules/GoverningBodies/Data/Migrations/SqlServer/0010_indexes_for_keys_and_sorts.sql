-- Indexes a SQL Server DBA asked for: under each foreign key (a delete of the parent checks it), and for each sort a list offers.
CREATE INDEX ix_agenda_items_parent ON governing_bodies.agenda_items (parent_id);
CREATE INDEX ix_resolutions_agenda_item ON governing_bodies.resolutions (agenda_item_id);
CREATE INDEX ix_resolutions_adopted_on ON governing_bodies.resolutions (adopted_on, id);
CREATE INDEX ix_sessions_number ON governing_bodies.sessions (number, id);
CREATE INDEX ix_sessions_created_at ON governing_bodies.sessions (created_at, id);
CREATE INDEX ix_documents_created_at ON governing_bodies.documents (created_at, id);
CREATE INDEX ix_bodies_display_order ON governing_bodies.bodies (display_order, code);
