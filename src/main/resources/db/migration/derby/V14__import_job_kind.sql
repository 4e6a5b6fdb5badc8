-- What an import reads (issue 13 #7): documents of a server folder, as before, or a CSV of actors or actions sent
-- with the request. The jobs already there imported documents.
ALTER TABLE IMPORT_JOB ADD COLUMN KIND VARCHAR(20) DEFAULT 'documents' NOT NULL;
