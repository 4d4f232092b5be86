-- How many stories each state holds, for the desk's tabs and its paginator's total. Counting them
-- with GROUP BY read the whole state index on every full render of the desk: 9 to 13 ms of H2 at
-- 100,000 stories, growing with every story ever written (bench, session 17). StoryLedger, the
-- only code that changes a story's state, moves a story's count in the same transaction
-- (StateCounts). One row per state: a state added to StoryState needs its row here too
-- (StateCountsTest checks that every state has one). Stories loaded around the application (the
-- benchmark's seed scripts do) must be counted again the same way as below.
CREATE TABLE story_state_count (
  state VARCHAR(16) NOT NULL PRIMARY KEY,
  stories BIGINT NOT NULL
);
INSERT INTO story_state_count (state, stories)
  SELECT v.state, (SELECT COUNT(*) FROM story s WHERE s.state = v.state)
  FROM (VALUES ('DRAFT'), ('EDITING'), ('FACT_CHECK'), ('READY'), ('SCHEDULED'), ('PUBLISHED'), ('SPIKED'), ('KILLED')) AS v (state);
