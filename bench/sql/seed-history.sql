-- Two stories with long histories: ${ID} gets ${N} revisions, each changing one of ten paragraphs.
INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version)
  VALUES (${ID}, 'bench-history-' || ${ID}, 'DRAFT', 'rita', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1);
INSERT INTO paragraph (id, story_id, hash, content)
  SELECT ${ID} * 10 + X, ${ID}, 'h' || (${ID} * 10 + X), '<p>Paragraph ' || X || ' of the long history story, with a few more words to read.</p>'
  FROM SYSTEM_RANGE(0, 9);
INSERT INTO paragraph (id, story_id, hash, content)
  SELECT ${ID} * 10000 + X, ${ID}, 'e' || (${ID} * 10000 + X), '<p>Edited paragraph in revision ' || X || ', with a few more words to read.</p>'
  FROM SYSTEM_RANGE(1, ${N});
INSERT INTO revision (id, story_id, number, base_number, headline, author, created_at, body_chars, word_count)
  SELECT ${ID} * 10000 + X, ${ID}, X, X - 1, 'Long history headline', 'rita', CURRENT_TIMESTAMP, 800, 120 FROM SYSTEM_RANGE(1, ${N});
INSERT INTO revision_paragraph (revision_id, pos, paragraph_id)
  SELECT ${ID} * 10000 + R.X, P.X, CASE WHEN P.X = MOD(R.X, 10) THEN ${ID} * 10000 + R.X ELSE ${ID} * 10 + P.X END
  FROM SYSTEM_RANGE(1, ${N}) R, SYSTEM_RANGE(0, 9) P;
UPDATE story SET current_revision_id = ${ID} * 10000 + ${N} WHERE id = ${ID};
