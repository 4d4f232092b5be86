-- Uploaded lead photos, one row per distinct content (the key is the SHA-256 of the bytes).
-- ${binary} is VARBINARY on H2 and BYTEA on PostgreSQL (set by SchemaMigration).
CREATE TABLE photo (
  sha256 VARCHAR(64) NOT NULL,
  media_type VARCHAR(20) NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  byte_size INTEGER NOT NULL,
  data ${binary} NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_photo PRIMARY KEY (sha256)
);

-- The public may fetch a photo only while a published story shows it: found by this index.
CREATE INDEX ix_revision_photo_ref ON revision (photo_ref);
