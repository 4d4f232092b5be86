-- A story with a long history: story ${ID} gets ${N} revisions of a 3,000-word body (the
-- paragraphs in the scratch table bench_text, which the harness fills from the demo newsroom's
-- long feature). Revision X changes paragraph MOD(X, paragraphs) as an editor would, so, as in
-- Copydesk's own store, each revision adds one paragraph and a list of paragraph ids. Hashes are
-- the SHA-256 of the paragraph, as Copydesk computes them. Ids are far above the sequences'.
INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version)
  VALUES (${ID}, 'bench-history-' || ${ID}, 'DRAFT', 'rita', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1);
INSERT INTO paragraph (id, story_id, hash, content)
  SELECT ${ID} * CAST(100000 AS BIGINT) + pos, ${ID}, LOWER(RAWTOHEX(HASH('SHA-256', CAST(content AS VARBINARY)))), content FROM bench_text;
INSERT INTO paragraph (id, story_id, hash, content)
  SELECT ${ID} * CAST(100000 AS BIGINT) + 1000 + X, ${ID}, LOWER(RAWTOHEX(HASH('SHA-256', CAST(c AS VARBINARY)))), c
  FROM (SELECT R.X AS X, REGEXP_REPLACE(T.content, '</(p|h2|blockquote)>$', ' Edited in revision ' || R.X || '.</$1>') AS c
        FROM SYSTEM_RANGE(1, ${N}) R JOIN bench_text T ON T.pos = MOD(R.X, (SELECT COUNT(*) FROM bench_text)));
INSERT INTO revision (id, story_id, number, base_number, headline, author, created_at, body_chars, word_count, paragraph_ids)
  SELECT ${ID} * CAST(100000 AS BIGINT) + 1000 + R.X, ${ID}, R.X, CASE WHEN R.X = 1 THEN NULL ELSE R.X - 1 END,
         'A story with ' || ${N} || ' revisions', 'rita', CURRENT_TIMESTAMP,
         (SELECT SUM(CHAR_LENGTH(content)) FROM bench_text), 3100,
         (SELECT STRING_AGG(CAST(CASE WHEN T.pos = MOD(R.X, (SELECT COUNT(*) FROM bench_text)) THEN ${ID} * CAST(100000 AS BIGINT) + 1000 + R.X
                                      ELSE ${ID} * CAST(100000 AS BIGINT) + T.pos END AS VARCHAR(20)), ',' ORDER BY T.pos)
          FROM bench_text T)
  FROM SYSTEM_RANGE(1, ${N}) R;
INSERT INTO revision_contributor (revision_id, pos, name, role)
  SELECT ${ID} * CAST(100000 AS BIGINT) + 1000 + X, 0, 'Rita Reyes', 'WRITER' FROM SYSTEM_RANGE(1, ${N});
UPDATE story SET current_revision_id = ${ID} * CAST(100000 AS BIGINT) + 1000 + ${N} WHERE id = ${ID};
-- The current revision's paragraphs, a row each (V22), as in its paragraph_ids above.
INSERT INTO current_paragraph (story_id, paragraph_id)
  SELECT DISTINCT ${ID}, CASE WHEN T.pos = MOD(${N}, (SELECT COUNT(*) FROM bench_text)) THEN ${ID} * CAST(100000 AS BIGINT) + 1000 + ${N}
                              ELSE ${ID} * CAST(100000 AS BIGINT) + T.pos END
  FROM bench_text T;
-- The desk's search index (V19): the headline's words only; no workload searches these stories' bodies.
INSERT INTO story_term (term, story_id)
  SELECT W.term, ${ID} FROM (VALUES ('a'), ('story'), ('with'), ('revisions'), (CAST(${N} AS VARCHAR))) W(term);
