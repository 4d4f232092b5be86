-- Failed sign-ins per account ("account:name") and per address ("address:ip"), shared by all
-- instances; a row is removed when its account signs in, and forgotten an hour after its last failure.
CREATE TABLE login_throttle (
  subject VARCHAR(300) NOT NULL,
  failures INTEGER NOT NULL,
  last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
  blocked_until TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_login_throttle PRIMARY KEY (subject)
);
