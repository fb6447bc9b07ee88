-- The work queue: ingestion, extraction, fusion and feed polling run as jobs
-- that any vigil worker on the database may claim. Times are Unix
-- milliseconds from the worker's clock, so every claim compares like with
-- like. A job with a dedup key is enqueued at most once while it waits
-- (a "fuse" job per batch, not one per document).
CREATE TABLE jobs (
	id           INTEGER PRIMARY KEY,
	kind         TEXT    NOT NULL,
	payload      TEXT    NOT NULL DEFAULT '{}',
	dedup        TEXT,
	state        TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'dead')),
	attempts     INTEGER NOT NULL DEFAULT 0,
	max_attempts INTEGER NOT NULL DEFAULT 5,
	run_at       INTEGER NOT NULL,
	lease_owner  TEXT    NOT NULL DEFAULT '',
	lease_until  INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT    NOT NULL DEFAULT '',
	created_at   INTEGER NOT NULL,
	updated_at   INTEGER NOT NULL
);
-- Claims look for the oldest due queued job and for expired leases.
CREATE INDEX jobs_due ON jobs(state, run_at, id);
CREATE INDEX jobs_lease ON jobs(state, lease_until);
CREATE UNIQUE INDEX jobs_dedup ON jobs(kind, dedup) WHERE state = 'queued' AND dedup IS NOT NULL;
