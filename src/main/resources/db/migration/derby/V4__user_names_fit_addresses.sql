-- User names are e-mail addresses for self-registered accounts, and validation accepts addresses of up to 320
-- characters: every column holding a user name holds as much (a 133-character address could not register).
ALTER TABLE ACCOUNT ALTER COLUMN USERNAME SET DATA TYPE VARCHAR(320);
ALTER TABLE RESOURCE_VERSION ALTER COLUMN ADDEDBY SET DATA TYPE VARCHAR(320);
ALTER TABLE AUDIT_EVENT ALTER COLUMN ACTOR SET DATA TYPE VARCHAR(320);
ALTER TABLE IMPORT_JOB ALTER COLUMN OWNER SET DATA TYPE VARCHAR(320);
