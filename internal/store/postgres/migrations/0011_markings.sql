-- Markings (TLP 2.0): who may see a record. Documents carry their own, and
-- their events, claims and equipment inherit it through the join every read
-- makes; incidents carry the common marking of their members, or an imported
-- incident the one its owner gave it. recipients holds RED's named users as
-- marksql.EncodeRecipients writes them. Existing rows are open-source
-- reporting: TLP:CLEAR, no owner. Reads filter with marksql.Visible.

-- The tally's trigger would fire once per incident on the updates below;
-- the tally is rebuilt from scratch at the end instead.
DROP TRIGGER incident_tally ON incidents;
DROP FUNCTION incident_tally_change();
DROP TABLE incident_tally;

ALTER TABLE documents
	ADD COLUMN tlp        text NOT NULL DEFAULT 'CLEAR',
	ADD COLUMN owner      text NOT NULL DEFAULT '',
	ADD COLUMN recipients text NOT NULL DEFAULT '';

-- origin names where an imported incident came from; '' for one fused here.
ALTER TABLE incidents
	ADD COLUMN tlp        text NOT NULL DEFAULT 'CLEAR',
	ADD COLUMN owner      text NOT NULL DEFAULT '',
	ADD COLUMN recipients text NOT NULL DEFAULT '',
	ADD COLUMN origin     text NOT NULL DEFAULT '',
	-- The map draws each point by its geo precision, read from this column
	-- rather than from each incident's JSON (and kept alike in both stores,
	-- so vigil migrate finds every SQLite column a place here).
	ADD COLUMN geo_precision integer;
UPDATE incidents SET geo_precision = (json->>'geo_precision')::integer WHERE json->>'geo_precision' IS NOT NULL;

-- Each version keeps the marking the incident had then, so the past is
-- filtered as the present is.
ALTER TABLE incident_versions
	ADD COLUMN tlp        text NOT NULL DEFAULT 'CLEAR',
	ADD COLUMN owner      text NOT NULL DEFAULT '',
	ADD COLUMN recipients text NOT NULL DEFAULT '',
	ADD COLUMN origin     text NOT NULL DEFAULT '';

-- A viewer's marked records are those of their organisation and partners:
-- these indexes find them without reading every row.
CREATE INDEX documents_marking ON documents(tlp, owner);
CREATE INDEX incidents_marking ON incidents(tlp, owner);

-- The incident list, newest first (event_date DESC NULLS LAST, id DESC),
-- filtered by province, district or type: the indexes had the date
-- ascending, which read backwards is DESC NULLS FIRST, and no id, so
-- PostgreSQL fetched every incident of the province and sorted them for a
-- page of 50 (Punjab's 250,000 of a million: 976 ms). In the list's order
-- it reads the page and stops. The marking columns ride along so a
-- viewer's count is an index-only scan too.
DROP INDEX incidents_date, incidents_admin1, incidents_admin2, incidents_type, incidents_admin1_type;
CREATE INDEX incidents_date ON incidents(event_date DESC NULLS LAST, id DESC) INCLUDE (tlp, owner, recipients);
CREATE INDEX incidents_admin1 ON incidents(lower(admin1), event_date DESC NULLS LAST, id DESC) INCLUDE (tlp, owner, recipients);
CREATE INDEX incidents_admin2 ON incidents(lower(admin2), event_date DESC NULLS LAST, id DESC) INCLUDE (tlp, owner, recipients);
CREATE INDEX incidents_type ON incidents(lower(event_type), event_date DESC NULLS LAST, id DESC) INCLUDE (tlp, owner, recipients);
CREATE INDEX incidents_admin1_type ON incidents(lower(admin1), lower(event_type), event_date DESC NULLS LAST, id DESC)
	INCLUDE (tlp, owner, recipients);

-- The default marking of a source (an outlet name or an origin such as a
-- feed URL) for the documents ingested from it.
CREATE TABLE source_markings (
	source     text PRIMARY KEY,
	tlp        text NOT NULL DEFAULT 'CLEAR',
	owner      text NOT NULL DEFAULT '',
	recipients text NOT NULL DEFAULT '',
	updated_at timestamptz NOT NULL
);


-- The dashboard's tally, kept per marking too, so sums and counts over
-- whole months include only what the viewer may see.
CREATE TABLE incident_tally (
	month        text   NOT NULL, -- YYYY-MM, or 'undated'
	country      text   NOT NULL,
	iso3         text   NOT NULL,
	admin1       text   NOT NULL,
	admin2       text   NOT NULL,
	event_type   text   NOT NULL,
	review_state text   NOT NULL,
	tlp          text   NOT NULL,
	owner        text   NOT NULL,
	recipients   text   NOT NULL,
	incidents    bigint NOT NULL,
	fatalities   bigint NOT NULL, -- the reconciled toll, or the sum killed when none
	sf_killed    bigint NOT NULL,
	sf_injured   bigint NOT NULL,
	sf_abducted  bigint NOT NULL,
	sf_arrested  bigint NOT NULL,
	civ_killed   bigint NOT NULL,
	civ_injured  bigint NOT NULL,
	civ_abducted bigint NOT NULL,
	civ_arrested bigint NOT NULL,
	mil_killed   bigint NOT NULL,
	mil_injured  bigint NOT NULL,
	mil_abducted bigint NOT NULL,
	mil_arrested bigint NOT NULL,
	unk_killed   bigint NOT NULL,
	unk_injured  bigint NOT NULL,
	unk_abducted bigint NOT NULL,
	unk_arrested bigint NOT NULL,
	PRIMARY KEY (month, country, iso3, admin1, admin2, event_type, review_state, tlp, owner, recipients)
);

INSERT INTO incident_tally
SELECT COALESCE(to_char(i.event_date, 'YYYY-MM'), 'undated'), i.country, i.iso3, i.admin1, i.admin2, i.event_type, i.review_state, i.tlp, i.owner, i.recipients,
	count(*), sum(COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)),
	sum(i.sf_killed), sum(i.sf_injured), sum(i.sf_abducted), sum(i.sf_arrested), sum(i.civ_killed), sum(i.civ_injured), sum(i.civ_abducted), sum(i.civ_arrested), sum(i.mil_killed), sum(i.mil_injured), sum(i.mil_abducted), sum(i.mil_arrested), sum(i.unk_killed), sum(i.unk_injured), sum(i.unk_abducted), sum(i.unk_arrested)
