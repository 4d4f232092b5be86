-- H2 gives a foreign key an index of its own unless the table already has one on exactly its
-- columns. V1 made these two foreign keys before the indexes it meant for them, so on H2 the
-- columns revision_paragraph.paragraph_id and revision.story_id each had two identical indexes,
-- and every save entered each of its fifty revision_paragraph rows into both paragraph_id
-- indexes, at fifty scattered places. Made again, the constraints use the named indexes on H2.
-- PostgreSQL never adds indexes for foreign keys; there the schema ends as it was, but re-adding a
-- foreign key checks every existing row while the table is locked for writes: on a large newsroom
-- database this migration takes a while at the first start after the upgrade.
ALTER TABLE revision_paragraph DROP CONSTRAINT fk_revpar_paragraph;
ALTER TABLE revision_paragraph ADD CONSTRAINT fk_revpar_paragraph FOREIGN KEY (paragraph_id) REFERENCES paragraph (id);
ALTER TABLE revision DROP CONSTRAINT fk_revision_story;
ALTER TABLE revision ADD CONSTRAINT fk_revision_story FOREIGN KEY (story_id) REFERENCES story (id);
