-- Accounts: organisations, their partnerships, users, login sessions and API
-- tokens. Secrets are never stored: a password as its argon2id encoding, a
-- session id and a token as their SHA-256. Times are Unix milliseconds, as
-- on SQLite.
CREATE TABLE orgs (
	id         BIGSERIAL PRIMARY KEY,
	name       TEXT    NOT NULL UNIQUE,
	created_at BIGINT  NOT NULL
);
-- A partnership is mutual; it is stored once, the smaller org id first.
CREATE TABLE partnerships (
	org_a      BIGINT  NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
	org_b      BIGINT  NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
	created_at BIGINT  NOT NULL,
	PRIMARY KEY (org_a, org_b),
	CHECK (org_a < org_b)
);
CREATE TABLE users (
	id            BIGSERIAL PRIMARY KEY,
	name          TEXT    NOT NULL UNIQUE,
	org_id        BIGINT  NOT NULL REFERENCES orgs(id),
	role          TEXT    NOT NULL CHECK (role IN ('viewer', 'analyst', 'reviewer', 'admin')),
	password_hash TEXT    NOT NULL,
	disabled      BOOLEAN NOT NULL DEFAULT FALSE,
	created_at    BIGINT  NOT NULL
);
CREATE TABLE sessions (
	id_hash    BYTEA   PRIMARY KEY,
	user_id    BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	created_at BIGINT  NOT NULL,
	expires_at BIGINT  NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE TABLE api_tokens (
	id           BIGSERIAL PRIMARY KEY,
	user_id      BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	hash         BYTEA   NOT NULL UNIQUE,
	scope        TEXT    NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
	created_at   BIGINT  NOT NULL,
	expires_at   BIGINT  NOT NULL,
	last_used_at BIGINT  NOT NULL DEFAULT 0,
	revoked_at   BIGINT  NOT NULL DEFAULT 0
);
