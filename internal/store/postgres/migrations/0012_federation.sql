-- Federation between vigil instances over TAXII 2.1: the partners this
-- instance pulls from, where each pull resumes, every object version
-- received, and the local incident each partner incident became.

-- token is the API token the partner gave; the database's access control
-- protects it, and vigil never prints it back.
CREATE TABLE partners (
	name       text PRIMARY KEY, -- the partner organisation in the account store
	url        text NOT NULL,    -- its TAXII API root
	token      text NOT NULL,
	collection text NOT NULL,
	org        text NOT NULL,    -- the local organisation partnered with it
	created_at timestamptz NOT NULL
);

-- The date_added after which the next pull of a collection starts.
CREATE TABLE partner_cursors (
	partner     text NOT NULL,
	collection  text NOT NULL,
	added_after timestamptz NOT NULL,
	PRIMARY KEY (partner, collection)
);

-- Every version of every object received, kept as received, with its
-- marking as imported (owner: the partner) and what became of it.
CREATE TABLE partner_objects (
	partner     text        NOT NULL,
	stix_id     text        NOT NULL,
	version     text        NOT NULL,
	type        text        NOT NULL,
	tlp         text        NOT NULL DEFAULT 'CLEAR',
	owner       text        NOT NULL DEFAULT '',
	recipients  text        NOT NULL DEFAULT '',
	json        text        NOT NULL,
	received_at timestamptz NOT NULL,
	incident_id bigint      NOT NULL DEFAULT 0,
	status      text        NOT NULL,
	PRIMARY KEY (partner, stix_id, version)
);
CREATE INDEX partner_objects_status ON partner_objects(status, partner);

-- The local incident a partner's STIX incident became, the last remote
-- version applied to it, and its updated_at right after: a later one means
-- an analyst here changed it since.
CREATE TABLE partner_incidents (
	partner          text        NOT NULL,
	stix_id          text        NOT NULL,
	incident_id      bigint      NOT NULL,
	version          text        NOT NULL,
	local_updated_at timestamptz NOT NULL,
	retracted        boolean     NOT NULL DEFAULT false,
	PRIMARY KEY (partner, stix_id)
);

-- The incident history is read by version start or end when serving over
-- TAXII.
CREATE INDEX incident_versions_to ON incident_versions(valid_to);
