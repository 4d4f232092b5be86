-- Who is editing a story right now: a soft lock that expires when its holder stops sending
-- heartbeats, can be taken over, and remembers a take-over so the previous holder is told.
CREATE TABLE story_presence (
  story_id BIGINT NOT NULL PRIMARY KEY,
  holder VARCHAR(64) NOT NULL,
  since TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
  taken_from VARCHAR(64),
  taken_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT fk_presence_story FOREIGN KEY (story_id) REFERENCES story (id)
);
