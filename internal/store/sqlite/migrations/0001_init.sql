-- vigil's schema. Times are RFC 3339 UTC text ('' when unknown); event dates
-- are YYYY-MM-DD text so ranges compare as strings. Every extracted record
-- keeps its full JSON beside the columns queries filter on, so fields added to
-- the extraction contract survive a round trip without a migration.

-- Outlets that publish documents ("Dawn", "ISPR").
CREATE TABLE sources (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);

CREATE TABLE documents (
	id                INTEGER PRIMARY KEY,
	external_id       TEXT    NOT NULL DEFAULT '',
	origin            TEXT    NOT NULL DEFAULT '',
	source_id         INTEGER REFERENCES sources(id),
	outlet            TEXT    NOT NULL DEFAULT '',
	url               TEXT    NOT NULL DEFAULT '',
	title             TEXT    NOT NULL DEFAULT '',
	published         TEXT    NOT NULL DEFAULT '',
	raw               TEXT    NOT NULL DEFAULT '',
	text              TEXT    NOT NULL DEFAULT '',
	content_hash      TEXT    NOT NULL UNIQUE,
	-- simhash holds the uint64 bit pattern as a signed integer; band0..band3
	-- are its four 16-bit quarters, indexed so a near-duplicate lookup only
	-- reads documents sharing one quarter exactly.
	simhash           INTEGER NOT NULL DEFAULT 0,
	band0             INTEGER NOT NULL DEFAULT 0,
	band1             INTEGER NOT NULL DEFAULT 0,
	band2             INTEGER NOT NULL DEFAULT 0,
	band3             INTEGER NOT NULL DEFAULT 0,
	near_duplicate_of INTEGER REFERENCES documents(id),
	ingested_at       TEXT    NOT NULL
);
CREATE INDEX documents_band0 ON documents(band0);
CREATE INDEX documents_band1 ON documents(band1);
CREATE INDEX documents_band2 ON documents(band2);
CREATE INDEX documents_band3 ON documents(band3);
CREATE INDEX documents_outlet ON documents(outlet);

CREATE TABLE incidents (
	id               INTEGER PRIMARY KEY,
	event_date       TEXT,
	event_type       TEXT    NOT NULL DEFAULT '',
	sub_event_type   TEXT    NOT NULL DEFAULT '',
	actor1           TEXT    NOT NULL DEFAULT '',
	actor2           TEXT    NOT NULL DEFAULT '',
	perpetrator      TEXT    NOT NULL DEFAULT '',
	claimed_by       TEXT    NOT NULL DEFAULT '',
	country          TEXT    NOT NULL DEFAULT '',
	iso3             TEXT    NOT NULL DEFAULT '',
	admin1           TEXT    NOT NULL DEFAULT '',
	admin2           TEXT    NOT NULL DEFAULT '',
	location         TEXT    NOT NULL DEFAULT '',
	latitude         REAL,
	longitude        REAL,
	fatalities       INTEGER,
	sf_killed        INTEGER NOT NULL DEFAULT 0,
	sf_injured       INTEGER NOT NULL DEFAULT 0,
	sf_abducted      INTEGER NOT NULL DEFAULT 0,
	sf_arrested      INTEGER NOT NULL DEFAULT 0,
	civ_killed       INTEGER NOT NULL DEFAULT 0,
	civ_injured      INTEGER NOT NULL DEFAULT 0,
	civ_abducted     INTEGER NOT NULL DEFAULT 0,
	civ_arrested     INTEGER NOT NULL DEFAULT 0,
	mil_killed       INTEGER NOT NULL DEFAULT 0,
	mil_injured      INTEGER NOT NULL DEFAULT 0,
	mil_abducted     INTEGER NOT NULL DEFAULT 0,
	mil_arrested     INTEGER NOT NULL DEFAULT 0,
	unk_killed       INTEGER NOT NULL DEFAULT 0,
	unk_injured      INTEGER NOT NULL DEFAULT 0,
	unk_abducted     INTEGER NOT NULL DEFAULT 0,
	unk_arrested     INTEGER NOT NULL DEFAULT 0,
	fatalities_low   INTEGER NOT NULL DEFAULT 0,
	fatalities_high  INTEGER NOT NULL DEFAULT 0,
	reconcile_rule   TEXT    NOT NULL DEFAULT '',
	review_state     TEXT    NOT NULL DEFAULT 'unreviewed'
		CHECK (review_state IN ('unreviewed', 'verified', 'rejected')),
	source_count     INTEGER NOT NULL DEFAULT 0,
	fusion_reason    TEXT    NOT NULL DEFAULT '',
	created_at       TEXT    NOT NULL,
	updated_at       TEXT    NOT NULL,
	json             TEXT    NOT NULL
);
CREATE INDEX incidents_date ON incidents(event_date);
CREATE INDEX incidents_admin1 ON incidents(admin1, event_date);
CREATE INDEX incidents_type ON incidents(event_type, event_date);
CREATE INDEX incidents_state ON incidents(review_state);

