-- Issue 14, item 3: the network's meetings and events (« Agenda »). An event is a resource of type event; its own
-- fields are here, keyed by the resource's id (like WEBINAR). Its registrations are the shared engine's
-- (WEBINAR_REGISTRATION, SESSIONKEY 0). Times are UTC instants, entered and shown in ZONEID, one of France's zones.
-- NETWORK_ID names the network it belongs to; networks come with another change, which adds the foreign key.
CREATE TABLE NETWORK_EVENT (
    ID BIGINT NOT NULL PRIMARY KEY,
    KIND VARCHAR(20) NOT NULL,
    FORMAT VARCHAR(20) NOT NULL,
    STARTSAT TIMESTAMP WITH TIME ZONE NOT NULL,
    ENDSAT TIMESTAMP WITH TIME ZONE NOT NULL,
    ZONEID VARCHAR(40) NOT NULL,
    PLACENAME VARCHAR(200),
    ADDRESS VARCHAR(500),
    COMMUNE VARCHAR(200),
    JOINURL VARCHAR(2000),
    PROGRAMME VARCHAR(10000),
    CAPACITY INTEGER NOT NULL,
    ORGANISER BIGINT,
    NETWORK_ID BIGINT,
    RECAP VARCHAR(10000),
    REPLAYURL VARCHAR(2000),
    ICAL_SEQUENCE INTEGER NOT NULL,
    CONSTRAINT NETWORK_EVENT_RESOURCE FOREIGN KEY (ID) REFERENCES RESOURCE (ID)
);
CREATE INDEX NETWORK_EVENT_ENDSAT ON NETWORK_EVENT (ENDSAT);
