-- Issue 18 #1, OAI-PMH with deletedRecord=persistent: what stays of a deleted resource that harvesters could have
-- seen (public, published or withdrawn), so that it answers as a deleted record for ever. Written in the deleting
-- transaction; TYPE and THEMES keep the sets it belonged to. Harvests read resources and tombstones in
-- (datestamp, id) order: both get an index in that order.
CREATE TABLE RESOURCE_TOMBSTONE (
    RESOURCE_ID BIGINT NOT NULL PRIMARY KEY,
    TYPE VARCHAR(80),
    THEMES VARCHAR(2000),
    DELETEDAT TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX RESOURCE_TOMBSTONE_BY_DATE ON RESOURCE_TOMBSTONE (DELETEDAT, RESOURCE_ID);
CREATE INDEX RESOURCE_BY_UPDATE ON RESOURCE (UPDATEDAT, ID);
