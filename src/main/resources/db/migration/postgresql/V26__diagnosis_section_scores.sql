-- Each answer keeps its sections' percents (a JSON array, null where nothing is scored), written at each save, so
-- that comparing sixty organisations reads no responses. Answers saved before keep NULL and are scored when read.
ALTER TABLE DIAGNOSIS_ANSWER ADD COLUMN SECTION_SCORES VARCHAR(1000);
