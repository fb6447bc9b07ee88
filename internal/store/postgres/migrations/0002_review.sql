-- Analyst review: field corrections, incident history and the fusion hint
-- that brings re-extracted events back to their incident.

-- An analyst's value for one field of an incident. Saving the incident
-- applies these over the machine's reconciled values, so they survive
-- re-extraction and re-fusion.
CREATE TABLE incident_corrections (
	incident_id bigint NOT NULL,
	field       text   NOT NULL,
	value       text   NOT NULL,
	PRIMARY KEY (incident_id, field)
);

-- Transaction-time history: every stored state of every incident, valid
-- from valid_from until valid_to (NULL while current). json is the whole
-- vigil.Incident. Incident IDs come from a sequence and are never reused,
-- so an ID's history is one incident's history.
CREATE TABLE incident_versions (
	incident_id bigint      NOT NULL,
	valid_from  timestamptz NOT NULL,
	valid_to    timestamptz,
	json        json        NOT NULL
);
CREATE INDEX incident_versions_id ON incident_versions(incident_id, valid_to);
CREATE INDEX incident_versions_time ON incident_versions(valid_from, valid_to);

-- The incidents stored before history was kept start theirs at their last
-- update.
INSERT INTO incident_versions (incident_id, valid_from, valid_to, json)
SELECT id, updated_at, NULL, (json::jsonb || jsonb_build_object(
	'ID', id, 'FatalitiesLow', fatalities_low, 'FatalitiesHigh', fatalities_high,
	'ReconcileRule', reconcile_rule, 'ReviewState', review_state, 'SourceCount', source_count,
	'FusionReason', fusion_reason, 'CreatedAt', created_at, 'UpdatedAt', updated_at))::json
FROM incidents;

-- The incident an event's document position was in before the document was
-- extracted again.
ALTER TABLE events ADD COLUMN prior_incident_id bigint;