-- One row per extracted event. Casualties by category are columns so
-- statistics can be computed in SQL; the evidence lives in json.
CREATE TABLE events (
	id              INTEGER PRIMARY KEY,
	document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx             INTEGER NOT NULL,
	incident_id     INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
	event_date      TEXT,
	time_precision  INTEGER,
	event_type      TEXT    NOT NULL DEFAULT '',
	sub_event_type  TEXT    NOT NULL DEFAULT '',
	actor1          TEXT    NOT NULL DEFAULT '',
	actor2          TEXT    NOT NULL DEFAULT '',
	perpetrator     TEXT    NOT NULL DEFAULT '',
	claimed_by      TEXT    NOT NULL DEFAULT '',
	country         TEXT    NOT NULL DEFAULT '',
	iso3            TEXT    NOT NULL DEFAULT '',
	admin1          TEXT    NOT NULL DEFAULT '',
	admin2          TEXT    NOT NULL DEFAULT '',
	location        TEXT    NOT NULL DEFAULT '',
	latitude        REAL,
	longitude       REAL,
	geo_precision   INTEGER,
	fatalities      INTEGER,
	sf_killed       INTEGER NOT NULL DEFAULT 0,
	sf_injured      INTEGER NOT NULL DEFAULT 0,
	sf_abducted     INTEGER NOT NULL DEFAULT 0,
	sf_arrested     INTEGER NOT NULL DEFAULT 0,
	civ_killed      INTEGER NOT NULL DEFAULT 0,
	civ_injured     INTEGER NOT NULL DEFAULT 0,
	civ_abducted    INTEGER NOT NULL DEFAULT 0,
	civ_arrested    INTEGER NOT NULL DEFAULT 0,
	mil_killed      INTEGER NOT NULL DEFAULT 0,
	mil_injured     INTEGER NOT NULL DEFAULT 0,
	mil_abducted    INTEGER NOT NULL DEFAULT 0,
	mil_arrested    INTEGER NOT NULL DEFAULT 0,
	unk_killed      INTEGER NOT NULL DEFAULT 0,
	unk_injured     INTEGER NOT NULL DEFAULT 0,
	unk_abducted    INTEGER NOT NULL DEFAULT 0,
	unk_arrested    INTEGER NOT NULL DEFAULT 0,
	confidence      REAL    NOT NULL DEFAULT 0,
	json            TEXT    NOT NULL,
	UNIQUE (document_id, idx)
);
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_admin1 ON events(admin1, event_date);
CREATE INDEX events_type ON events(event_type, event_date);

CREATE TABLE claims (
	id            INTEGER PRIMARY KEY,
	document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx           INTEGER NOT NULL,
	metric        TEXT    NOT NULL DEFAULT '',
	value         INTEGER NOT NULL DEFAULT 0,
	bound         TEXT    NOT NULL DEFAULT '',
	period_start  TEXT    NOT NULL DEFAULT '',
	period_end    TEXT    NOT NULL DEFAULT '',
	country       TEXT    NOT NULL DEFAULT '',
	admin1        TEXT    NOT NULL DEFAULT '',
	attributed_to TEXT    NOT NULL DEFAULT '',
	json          TEXT    NOT NULL,
	UNIQUE (document_id, idx)
);
CREATE INDEX claims_period ON claims(period_start, period_end);

CREATE TABLE equipment (
	id               INTEGER PRIMARY KEY,
	document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx              INTEGER NOT NULL,
	kind             TEXT    NOT NULL DEFAULT '',
	category         TEXT    NOT NULL DEFAULT '',
	item             TEXT    NOT NULL DEFAULT '',
	quantity         INTEGER,
	value_usd        INTEGER,
	origin_country   TEXT    NOT NULL DEFAULT '',
	location_country TEXT    NOT NULL DEFAULT '',
	holder           TEXT    NOT NULL DEFAULT '',
	as_of            TEXT    NOT NULL DEFAULT '',
	attributed_to    TEXT    NOT NULL DEFAULT '',
	json             TEXT    NOT NULL,
	UNIQUE (document_id, idx)
);
CREATE INDEX equipment_as_of ON equipment(as_of);

-- Reference data for the actor dictionary and the gazetteer, filled later.
CREATE TABLE actors (
	id    INTEGER PRIMARY KEY,
	name  TEXT    NOT NULL UNIQUE,
	kind  TEXT    NOT NULL DEFAULT '',
	inter INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE places (
	id         INTEGER PRIMARY KEY,
	geonameid  INTEGER,
	name       TEXT NOT NULL,
	country    TEXT NOT NULL DEFAULT '',
	admin1     TEXT NOT NULL DEFAULT '',
	admin2     TEXT NOT NULL DEFAULT '',
	latitude   REAL,
	longitude  REAL
);
CREATE INDEX places_name ON places(name);

CREATE TABLE feed_state (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	checked_at    TEXT NOT NULL DEFAULT ''
);

-- Items of a feed already ingested, one row each so a long-lived feed does
-- not rewrite one growing value on every poll.
CREATE TABLE feed_seen (
	url  TEXT NOT NULL REFERENCES feed_state(url) ON DELETE CASCADE,
	item TEXT NOT NULL,
	PRIMARY KEY (url, item)
) WITHOUT ROWID;

CREATE TABLE ingest_errors (
	id      INTEGER PRIMARY KEY,
	origin  TEXT NOT NULL,
	message TEXT NOT NULL,
	at      TEXT NOT NULL
);

CREATE TABLE audit_log (
	id     INTEGER PRIMARY KEY,
	at     TEXT NOT NULL,
	actor  TEXT NOT NULL,
	action TEXT NOT NULL,
	object TEXT NOT NULL DEFAULT '',
	reason TEXT NOT NULL DEFAULT '',
	before TEXT NOT NULL DEFAULT '',
	after  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_object ON audit_log(object, id);

-- The audit log is append-only: no code path may rewrite history, and these
-- triggers make the database itself refuse to.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
