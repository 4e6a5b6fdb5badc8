-- A resource's materials are read by PART_OF at every publication (to reindex them): without an index the scan
-- locked the whole table, and two publications at once deadlocked on Derby (found by the network benchmark).
CREATE INDEX RESOURCE_PART_OF ON RESOURCE (PART_OF);
