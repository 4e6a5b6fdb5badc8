-- A webinar registration is first pending: it holds no place until the person follows the e-mailed link, whose
-- token is kept as its SHA-256 until it is used, with the instant it expires. A pending registration has no
-- cancellation link yet. Registrations made before are confirmed or waiting already, and stay so.
ALTER TABLE WEBINAR_REGISTRATION ALTER COLUMN CANCELTOKENHASH NULL;
ALTER TABLE WEBINAR_REGISTRATION ADD COLUMN CONFIRMTOKENHASH VARCHAR(64);
ALTER TABLE WEBINAR_REGISTRATION ADD COLUMN CONFIRMEXPIRESAT TIMESTAMP;
ALTER TABLE WEBINAR_REGISTRATION ADD CONSTRAINT WEBINAR_REGISTRATION_CONFIRM UNIQUE (CONFIRMTOKENHASH);
-- The registrations one address asked for lately, counted at each new one.
CREATE INDEX WEBINAR_REGISTRATION_ADDRESS ON WEBINAR_REGISTRATION (EMAIL, CONSENTAT);
