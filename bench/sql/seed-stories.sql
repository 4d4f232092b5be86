-- Bench data, loaded by the harness (bench/src/Seeder.java) while the app is stopped. Ids start far above what the
-- sequences hand out. ${FROM} and ${TO} are replaced by the script (story numbers).
INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version)
  SELECT 10000000 + X, 'bench-story-' || X,
         CASE MOD(X, 6) WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'EDITING' WHEN 2 THEN 'FACT_CHECK' WHEN 3 THEN 'READY' WHEN 4 THEN 'PUBLISHED' ELSE 'SPIKED' END,
         CASE MOD(X, 2) WHEN 0 THEN 'rita' ELSE 'robin' END,
         TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', DATEADD('SECOND', X, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'), 1
  FROM SYSTEM_RANGE(${FROM}, ${TO});
INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count, paragraph_ids)
  SELECT 10000000 + X, 10000000 + X, 1, 'Bench headline number ' || X, 'rita', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 40, 6, ''
  FROM SYSTEM_RANGE(${FROM}, ${TO});
UPDATE story SET current_revision_id = id WHERE id BETWEEN 10000000 + ${FROM} AND 10000000 + ${TO};
-- The desk's search index (V19): the words of each headline, "Bench headline number X".
INSERT INTO story_term (term, story_id)
  SELECT W.term, 10000000 + R.X FROM SYSTEM_RANGE(${FROM}, ${TO}) R
  CROSS JOIN (VALUES ('bench'), ('headline'), ('number')) W(term);
INSERT INTO story_term (term, story_id)
  SELECT CAST(X AS VARCHAR), 10000000 + X FROM SYSTEM_RANGE(${FROM}, ${TO});
