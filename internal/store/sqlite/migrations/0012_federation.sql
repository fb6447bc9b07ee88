-- Federation between vigil instances over TAXII 2.1: the partners this
-- instance pulls from, where each pull resumes, every object version
-- received, and the local incident each partner incident became.

-- token is the API token the partner gave; the database file's permissions
-- protect it, and vigil never prints it back.
CREATE TABLE partners (
	name       TEXT PRIMARY KEY, -- the partner organisation in the account store
	url        TEXT NOT NULL,    -- its TAXII API root
	token      TEXT NOT NULL,
	collection TEXT NOT NULL,
	org        TEXT NOT NULL,    -- the local organisation partnered with it
	created_at TEXT NOT NULL
);

-- The date_added after which the next pull of a collection starts.
CREATE TABLE partner_cursors (
	partner     TEXT NOT NULL,
	collection  TEXT NOT NULL,
	added_after TEXT NOT NULL,
	PRIMARY KEY (partner, collection)
) WITHOUT ROWID;

-- Every version of every object received, kept as received, with its
-- marking as imported (owner: the partner) and what became of it.
CREATE TABLE partner_objects (
	partner     TEXT    NOT NULL,
	stix_id     TEXT    NOT NULL,
	version     TEXT    NOT NULL,
	type        TEXT    NOT NULL,
	tlp         TEXT    NOT NULL DEFAULT 'CLEAR',
	owner       TEXT    NOT NULL DEFAULT '',
	recipients  TEXT    NOT NULL DEFAULT '',
	json        TEXT    NOT NULL,
	received_at TEXT    NOT NULL,
	incident_id INTEGER NOT NULL DEFAULT 0,
	status      TEXT    NOT NULL,
	PRIMARY KEY (partner, stix_id, version)
);
CREATE INDEX partner_objects_status ON partner_objects(status, partner);

-- The local incident a partner's STIX incident became, the last remote
-- version applied to it, and its updated_at right after: a later one means
-- an analyst here changed it since.
CREATE TABLE partner_incidents (
	partner          TEXT    NOT NULL,
	stix_id          TEXT    NOT NULL,
	incident_id      INTEGER NOT NULL,
	version          TEXT    NOT NULL,
	local_updated_at TEXT    NOT NULL,
	retracted        INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (partner, stix_id)
);

-- The incident history is read by version start or end when serving over
-- TAXII.
CREATE INDEX incident_versions_to ON incident_versions(valid_to);
