-- The desk's search index: every word (org.copydesk.story.SearchTerms: letters and digits, lower
-- case, up to 40 characters) that a headline or a paragraph of the story has had. Written with each
-- revision, for its new paragraphs and a changed headline; never deleted, so a search narrowed by
-- it still matches the current revision's text as before (DeskService). Without it every search
-- read every story's text: 325 ms per search at 100,000 stories (bench/analysis.md, session 21).
-- The primary key, story first, serves a save's read of the terms its story has; the index, term
-- first, the search (a range of terms). A save reads its story's terms and compares them in Java:
-- asked with "term IN (the new paragraph's words)", H2 compared every one of the story's terms with
-- every word (a quarter of a save in the benchmark's profile), or, by the term-first index, read
-- every story that has a common word. No foreign key to story, which would add a third index: rows
-- are written only by RevisionStore, for the story it has just locked or created.
-- ${termCollation} is COLLATE "C" on PostgreSQL, so that the terms that begin with a prefix are one
-- range of the index, as they are on H2.
CREATE TABLE story_term (
  term VARCHAR(40)${termCollation} NOT NULL,
  story_id BIGINT NOT NULL,
  CONSTRAINT pk_story_term PRIMARY KEY (story_id, term)
);
CREATE INDEX ix_story_term_term ON story_term (term, story_id);
