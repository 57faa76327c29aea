-- Documents sort by symbol number (C/115/4 before C/115/10) through a sort key with every digit run zero-padded to ten
-- digits; 0008_fill_document_symbol_sort (code) makes the keys of documents registered before this script.
ALTER TABLE governing_bodies.documents ADD symbol_sort NVARCHAR(300) NULL;
GO
CREATE INDEX ix_documents_symbol_sort ON governing_bodies.documents (symbol_sort, id);
