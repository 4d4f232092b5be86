-- The paragraphs of each story's current revision, a row each: what the desk's body search matches
-- its text against (DeskService). It matched every paragraph the story had ever had, kept to the
-- current revision's by asking whether revision.paragraph_ids lists the paragraph's id; a save
-- stores a paragraph for each block it changes, so a search cost more the more its stories had
-- been edited (bench/analysis.md, session 23: on the bench's database a search whose words the
-- stories have but not as the phrase took 26.0 ms, 2.6 ms with this table). Written by
-- RevisionStore with each revision, as the change from the one before: a save that rewrites one
-- paragraph deletes one row and inserts one. Filled for existing stories by V23. No foreign keys,
-- whose indexes every save would write too: rows are written by RevisionStore, for the story it has
-- just locked or created, and by V23, with ids of that story's paragraphs, which are never deleted.
CREATE TABLE current_paragraph (
  story_id BIGINT NOT NULL,
  paragraph_id BIGINT NOT NULL,
  CONSTRAINT pk_current_paragraph PRIMARY KEY (story_id, paragraph_id)
);
