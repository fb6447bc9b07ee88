-- Roll-ups of incident_tally for the dashboard's commonest questions, so a
-- viewer reads a few hundred or thousand rows, not the tens of thousands
-- incident_tally holds per marking: the sums by month (incident_tally_month)
-- and by month and province (incident_tally_admin1, which keeps the country
-- too, so country filters and groupings use it). They hold what dashboards
-- count, the incidents not rejected, so they need no review state, which
-- divides their rows by three; a filter on the review state reads
-- incident_tally. Both keep the marking first, as incident_tally does, so a
-- viewer's sums read only the rows of the markings they may see. The
-- triggers below keep them, beside incident_tally's own.

CREATE TABLE incident_tally_month (
	tlp          TEXT    NOT NULL,
	owner        TEXT    NOT NULL,
	recipients   TEXT    NOT NULL,
	month        TEXT    NOT NULL, -- YYYY-MM, or 'undated'
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
	PRIMARY KEY (tlp, owner, recipients, month)
) WITHOUT ROWID;

INSERT INTO incident_tally_month
SELECT tlp, owner, recipients, month,
	sum(incidents), sum(fatalities), sum(sf_killed), sum(sf_injured), sum(sf_abducted), sum(sf_arrested), sum(civ_killed), sum(civ_injured), sum(civ_abducted), sum(civ_arrested), sum(mil_killed), sum(mil_injured), sum(mil_abducted), sum(mil_arrested), sum(unk_killed), sum(unk_injured), sum(unk_abducted), sum(unk_arrested)
FROM incident_tally
WHERE review_state <> 'rejected'
GROUP BY tlp, owner, recipients, month;

CREATE TABLE incident_tally_admin1 (
	tlp          TEXT    NOT NULL,
	owner        TEXT    NOT NULL,
	recipients   TEXT    NOT NULL,
	month        TEXT    NOT NULL, -- YYYY-MM, or 'undated'
	country      TEXT    NOT NULL,
	iso3         TEXT    NOT NULL,
	admin1       TEXT    NOT NULL,
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
	PRIMARY KEY (tlp, owner, recipients, month, country, iso3, admin1)
) WITHOUT ROWID;

INSERT INTO incident_tally_admin1
SELECT tlp, owner, recipients, month, country, iso3, admin1,
	sum(incidents), sum(fatalities), sum(sf_killed), sum(sf_injured), sum(sf_abducted), sum(sf_arrested), sum(civ_killed), sum(civ_injured), sum(civ_abducted), sum(civ_arrested), sum(mil_killed), sum(mil_injured), sum(mil_abducted), sum(mil_arrested), sum(unk_killed), sum(unk_injured), sum(unk_abducted), sum(unk_arrested)
FROM incident_tally
WHERE review_state <> 'rejected'
GROUP BY tlp, owner, recipients, month, country, iso3, admin1;

CREATE TRIGGER incident_rollup_insert AFTER INSERT ON incidents WHEN NEW.review_state <> 'rejected' BEGIN
	INSERT INTO incident_tally_month VALUES (NEW.tlp, NEW.owner, NEW.recipients, COALESCE(substr(NEW.event_date, 1, 7), 'undated'), 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, month) DO UPDATE SET
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
	INSERT INTO incident_tally_admin1 VALUES (NEW.tlp, NEW.owner, NEW.recipients, COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, month, country, iso3, admin1) DO UPDATE SET
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

CREATE TRIGGER incident_rollup_delete AFTER DELETE ON incidents WHEN OLD.review_state <> 'rejected' BEGIN
	UPDATE incident_tally_month SET
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
	WHERE tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated');
	DELETE FROM incident_tally_month WHERE incidents = 0 AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated');
	UPDATE incident_tally_admin1 SET
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
	WHERE tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1;
	DELETE FROM incident_tally_admin1 WHERE incidents = 0 AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1;
END;

-- An update takes the incident out of its old groups, unless it was
-- rejected, and puts it in its new ones, unless it is rejected now (often
-- the same groups: the two steps then cancel out, in either order).
CREATE TRIGGER incident_rollup_update_old AFTER UPDATE ON incidents WHEN OLD.review_state <> 'rejected' BEGIN
	UPDATE incident_tally_month SET
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
	WHERE tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated');
	DELETE FROM incident_tally_month WHERE incidents = 0 AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated');
	UPDATE incident_tally_admin1 SET
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
	WHERE tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1;
	DELETE FROM incident_tally_admin1 WHERE incidents = 0 AND tlp = OLD.tlp AND owner = OLD.owner AND recipients = OLD.recipients AND month = COALESCE(substr(OLD.event_date, 1, 7), 'undated') AND country = OLD.country AND iso3 = OLD.iso3 AND admin1 = OLD.admin1;
END;

CREATE TRIGGER incident_rollup_update_new AFTER UPDATE ON incidents WHEN NEW.review_state <> 'rejected' BEGIN
	INSERT INTO incident_tally_month VALUES (NEW.tlp, NEW.owner, NEW.recipients, COALESCE(substr(NEW.event_date, 1, 7), 'undated'), 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, month) DO UPDATE SET
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
	INSERT INTO incident_tally_admin1 VALUES (NEW.tlp, NEW.owner, NEW.recipients, COALESCE(substr(NEW.event_date, 1, 7), 'undated'), NEW.country, NEW.iso3, NEW.admin1, 1, COALESCE(NEW.fatalities, NEW.sf_killed + NEW.civ_killed + NEW.mil_killed + NEW.unk_killed),
		NEW.sf_killed, NEW.sf_injured, NEW.sf_abducted, NEW.sf_arrested, NEW.civ_killed, NEW.civ_injured, NEW.civ_abducted, NEW.civ_arrested, NEW.mil_killed, NEW.mil_injured, NEW.mil_abducted, NEW.mil_arrested, NEW.unk_killed, NEW.unk_injured, NEW.unk_abducted, NEW.unk_arrested)
	ON CONFLICT (tlp, owner, recipients, month, country, iso3, admin1) DO UPDATE SET
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
