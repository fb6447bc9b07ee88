-- The dashboard's figures on a million incidents: incident_tally keeps, per
-- month, place, event type and review state, how many incidents there are
-- and what they add up to, maintained by triggers as incidents are saved,
-- changed and deleted. Aggregations over whole months read this small table
-- instead of every incident row (whose JSON makes a full scan slow).
CREATE TABLE incident_tally (
	month        TEXT    NOT NULL, -- YYYY-MM, or 'undated'
	country      TEXT    NOT NULL,
	iso3         TEXT    NOT NULL,
	admin1       TEXT    NOT NULL,
	admin2       TEXT    NOT NULL,
	event_type   TEXT    NOT NULL,
	review_state TEXT    NOT NULL,
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
	PRIMARY KEY (month, country, iso3, admin1, admin2, event_type, review_state)
) WITHOUT ROWID;

INSERT INTO incident_tally
SELECT COALESCE(substr(i.event_date, 1, 7), 'undated'), i.country, i.iso3, i.admin1, i.admin2, i.event_type, i.review_state, count(*), sum(COALESCE(i.fatalities, i.sf_killed + i.civ_killed + i.mil_killed + i.unk_killed)),
	sum(i.sf_killed), sum(i.sf_injured), sum(i.sf_abducted), sum(i.sf_arrested), sum(i.civ_killed), sum(i.civ_injured), sum(i.civ_abducted), sum(i.civ_arrested), sum(i.mil_killed), sum(i.mil_injured), sum(i.mil_abducted), sum(i.mil_arrested), sum(i.unk_killed), sum(i.unk_injured), sum(i.unk_abducted), sum(i.unk_arrested)
FROM incidents i
GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE TRIGGER incident_tally_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_tally VALUES (COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
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
END;

CREATE TRIGGER incident_tally_delete AFTER DELETE ON incidents BEGIN
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
	WHERE month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
	DELETE FROM incident_tally WHERE incidents = 0 AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
END;

-- An update moves the incident from its old group to its new one (often the
-- same group: the two steps then cancel out).
CREATE TRIGGER incident_tally_update AFTER UPDATE ON incidents BEGIN
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
	WHERE month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
	DELETE FROM incident_tally WHERE incidents = 0 AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1 AND admin2 = OLD.admin2 AND event_type = OLD.event_type AND review_state = OLD.review_state;
	INSERT INTO incident_tally VALUES (COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, NEW.admin2, NEW.event_type, NEW.review_state, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
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
END;
