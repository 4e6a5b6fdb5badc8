-- Issue 14, items 1 and 3: an event may belong to a network (« Agenda du réseau » on its page). V16 made the column
-- before networks existed (V13 came in another change); only the foreign key was missing, and an index for the
-- network's page, which lists its upcoming events.
ALTER TABLE NETWORK_EVENT ADD CONSTRAINT NETWORK_EVENT_NETWORK FOREIGN KEY (NETWORK_ID) REFERENCES NETWORK (ID);
CREATE INDEX NETWORK_EVENT_BY_NETWORK ON NETWORK_EVENT (NETWORK_ID, ENDSAT);
