-- Issue 14 #4, news (« Actualités »): a news item is a resource of type news (its title, lead as summary, themes,
-- territory and publication date are the resource's) with its own fields here, keyed by the resource's id (like
-- ACTOR). The body is the Markdown its author wrote; pages and feeds show it only through the HTML sanitiser. An
-- image, when given, is the resource's file, and its alternative text lives here.
CREATE TABLE NEWS (
    ID BIGINT NOT NULL PRIMARY KEY,
    BODY VARCHAR(20000) NOT NULL,
    NETWORK_ID BIGINT,
    IMAGEALT VARCHAR(300),
    CONSTRAINT NEWS_RESOURCE FOREIGN KEY (ID) REFERENCES RESOURCE (ID),
    CONSTRAINT NEWS_NETWORK FOREIGN KEY (NETWORK_ID) REFERENCES NETWORK (ID)
);
CREATE INDEX NEWS_BY_NETWORK ON NEWS (NETWORK_ID);
