-- Markings (TLP 2.0): who may see a record. Documents carry their own, and
-- their events, claims and equipment inherit it through the join every read
-- makes; incidents carry the common marking of their members, or an imported
-- incident the one its owner gave it. recipients holds RED's named users as
-- marksql.EncodeRecipients writes them. Existing rows are open-source
-- reporting: TLP:CLEAR, no owner. Reads filter with marksql.Visible.

-- The tally's triggers would fire once per incident on the updates below;
-- the tally is rebuilt from scratch at the end instead.
DROP TRIGGER incident_tally_insert;
DROP TRIGGER incident_tally_delete;
DROP TRIGGER incident_tally_update;
-- The tally as it was, of every incident whatever its marking, stays for
-- the operator, who sees them all: summing it reads one row where the
-- marked tally below has one per marking.
ALTER TABLE incident_tally RENAME TO incident_tally_all;

ALTER TABLE documents ADD COLUMN tlp        TEXT NOT NULL DEFAULT 'CLEAR';
ALTER TABLE documents ADD COLUMN owner      TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN recipients TEXT NOT NULL DEFAULT '';

-- origin names where an imported incident came from; '' for one fused here.
ALTER TABLE incidents ADD COLUMN tlp        TEXT NOT NULL DEFAULT 'CLEAR';
ALTER TABLE incidents ADD COLUMN owner      TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN origin     TEXT NOT NULL DEFAULT '';
-- The map draws each point by its geo precision; as a column it is read
-- from the map's covering index instead of each incident's JSON.
ALTER TABLE incidents ADD COLUMN geo_precision INTEGER;
UPDATE incidents SET geo_precision = json_extract(json, '$.geo_precision');

-- Each version keeps the marking the incident had then, so the past is
-- filtered as the present is.
ALTER TABLE incident_versions ADD COLUMN tlp        TEXT NOT NULL DEFAULT 'CLEAR';
ALTER TABLE incident_versions ADD COLUMN owner      TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_versions ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_versions ADD COLUMN origin     TEXT NOT NULL DEFAULT '';

-- A viewer's marked records are those of their organisation and partners:
-- these indexes find them, and count them, without reading every row.
CREATE INDEX documents_marking ON documents(tlp, owner);
CREATE INDEX incidents_marking ON incidents(tlp, owner, recipients);

-- The map (newest located incidents of a date range) reads only this
-- index: the key gives the order, the rest every column a point needs and
-- the marking the viewer's filter needs. It also serves every list by date
-- (it starts with event_date, as incidents_date did), where the viewer's
-- filter is checked in the index, so a page far down the list skips the
-- rows before it without reading them.
DROP INDEX incidents_date;
CREATE INDEX incidents_map ON incidents(event_date DESC, id DESC, latitude, longitude, geo_precision,
	location, admin2, admin1, country, event_type, review_state,
	fatalities, sf_killed, civ_killed, mil_killed, unk_killed, tlp, owner, recipients);

-- The review queue (unreviewed incidents by toll, then date) and the list
-- by toll, in their full order (ID last) and with the marking, so the
-- viewer's filter is checked in the index without reading skipped rows.
DROP INDEX incidents_state_impact;
CREATE INDEX incidents_state_impact ON incidents(review_state, fatalities DESC, event_date DESC, id DESC, tlp, owner, recipients);
DROP INDEX incidents_impact;
CREATE INDEX incidents_impact ON incidents(fatalities DESC, event_date DESC, id DESC, tlp, owner, recipients);

