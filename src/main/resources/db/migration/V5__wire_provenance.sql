-- Where a story came from when a wire service sent it: the wire's id and version (to add a
-- revision for a newer version and to ignore a repeat), its status (a canceled item must not be
-- published), and the rights information as received.
ALTER TABLE story ADD COLUMN wire_id VARCHAR(500);
ALTER TABLE story ADD COLUMN wire_format VARCHAR(16);
ALTER TABLE story ADD COLUMN wire_version VARCHAR(50);
ALTER TABLE story ADD COLUMN wire_status VARCHAR(16);
ALTER TABLE story ADD COLUMN wire_copyright VARCHAR(300);
ALTER TABLE story ADD COLUMN wire_usage_terms VARCHAR(2000);
ALTER TABLE story ADD COLUMN wire_sources VARCHAR(1000);
ALTER TABLE story ADD COLUMN wire_language VARCHAR(35);
CREATE UNIQUE INDEX uq_story_wire_id ON story (wire_id);
