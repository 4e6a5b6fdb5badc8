-- A request for changes keeps what the moderator saw (JSON), so that the next review shows what changed since.
ALTER TABLE AUDIT_EVENT ADD COLUMN SNAPSHOT TEXT;
-- What waits for moderation is counted on every page a moderator opens.
CREATE INDEX RESOURCE_STATUS ON RESOURCE (STATUS);
