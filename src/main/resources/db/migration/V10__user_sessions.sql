-- Sessions that an administrator can end on every instance: a signed-in session remembers the
-- epoch its user had at sign-in and ends as soon as the row's epoch has moved on ("end sessions",
-- disabling, a new password or new roles each add one). last_sign_in is shown on the users page.
-- Plain ALTER TABLE ... ADD COLUMN with DEFAULT before NOT NULL: the same statement on H2 2.x and
-- PostgreSQL, and existing rows get epoch 0 (nothing to backfill).
ALTER TABLE app_user ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN last_sign_in TIMESTAMP WITH TIME ZONE;
