-- Copydesk's core schema. Written in the SQL that H2 2.x and PostgreSQL 15 share: no IDENTITY
-- columns (ids come from sequences, as EclipseLink asks for them), VARCHAR with explicit limits,
-- TIMESTAMP WITH TIME ZONE for every instant.

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE wire_service_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE story_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE paragraph_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
  id BIGINT NOT NULL PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE user_role (
  user_id BIGINT NOT NULL,
  role VARCHAR(20) NOT NULL,
  CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE wire_service (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(120) NOT NULL,
  short_name VARCHAR(20) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  credit_format VARCHAR(200),
  usage_terms VARCHAR(2000),
  active BOOLEAN NOT NULL,
  CONSTRAINT uq_wire_service_name UNIQUE (name),
  CONSTRAINT uq_wire_service_short UNIQUE (short_name)
);

CREATE TABLE story (
  id BIGINT NOT NULL PRIMARY KEY,
  slug VARCHAR(120) NOT NULL,
  state VARCHAR(16) NOT NULL,
  reporter VARCHAR(64) NOT NULL,
  current_revision_id BIGINT,
  published_revision_id BIGINT,
  approved_revision INTEGER,
  approved_by VARCHAR(64),
  signed_off_revision INTEGER,
  signed_off_by VARCHAR(64),
  scheduled_for TIMESTAMP WITH TIME ZONE,
  embargo_until TIMESTAMP WITH TIME ZONE,
  kill_reason VARCHAR(2000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE,
  version BIGINT NOT NULL,
  CONSTRAINT uq_story_slug UNIQUE (slug)
);

CREATE TABLE revision (
  id BIGINT NOT NULL PRIMARY KEY,
  story_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  base_number INTEGER,
  headline VARCHAR(300) NOT NULL,
  standfirst VARCHAR(600),
  author VARCHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  note VARCHAR(1000),
  body_chars INTEGER NOT NULL,
  word_count INTEGER NOT NULL,
  distributor_id BIGINT,
  byline_raw VARCHAR(500),
  photo_ref VARCHAR(500),
  photo_caption VARCHAR(1000),
  photo_photographer VARCHAR(200),
  photo_agency VARCHAR(200),
  photo_distributor VARCHAR(200),
  photo_credit_raw VARCHAR(500),
  CONSTRAINT uq_revision_number UNIQUE (story_id, number),
  CONSTRAINT fk_revision_story FOREIGN KEY (story_id) REFERENCES story (id),
  CONSTRAINT fk_revision_distributor FOREIGN KEY (distributor_id) REFERENCES wire_service (id)
);

ALTER TABLE story ADD CONSTRAINT fk_story_current FOREIGN KEY (current_revision_id) REFERENCES revision (id);
ALTER TABLE story ADD CONSTRAINT fk_story_published FOREIGN KEY (published_revision_id) REFERENCES revision (id);

-- Paragraphs are stored once per story, found by the SHA-256 of their HTML.
CREATE TABLE paragraph (
  id BIGINT NOT NULL PRIMARY KEY,
  story_id BIGINT NOT NULL,
  hash VARCHAR(64) NOT NULL,
  content VARCHAR(200000) NOT NULL,
  CONSTRAINT uq_paragraph_hash UNIQUE (story_id, hash),
  CONSTRAINT fk_paragraph_story FOREIGN KEY (story_id) REFERENCES story (id)
);

CREATE TABLE revision_paragraph (
  revision_id BIGINT NOT NULL,
  pos INTEGER NOT NULL,
  paragraph_id BIGINT NOT NULL,
  CONSTRAINT pk_revision_paragraph PRIMARY KEY (revision_id, pos),
  CONSTRAINT fk_revpar_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
  CONSTRAINT fk_revpar_paragraph FOREIGN KEY (paragraph_id) REFERENCES paragraph (id)
);

CREATE TABLE revision_contributor (
  revision_id BIGINT NOT NULL,
  pos INTEGER NOT NULL,
  name VARCHAR(200) NOT NULL,
  role VARCHAR(32) NOT NULL,
  wire_service_id BIGINT,
  CONSTRAINT pk_revision_contributor PRIMARY KEY (revision_id, pos),
  CONSTRAINT fk_revcon_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
  CONSTRAINT fk_revcon_wire FOREIGN KEY (wire_service_id) REFERENCES wire_service (id)
);

CREATE TABLE correction_notice (
  id BIGINT NOT NULL PRIMARY KEY,
  story_id BIGINT NOT NULL,
  revision_number INTEGER NOT NULL,
  kind VARCHAR(16) NOT NULL,
  notice_text VARCHAR(2000) NOT NULL,
  author VARCHAR(64) NOT NULL,
  approved_by VARCHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_notice_story FOREIGN KEY (story_id) REFERENCES story (id)
);

-- Append-only: the application never updates or deletes these rows; the hash chain shows it
-- if anyone else does.
CREATE TABLE audit_entry (
  id BIGINT NOT NULL PRIMARY KEY,
  story_id BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor VARCHAR(64) NOT NULL,
  action VARCHAR(32) NOT NULL,
  from_state VARCHAR(16),
  to_state VARCHAR(16) NOT NULL,
  revision_number INTEGER,
  comment VARCHAR(2000),
  prev_hash VARCHAR(64) NOT NULL,
  hash VARCHAR(64) NOT NULL,
  CONSTRAINT uq_audit_seq UNIQUE (story_id, seq),
  CONSTRAINT fk_audit_story FOREIGN KEY (story_id) REFERENCES story (id)
);

-- The desk lists stories by state and recency, and reporters look for their own.
CREATE INDEX ix_story_state_updated ON story (state, updated_at);
CREATE INDEX ix_story_updated ON story (updated_at);
CREATE INDEX ix_story_reporter ON story (reporter, updated_at);
CREATE INDEX ix_revision_paragraph_paragraph ON revision_paragraph (paragraph_id);
CREATE INDEX ix_revision_story ON revision (story_id);
