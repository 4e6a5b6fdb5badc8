-- A course session is held in its place's time zone (an IANA id among France's: Europe/Paris, America/Cayenne…),
-- in which it is entered and shown; the sessions stored before were all entered in Paris time.
ALTER TABLE COURSE_SESSION ADD COLUMN ZONEID VARCHAR(40) DEFAULT 'Europe/Paris' NOT NULL;
-- A course session has a key that stays when sessions are added, moved or removed around it (its POSITION
-- changes): registrations to it are kept by that key. The sessions stored before are numbered in their order.
ALTER TABLE COURSE_SESSION ADD COLUMN SESSIONKEY INTEGER DEFAULT 0 NOT NULL;
UPDATE COURSE_SESSION SET SESSIONKEY = POSITION + 1;
-- Registrations are to an event: a webinar (the resource itself, session 0, as every registration made before)
-- or a course session (the course's resource and the session's key). One registration per address and event.
ALTER TABLE WEBINAR_REGISTRATION ADD COLUMN SESSIONKEY INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE WEBINAR_REGISTRATION DROP CONSTRAINT WEBINAR_REGISTRATION_EMAIL;
ALTER TABLE WEBINAR_REGISTRATION ADD CONSTRAINT WEBINAR_REGISTRATION_EMAIL UNIQUE (WEBINARID, SESSIONKEY, EMAIL);
-- A course session's iCalendar SEQUENCE, raised when its time changes (registrants' calendars then update).
ALTER TABLE COURSE_SESSION ADD COLUMN ICAL_SEQUENCE INTEGER DEFAULT 0 NOT NULL;
