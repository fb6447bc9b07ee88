-- Accounts: organisations, their partnerships, users, login sessions and API
-- tokens. Secrets are never stored: a password as its argon2id encoding, a
-- session id and a token as their SHA-256. Times are Unix milliseconds.
CREATE TABLE orgs (
	id         INTEGER PRIMARY KEY,
	name       TEXT    NOT NULL UNIQUE,
	created_at INTEGER NOT NULL
);
-- A partnership is mutual; it is stored once, the smaller org id first.
CREATE TABLE partnerships (
	org_a      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
	org_b      INTEGER NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL,
	PRIMARY KEY (org_a, org_b),
	CHECK (org_a < org_b)
);
CREATE TABLE users (
	id            INTEGER PRIMARY KEY,
	name          TEXT    NOT NULL UNIQUE,
	org_id        INTEGER NOT NULL REFERENCES orgs(id),
	role          TEXT    NOT NULL CHECK (role IN ('viewer', 'analyst', 'reviewer', 'admin')),
	password_hash TEXT    NOT NULL,
	disabled      INTEGER NOT NULL DEFAULT 0,
	created_at    INTEGER NOT NULL
);
CREATE TABLE sessions (
	id_hash    BLOB    PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	created_at INTEGER NOT NULL,
	expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE api_tokens (
	id           INTEGER PRIMARY KEY,
	user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	hash         BLOB    NOT NULL UNIQUE,
	scope        TEXT    NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
	created_at   INTEGER NOT NULL,
	expires_at   INTEGER NOT NULL,
	last_used_at INTEGER NOT NULL DEFAULT 0,
	revoked_at   INTEGER NOT NULL DEFAULT 0
);