FROM incidents i
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

-- An update moves the incident from its old group to its new one (often the
-- same group: the two steps then cancel out).
CREATE FUNCTION incident_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		UPDATE incident_tally t SET
			incidents = t.incidents - 1,
			fatalities = t.fatalities - COALESCE(OLD.fatalities, OLD.sf_killed + OLD.civ_killed + OLD.mil_killed + OLD.unk_killed),
			sf_killed = t.sf_killed - OLD.sf_killed,
			sf_injured = t.sf_injured - OLD.sf_injured,
			sf_abducted = t.sf_abducted - OLD.sf_abducted,
			sf_arrested = t.sf_arrested - OLD.sf_arrested,
			civ_killed = t.civ_killed - OLD.civ_killed,
			civ_injured = t.civ_injured - OLD.civ_injured,
			civ_abducted = t.civ_abducted - OLD.civ_abducted,
			civ_arrested = t.civ_arrested - OLD.civ_arrested,
			mil_killed = t.mil_killed - OLD.mil_killed,
			mil_injured = t.mil_injured - OLD.mil_injured,
			mil_abducted = t.mil_abducted - OLD.mil_abducted,
			mil_arrested = t.mil_arrested - OLD.mil_arrested,
			unk_killed = t.unk_killed - OLD.unk_killed,
			unk_injured = t.unk_injured - OLD.unk_injured,
			unk_abducted = t.unk_abducted - OLD.unk_abducted,
			unk_arrested = t.unk_arrested - OLD.unk_arrested
		WHERE (t.month, t.country, t.iso3, t.admin1, t.admin2, t.event_type, t.review_state, t.tlp, t.owner, t.recipients) =
			(COALESCE(to_char(OLD.event_date, 'YYYY-MM'), 'undated'), OLD.country, OLD.iso3, OLD.admin1, OLD.admin2, OLD.event_type, OLD.review_state, OLD.tlp, OLD.owner, OLD.recipients);
		DELETE FROM incident_tally t
		WHERE t.incidents = 0 AND (t.month, t.country, t.iso3, t.admin1, t.admin2, t.event_type, t.review_state, t.tlp, t.owner, t.recipients) =
			(COALESCE(to_char(OLD.event_date, 'YYYY-MM'), 'undated'), OLD.country, OLD.iso3, OLD.admin1, OLD.admin2, OLD.event_type, OLD.review_state, OLD.tlp, OLD.owner, OLD.recipients);
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO incident_tally VALUES (COALESCE(to_char(NEW.event_date, 'YYYY-MM'), 'undated'), NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state, NEW.tlp, NEW.owner, NEW.recipients,
			1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
			NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
		ON CONFLICT (month, country, iso3, admin1, admin2, event_type, review_state, tlp, owner, recipients) DO UPDATE SET
			incidents = incident_tally.incidents + 1,
			fatalities = incident_tally.fatalities + excluded.fatalities,
			sf_killed = incident_tally.sf_killed + excluded.sf_killed,
			sf_injured = incident_tally.sf_injured + excluded.sf_injured,
			sf_abducted = incident_tally.sf_abducted + excluded.sf_abducted,
			sf_arrested = incident_tally.sf_arrested + excluded.sf_arrested,
			civ_killed = incident_tally.civ_killed + excluded.civ_killed,
			civ_injured = incident_tally.civ_injured + excluded.civ_injured,
			civ_abducted = incident_tally.civ_abducted + excluded.civ_abducted,
			civ_arrested = incident_tally.civ_arrested + excluded.civ_arrested,
			mil_killed = incident_tally.mil_killed + excluded.mil_killed,
			mil_injured = incident_tally.mil_injured + excluded.mil_injured,
			mil_abducted = incident_tally.mil_abducted + excluded.mil_abducted,
			mil_arrested = incident_tally.mil_arrested + excluded.mil_arrested,
			unk_killed = incident_tally.unk_killed + excluded.unk_killed,
			unk_injured = incident_tally.unk_injured + excluded.unk_injured,
			unk_abducted = incident_tally.unk_abducted + excluded.unk_abducted,
			unk_arrested = incident_tally.unk_arrested + excluded.unk_arrested;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_tally AFTER INSERT OR UPDATE OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_tally_change();
