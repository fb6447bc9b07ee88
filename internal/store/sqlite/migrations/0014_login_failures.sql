-- Failed logins, counted per key (a user name, a client address or IPv6
-- /64) in the database rather than in each server's memory, so that every
-- vigil serve on one database counts the same failures and a restart keeps
-- them. The key is stored only as the SHA-256 of what it counts, so the
-- table holds no typed user name and no address. last_at is Unix
-- milliseconds; rows older than the longest wait are pruned as logins come.
CREATE TABLE login_failures (
	key_digest BLOB    PRIMARY KEY,
	kind       TEXT    NOT NULL CHECK (kind IN ('user', 'address')),
	failures   INTEGER NOT NULL CHECK (failures >= 0),
	last_at    INTEGER NOT NULL
);
CREATE INDEX login_failures_last ON login_failures(last_at);
