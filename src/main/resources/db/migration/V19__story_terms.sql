-- The desk's search index: every word (org.copydesk.story.SearchTerms: letters and digits, lower
-- case, up to 40 characters) that a headline or a paragraph of the story has had. Written with each
-- revision, for its new paragraphs and a changed headline; never deleted, so a search narrowed by
-- it still matches the current revision's text as before (DeskService). Without it every search
-- read every story's text: 325 ms per search at 100,000 stories (bench/analysis.md, session 21).
-- The primary key serves the search (a range of terms), the index the foreign key and a save's
-- look-up of the terms its story already has. ${termCollation} is COLLATE "C" on PostgreSQL, so that
-- the range of terms that begin with a prefix is one range of the index, as it is on H2.
CREATE TABLE story_term (
  term VARCHAR(40)${termCollation} NOT NULL,
  story_id BIGINT NOT NULL,
  CONSTRAINT pk_story_term PRIMARY KEY (term, story_id)
);
CREATE INDEX ix_story_term_story ON story_term (story_id);
ALTER TABLE story_term ADD CONSTRAINT fk_story_term_story FOREIGN KEY (story_id) REFERENCES story (id);
