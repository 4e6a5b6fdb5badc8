-- Issue 14 #8, issue 15 #2: a resource may be limited to a circle (« network:12 », later « project:5 »), the
-- members who alone may see it once published; null for a public resource, as every existing one stays.
ALTER TABLE RESOURCE ADD COLUMN CIRCLE VARCHAR(100);
