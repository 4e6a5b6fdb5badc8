-- A course session is held in its place's time zone (an IANA id among France's: Europe/Paris, America/Cayenne…),
-- in which it is entered and shown; the sessions stored before were all entered in Paris time.
ALTER TABLE COURSE_SESSION ADD COLUMN ZONEID VARCHAR(40) DEFAULT 'Europe/Paris' NOT NULL;
