-- A revision's body as one column: its paragraphs' ids in order, separated by commas
-- (org.copydesk.story.ParagraphIdColumn), instead of a revision_paragraph row per paragraph. Every
-- save of a 3,000-word story wrote fifty of those rows, each into the table and two indexes, and
-- the commit then wrote those pages out again; reading a revision's body read them back. On H2,
-- fifty rows and a commit cost 0.78 to 0.99 ms against 0.11 to 0.13 ms for the column, and the
-- file grew twice as fast (bench/analysis.md, session 19). What the rows' foreign key guaranteed,
-- that each id is a paragraph of the story, holds by construction: paragraphs are never deleted
-- and only RevisionStore writes this column, with ids it has just read or stored for that story.
ALTER TABLE revision ADD COLUMN paragraph_ids CHARACTER VARYING;
UPDATE revision r SET paragraph_ids = COALESCE(
  (SELECT STRING_AGG(CAST(rp.paragraph_id AS VARCHAR(20)), ',' ORDER BY rp.pos)
   FROM revision_paragraph rp WHERE rp.revision_id = r.id), '');
ALTER TABLE revision ALTER COLUMN paragraph_ids SET NOT NULL;
DROP TABLE revision_paragraph;
