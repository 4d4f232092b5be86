-- Autosave: each user's unsaved work per story (or per new story), kept until they save or discard it.
CREATE TABLE working_copy (
  username VARCHAR(64) NOT NULL,
  story_key VARCHAR(40) NOT NULL,
  base_revision INTEGER NOT NULL,
  headline VARCHAR(300),
  standfirst VARCHAR(600),
  body VARCHAR(400000),
  saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_working_copy PRIMARY KEY (username, story_key)
);
