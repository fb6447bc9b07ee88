-- Full-text search over documents' title and text. The index is an external
-- content table: it stores only the index, and triggers keep it in step with
-- documents. Incidents are searched through their member events' documents.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text,
	content = 'documents', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents
BEGIN
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents
BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents
BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Index the documents stored before this migration.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
