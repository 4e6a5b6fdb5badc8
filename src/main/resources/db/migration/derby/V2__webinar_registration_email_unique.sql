-- One registration per address and webinar, as the entity always declared but EclipseLink never created on Derby.
-- Addresses are stored in lower case, so this is also case-insensitive.
ALTER TABLE WEBINAR_REGISTRATION ADD CONSTRAINT WEBINAR_REGISTRATION_EMAIL UNIQUE (WEBINARID, EMAIL);
