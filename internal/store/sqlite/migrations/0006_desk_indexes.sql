-- Indexes for the analyst's desk: the review queue lists unreviewed
-- incidents by impact (toll, then recency), and the incident list can sort
-- by toll, without sorting the whole table.
CREATE INDEX incidents_state_impact ON incidents(review_state, fatalities DESC, event_date DESC);
CREATE INDEX incidents_impact ON incidents(fatalities DESC, event_date DESC);
