-- The checkable claims of each revision, with the fact-checker's verdict. A new revision gets its
-- own rows: verdicts are carried over where the claim's sentence did not change.
CREATE SEQUENCE claim_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE claim (
  id BIGINT NOT NULL PRIMARY KEY,
  story_id BIGINT NOT NULL,
  revision_number INTEGER NOT NULL,
  claim_type VARCHAR(16) NOT NULL,
  claim_text VARCHAR(4000) NOT NULL,
  speaker VARCHAR(300),
  paragraph INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_paragraph INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  sentence VARCHAR(8000) NOT NULL,
  sentence_hash VARCHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  note VARCHAR(2000),
  source_url VARCHAR(1000),
  checked_by VARCHAR(64),
  checked_at TIMESTAMP WITH TIME ZONE,
  manual BOOLEAN NOT NULL,
  added_by VARCHAR(64),
  CONSTRAINT fk_claim_story FOREIGN KEY (story_id) REFERENCES story (id)
);

CREATE INDEX ix_claim_revision ON claim (story_id, revision_number);
