-- Each moderator chooses whether the daily digest reaches them; those who had it keep it.
ALTER TABLE ACCOUNT ADD COLUMN MODERATIONDIGEST BOOLEAN DEFAULT TRUE NOT NULL;