-- The default marking of a source (an outlet name or an origin such as a
-- feed URL) for the documents ingested from it.
CREATE TABLE source_markings (
	source     TEXT PRIMARY KEY,
	tlp        TEXT NOT NULL DEFAULT 'CLEAR',
	owner      TEXT NOT NULL DEFAULT '',
	recipients TEXT NOT NULL DEFAULT '',
	updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- The dashboard's tally, kept per marking too, so sums and counts over
-- whole months include only what the viewer may see. The triggers keep
-- all three tallies.
CREATE TABLE incident_tally (
	month        TEXT    NOT NULL, -- YYYY-MM, or 'undated'
	country      TEXT    NOT NULL,
	iso3         TEXT    NOT NULL,
	admin1       TEXT    NOT NULL,
	admin2       TEXT    NOT NULL,
	event_type   TEXT    NOT NULL,
	review_state TEXT    NOT NULL,
	tlp          TEXT    NOT NULL,
	owner        TEXT    NOT NULL,
	recipients   TEXT    NOT NULL,
	incidents    INTEGER NOT NULL,
	fatalities   INTEGER NOT NULL, -- the reconciled toll, or the sum killed when none
	sf_killed INTEGER NOT NULL,
	sf_injured INTEGER NOT NULL,
	sf_abducted INTEGER NOT NULL,
	sf_arrested INTEGER NOT NULL,
	civ_killed INTEGER NOT NULL,
	civ_injured INTEGER NOT NULL,
	civ_abducted INTEGER NOT NULL,
	civ_arrested INTEGER NOT NULL,
	mil_killed INTEGER NOT NULL,
	mil_injured INTEGER NOT NULL,
	mil_abducted INTEGER NOT NULL,
	mil_arrested INTEGER NOT NULL,
	unk_killed INTEGER NOT NULL,
	unk_injured INTEGER NOT NULL,
	unk_abducted INTEGER NOT NULL,
	unk_arrested INTEGER NOT NULL,
	-- The marking leads, so a viewer's sums read only the rows of the
	-- markings they may see (see incident_markings), a month range still
	-- narrowing each.
	PRIMARY KEY (tlp, owner, recipients, month, country, iso3, admin1, admin2, event_type, review_state)
) WITHOUT ROWID;

INSERT INTO incident_tally
SELECT COALESCE(substr(i.event_date, 1, 7), 'undated'), i.country, i.iso3, i.admin1, i.admin2, i.event_type, i.review_state,
	i.tlp, i.owner, i.recipients, count(*), sum(COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)),
	sum(i.sf_killed), sum(i.sf_injured), sum(i.sf_abducted), sum(i.sf_arrested), sum(i.civ_killed), sum(i.civ_injured), sum(i.civ_abducted), sum(i.civ_arrested), sum(i.mil_killed), sum(i.mil_injured), sum(i.mil_abducted), sum(i.mil_arrested), sum(i.unk_killed), sum(i.unk_injured), sum(i.unk_abducted), sum(i.unk_arrested)
FROM incidents i
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

-- The same over all dates: what a dashboard with no date filter sums,
-- such as the totals and the filter's choices, in a few hundred rows.
CREATE TABLE incident_tally_total (
	country      TEXT    NOT NULL,
	iso3         TEXT    NOT NULL,
	admin1       TEXT    NOT NULL,
	admin2       TEXT    NOT NULL,
	event_type   TEXT    NOT NULL,
	review_state TEXT    NOT NULL,
	tlp          TEXT    NOT NULL,
	owner        TEXT    NOT NULL,
	recipients   TEXT    NOT NULL,
	incidents    INTEGER NOT NULL,
	fatalities   INTEGER NOT NULL,
	sf_killed INTEGER NOT NULL,
	sf_injured INTEGER NOT NULL,
	sf_abducted INTEGER NOT NULL,
	sf_arrested INTEGER NOT NULL,
	civ_killed INTEGER NOT NULL,
	civ_injured INTEGER NOT NULL,
	civ_abducted INTEGER NOT NULL,
	civ_arrested INTEGER NOT NULL,
	mil_killed INTEGER NOT NULL,
	mil_injured INTEGER NOT NULL,
	mil_abducted INTEGER NOT NULL,
	mil_arrested INTEGER NOT NULL,
	unk_killed INTEGER NOT NULL,
	unk_injured INTEGER NOT NULL,
	unk_abducted INTEGER NOT NULL,
	unk_arrested INTEGER NOT NULL,
	PRIMARY KEY (tlp, owner, recipients, country, iso3, admin1, admin2, event_type, review_state)
) WITHOUT ROWID;

INSERT INTO incident_tally_total
SELECT country, iso3, admin1, admin2, event_type, review_state, tlp, owner, recipients, sum(incidents), sum(fatalities),
	sum(sf_killed), sum(sf_injured), sum(sf_abducted), sum(sf_arrested), sum(civ_killed), sum(civ_injured), sum(civ_abducted), sum(civ_arrested), sum(mil_killed), sum(mil_injured), sum(mil_abducted), sum(mil_arrested), sum(unk_killed), sum(unk_injured), sum(unk_abducted), sum(unk_arrested)
