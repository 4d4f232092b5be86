-- Run by the harness (bench/src/Seeder.java) after every seed script, in its transaction, and by
-- anyone who writes stories into Copydesk's database around Copydesk (an import in SQL).
-- Copydesk keeps each state's count of stories (V16) and each reporter's (V17) as it changes
-- them; stories loaded around it are counted again here.
-- Such stories also need their words in story_term (V19, org.copydesk.story.SearchTerms) for the
-- desk's search to find them, as bench/sql/seed-stories.sql writes them, and their current
-- revision's paragraphs in current_paragraph (V22), as bench/sql/seed-history.sql writes them.
UPDATE story_state_count c SET stories = (SELECT COUNT(*) FROM story s WHERE s.state = c.state);
DELETE FROM reporter_state_count;
INSERT INTO reporter_state_count (reporter, state, stories)
  SELECT r.reporter, c.state, COALESCE(g.stories, 0)
  FROM (SELECT DISTINCT reporter FROM story) r CROSS JOIN story_state_count c
  LEFT JOIN (SELECT reporter, state, COUNT(*) AS stories FROM story GROUP BY reporter, state) g
    ON g.reporter = r.reporter AND g.state = c.state;
