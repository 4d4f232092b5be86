-- Settings an administrator can change; the public pages read the paper's masthead from here.
CREATE TABLE setting (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(2000) NOT NULL
);

INSERT INTO setting (name, setting_value) VALUES
  ('paper.name', 'The Harbourton Courier'),
  ('paper.city', 'Harbourton'),
  ('paper.established', '1887');

-- The scheduled-publication poller asks every second for due stories.
CREATE INDEX ix_story_state_scheduled ON story (state, scheduled_for);
-- The front page and the feeds list the newest publications.
CREATE INDEX ix_story_state_published ON story (state, published_at);
CREATE INDEX ix_notice_story ON correction_notice (story_id, created_at);
