-- How many stories each reporter has in each state, kept beside V16's counts per state. A
-- reporter's desk shows her own drafts only, so its tabs counted her drafts on every full render
-- (21 to 23 ms of H2 for a reporter with 50,000 stories, bench/desk-sql.sh, session 17), and her
-- "mine" view and an editor's reporter filter counted all her stories. StoryLedger moves these
-- counts with V16's in the same transaction (StateCounts); a reporter's rows are made, one per
-- state, with her first story. Stories loaded around the application must be counted again as
-- below (the benchmark's seed scripts do).
CREATE TABLE reporter_state_count (
  reporter VARCHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  stories BIGINT NOT NULL,
  CONSTRAINT pk_reporter_state_count PRIMARY KEY (reporter, state)
);
INSERT INTO reporter_state_count (reporter, state, stories)
  SELECT r.reporter, c.state, COALESCE(g.stories, 0)
  FROM (SELECT DISTINCT reporter FROM story) r CROSS JOIN story_state_count c
  LEFT JOIN (SELECT reporter, state, COUNT(*) AS stories FROM story GROUP BY reporter, state) g
    ON g.reporter = r.reporter AND g.state = c.state;