FROM incident_tally
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- Every marking an incident has had, so a viewer's tally query can list
-- the markings it may see first and read only their rows. A marking no
-- incident has any more stays: its rows in the tally are simply gone.
CREATE TABLE incident_markings (
	tlp        TEXT NOT NULL,
	owner      TEXT NOT NULL,
	recipients TEXT NOT NULL,
	PRIMARY KEY (tlp, owner, recipients)
) WITHOUT ROWID;
INSERT INTO incident_markings SELECT DISTINCT tlp, owner, recipients FROM incidents;

CREATE TRIGGER incident_tally_insert AFTER INSERT ON incidents BEGIN
	INSERT OR IGNORE INTO incident_markings VALUES (NEW.tlp, NEW.owner, NEW.recipients);
	INSERT INTO incident_tally_all VALUES (COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (month, country, iso3, admin1, admin2, event_type, review_state) DO UPDATE SET
		incidents = incidents + 1,
		fatalities = fatalities + excluded.fatalities,
		sf_killed = sf_killed + excluded.sf_killed,
		sf_injured = sf_injured + excluded.sf_injured,
		sf_abducted = sf_abducted + excluded.sf_abducted,
		sf_arrested = sf_arrested + excluded.sf_arrested,
		civ_killed = civ_killed + excluded.civ_killed,
		civ_injured = civ_injured + excluded.civ_injured,
		civ_abducted = civ_abducted + excluded.civ_abducted,
		civ_arrested = civ_arrested + excluded.civ_arrested,
		mil_killed = mil_killed + excluded.mil_killed,
		mil_injured = mil_injured + excluded.mil_injured,
		mil_abducted = mil_abducted + excluded.mil_abducted,
		mil_arrested = mil_arrested + excluded.mil_arrested,
		unk_killed = unk_killed + excluded.unk_killed,
		unk_injured = unk_injured + excluded.unk_injured,
		unk_abducted = unk_abducted + excluded.unk_abducted,
		unk_arrested = unk_arrested + excluded.unk_arrested;
	INSERT INTO incident_tally VALUES (COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state,
		NEW.tlp, NEW.owner, NEW.recipients, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, month, country, iso3, admin1, admin2, event_type, review_state) DO UPDATE SET
		incidents = incidents + 1,
		fatalities = fatalities + excluded.fatalities,
		sf_killed = sf_killed + excluded.sf_killed,
		sf_injured = sf_injured + excluded.sf_injured,
		sf_abducted = sf_abducted + excluded.sf_abducted,
		sf_arrested = sf_arrested + excluded.sf_arrested,
		civ_killed = civ_killed + excluded.civ_killed,
		civ_injured = civ_injured + excluded.civ_injured,
		civ_abducted = civ_abducted + excluded.civ_abducted,
		civ_arrested = civ_arrested + excluded.civ_arrested,
		mil_killed = mil_killed + excluded.mil_killed,
		mil_injured = mil_injured + excluded.mil_injured,
		mil_abducted = mil_abducted + excluded.mil_abducted,
		mil_arrested = mil_arrested + excluded.mil_arrested,
		unk_killed = unk_killed + excluded.unk_killed,
		unk_injured = unk_injured + excluded.unk_injured,
		unk_abducted = unk_abducted + excluded.unk_abducted,
		unk_arrested = unk_arrested + excluded.unk_arrested;
	INSERT INTO incident_tally_total VALUES (NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state,
		NEW.tlp, NEW.owner, NEW.recipients, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, country, iso3, admin1, admin2, event_type, review_state) DO UPDATE SET
		incidents = incidents + 1,
		fatalities = fatalities + excluded.fatalities,
		sf_killed = sf_killed + excluded.sf_killed,
		sf_injured = sf_injured + excluded.sf_injured,
		sf_abducted = sf_abducted + excluded.sf_abducted,
		sf_arrested = sf_arrested + excluded.sf_arrested,
		civ_killed = civ_killed + excluded.civ_killed,
		civ_injured = civ_injured + excluded.civ_injured,
		civ_abducted = civ_abducted + excluded.civ_abducted,
		civ_arrested = civ_arrested + excluded.civ_arrested,
		mil_killed = mil_killed + excluded.mil_killed,
		mil_injured = mil_injured + excluded.mil_injured,
		mil_abducted = mil_abducted + excluded.mil_abducted,
		mil_arrested = mil_arrested + excluded.mil_arrested,
		unk_killed = unk_killed + excluded.unk_killed,
		unk_injured = unk_injured + excluded.unk_injured,
		unk_abducted = unk_abducted + excluded.unk_abducted,
		unk_arrested = unk_arrested + excluded.unk_arrested;
END;

CREATE TRIGGER incident_tally_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_tally_all SET
		incidents = incidents - 1,
		fatalities = fatalities - COALESCE(OLD.fatalities, OLD.sf_killed + OLD.civ_killed + OLD.mil_killed + OLD.unk_killed),
		sf_killed = sf_killed - OLD.sf_killed,
		sf_injured = sf_injured - OLD.sf_injured,
		sf_abducted = sf_abducted - OLD.sf_abducted,
		sf_arrested = sf_arrested - OLD.sf_arrested,
		civ_killed = civ_killed - OLD.civ_killed,
		civ_injured = civ_injured - OLD.civ_injured,
		civ_abducted = civ_abducted - OLD.civ_abducted,
		civ_arrested = civ_arrested - OLD.civ_arrested,
		mil_killed = mil_killed - OLD.mil_killed,
		mil_injured = mil_injured - OLD.mil_injured,
		mil_abducted = mil_abducted - OLD.mil_abducted,
		mil_arrested = mil_arrested - OLD.mil_arrested,
		unk_killed = unk_killed - OLD.unk_killed,
		unk_injured = unk_injured - OLD.unk_injured,
		unk_abducted = unk_abducted - OLD.unk_abducted,
		unk_arrested = unk_arrested - OLD.unk_arrested
	WHERE month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
	DELETE FROM incident_tally_all WHERE incidents = 0 AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
	UPDATE incident_tally SET
		incidents = incidents - 1,
		fatalities = fatalities - COALESCE(OLD.fatalities, OLD.sf_killed + OLD.civ_killed + OLD.mil_killed + OLD.unk_killed),
		sf_killed = sf_killed - OLD.sf_killed,
		sf_injured = sf_injured - OLD.sf_injured,
		sf_abducted = sf_abducted - OLD.sf_abducted,
		sf_arrested = sf_arrested - OLD.sf_arrested,
		civ_killed = civ_killed - OLD.civ_killed,
		civ_injured = civ_injured - OLD.civ_injured,
		civ_abducted = civ_abducted - OLD.civ_abducted,
		civ_arrested = civ_arrested - OLD.civ_arrested,
		mil_killed = mil_killed - OLD.mil_killed,
		mil_injured = mil_injured - OLD.mil_injured,
		mil_abducted = mil_abducted - OLD.mil_abducted,
		mil_arrested = mil_arrested - OLD.mil_arrested,
		unk_killed = unk_killed - OLD.unk_killed,
		unk_injured = unk_injured - OLD.unk_injured,
		unk_abducted = unk_abducted - OLD.unk_abducted,
		unk_arrested = unk_arrested - OLD.unk_arrested
	WHERE month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
	UPDATE incident_tally_total SET
		incidents = incidents - 1,
		fatalities = fatalities - COALESCE(OLD.fatalities, OLD.sf_killed + OLD.civ_killed + OLD.mil_killed + OLD.unk_killed),
		sf_killed = sf_killed - OLD.sf_killed,
		sf_injured = sf_injured - OLD.sf_injured,
		sf_abducted = sf_abducted - OLD.sf_abducted,
		sf_arrested = sf_arrested - OLD.sf_arrested,
		civ_killed = civ_killed - OLD.civ_killed,
		civ_injured = civ_injured - OLD.civ_injured,
		civ_abducted = civ_abducted - OLD.civ_abducted,
		civ_arrested = civ_arrested - OLD.civ_arrested,
		mil_killed = mil_killed - OLD.mil_killed,
		mil_injured = mil_injured - OLD.mil_injured,
		mil_abducted = mil_abducted - OLD.mil_abducted,
		mil_arrested = mil_arrested - OLD.mil_arrested,
		unk_killed = unk_killed - OLD.unk_killed,
		unk_injured = unk_injured - OLD.unk_injured,
		unk_abducted = unk_abducted - OLD.unk_abducted,
		unk_arrested = unk_arrested - OLD.unk_arrested
	WHERE country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
	DELETE FROM incident_tally WHERE incidents = 0 AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
	DELETE FROM incident_tally_total WHERE incidents = 0 AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
END;

-- An update moves the incident from its old group to its new one (often the
-- same group: the two steps then cancel out). A change of marking moves it
-- between the groups of two markings.
CREATE TRIGGER incident_tally_update AFTER UPDATE ON incidents BEGIN
	INSERT OR IGNORE INTO incident_markings VALUES (NEW.tlp, NEW.owner, NEW.recipients);
	UPDATE incident_tally_all SET
		incidents = incidents - 1,
		fatalities = fatalities - COALESCE(OLD.fatalities, OLD.sf_killed + OLD.civ_killed + OLD.mil_killed + OLD.unk_killed),
		sf_killed = sf_killed - OLD.sf_killed,
		sf_injured = sf_injured - OLD.sf_injured,
		sf_abducted = sf_abducted - OLD.sf_abducted,
		sf_arrested = sf_arrested - OLD.sf_arrested,
		civ_killed = civ_killed - OLD.civ_killed,
		civ_injured = civ_injured - OLD.civ_injured,
		civ_abducted = civ_abducted - OLD.civ_abducted,
		civ_arrested = civ_arrested - OLD.civ_arrested,
		mil_killed = mil_killed - OLD.mil_killed,
		mil_injured = mil_injured - OLD.mil_injured,
		mil_abducted = mil_abducted - OLD.mil_abducted,
		mil_arrested = mil_arrested - OLD.mil_arrested,
		unk_killed = unk_killed - OLD.unk_killed,
		unk_injured = unk_injured - OLD.unk_injured,
		unk_abducted = unk_abducted - OLD.unk_abducted,
		unk_arrested = unk_arrested - OLD.unk_arrested
	WHERE month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
	DELETE FROM incident_tally_all WHERE incidents = 0 AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
	INSERT INTO incident_tally_all VALUES (COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (month, country, iso3, admin1, admin2, event_type, review_state) DO UPDATE SET
		incidents = incidents + 1,
		fatalities = fatalities + excluded.fatalities,
		sf_killed = sf_killed + excluded.sf_killed,
		sf_injured = sf_injured + excluded.sf_injured,
		sf_abducted = sf_abducted + excluded.sf_abducted,
		sf_arrested = sf_arrested + excluded.sf_arrested,
		civ_killed = civ_killed + excluded.civ_killed,
		civ_injured = civ_injured + excluded.civ_injured,
		civ_abducted = civ_abducted + excluded.civ_abducted,
		civ_arrested = civ_arrested + excluded.civ_arrested,
		mil_killed = mil_killed + excluded.mil_killed,
		mil_injured = mil_injured + excluded.mil_injured,
		mil_abducted = mil_abducted + excluded.mil_abducted,
		mil_arrested = mil_arrested + excluded.mil_arrested,
		unk_killed = unk_killed + excluded.unk_killed,
		unk_injured = unk_injured + excluded.unk_injured,
		unk_abducted = unk_abducted + excluded.unk_abducted,
		unk_arrested = unk_arrested + excluded.unk_arrested;
	UPDATE incident_tally SET
		incidents = incidents - 1,
		fatalities = fatalities - COALESCE(OLD.fatalities, OLD.sf_killed + OLD.civ_killed + OLD.mil_killed + OLD.unk_killed),
		sf_killed = sf_killed - OLD.sf_killed,
		sf_injured = sf_injured - OLD.sf_injured,
		sf_abducted = sf_abducted - OLD.sf_abducted,
		sf_arrested = sf_arrested - OLD.sf_arrested,
		civ_killed = civ_killed - OLD.civ_killed,
		civ_injured = civ_injured - OLD.civ_injured,
		civ_abducted = civ_abducted - OLD.civ_abducted,
		civ_arrested = civ_arrested - OLD.civ_arrested,
		mil_killed = mil_killed - OLD.mil_killed,
		mil_injured = mil_injured - OLD.mil_injured,
		mil_abducted = mil_abducted - OLD.mil_abducted,
		mil_arrested = mil_arrested - OLD.mil_arrested,
		unk_killed = unk_killed - OLD.unk_killed,
		unk_injured = unk_injured - OLD.unk_injured,
		unk_abducted = unk_abducted - OLD.unk_abducted,
		unk_arrested = unk_arrested - OLD.unk_arrested
	WHERE month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
	UPDATE incident_tally_total SET
		incidents = incidents - 1,
		fatalities = fatalities - COALESCE(OLD.fatalities, OLD.sf_killed + OLD.civ_killed + OLD.mil_killed + OLD.unk_killed),
		sf_killed = sf_killed - OLD.sf_killed,
		sf_injured = sf_injured - OLD.sf_injured,
		sf_abducted = sf_abducted - OLD.sf_abducted,
		sf_arrested = sf_arrested - OLD.sf_arrested,
		civ_killed = civ_killed - OLD.civ_killed,
		civ_injured = civ_injured - OLD.civ_injured,
		civ_abducted = civ_abducted - OLD.civ_abducted,
		civ_arrested = civ_arrested - OLD.civ_arrested,
		mil_killed = mil_killed - OLD.mil_killed,
		mil_injured = mil_injured - OLD.mil_injured,
		mil_abducted = mil_abducted - OLD.mil_abducted,
		mil_arrested = mil_arrested - OLD.mil_arrested,
		unk_killed = unk_killed - OLD.unk_killed,
		unk_injured = unk_injured - OLD.unk_injured,
		unk_abducted = unk_abducted - OLD.unk_abducted,
		unk_arrested = unk_arrested - OLD.unk_arrested
	WHERE country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
	DELETE FROM incident_tally WHERE incidents = 0 AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
	DELETE FROM incident_tally_total WHERE incidents = 0 AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2
		AND event_type = OLD.event_type AND review_state = OLD.review_state AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients;
	INSERT INTO incident_tally VALUES (COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state,
		NEW.tlp, NEW.owner, NEW.recipients, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, month, country, iso3, admin1, admin2, event_type, review_state) DO UPDATE SET
		incidents = incidents + 1,
		fatalities = fatalities + excluded.fatalities,
		sf_killed = sf_killed + excluded.sf_killed,
		sf_injured = sf_injured + excluded.sf_injured,
		sf_abducted = sf_abducted + excluded.sf_abducted,
		sf_arrested = sf_arrested + excluded.sf_arrested,
		civ_killed = civ_killed + excluded.civ_killed,
		civ_injured = civ_injured + excluded.civ_injured,
		civ_abducted = civ_abducted + excluded.civ_abducted,
		civ_arrested = civ_arrested + excluded.civ_arrested,
		mil_killed = mil_killed + excluded.mil_killed,
		mil_injured = mil_injured + excluded.mil_injured,
		mil_abducted = mil_abducted + excluded.mil_abducted,
		mil_arrested = mil_arrested + excluded.mil_arrested,
		unk_killed = unk_killed + excluded.unk_killed,
		unk_injured = unk_injured + excluded.unk_injured,
		unk_abducted = unk_abducted + excluded.unk_abducted,
		unk_arrested = unk_arrested + excluded.unk_arrested;
	INSERT INTO incident_tally_total VALUES (NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state,
		NEW.tlp, NEW.owner, NEW.recipients, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, country, iso3, admin1, admin2, event_type, review_state) DO UPDATE SET
		incidents = incidents + 1,
		fatalities = fatalities + excluded.fatalities,
		sf_killed = sf_killed + excluded.sf_killed,
		sf_injured = sf_injured + excluded.sf_injured,
		sf_abducted = sf_abducted + excluded.sf_abducted,
		sf_arrested = sf_arrested + excluded.sf_arrested,
		civ_killed = civ_killed + excluded.civ_killed,
		civ_injured = civ_injured + excluded.civ_injured,
		civ_abducted = civ_abducted + excluded.civ_abducted,
		civ_arrested = civ_arrested + excluded.civ_arrested,
		mil_killed = mil_killed + excluded.mil_killed,
		mil_injured = mil_injured + excluded.mil_injured,
		mil_abducted = mil_abducted + excluded.mil_abducted,
		mil_arrested = mil_arrested + excluded.mil_arrested,
		unk_killed = unk_killed + excluded.unk_killed,
		unk_injured = unk_injured + excluded.unk_injured,
		unk_abducted = unk_abducted + excluded.unk_abducted,
		unk_arrested = unk_arrested + excluded.unk_arrested;
END;
