-- Indexes for the analyst's desk: the review queue lists unreviewed
-- incidents by impact (toll, then recency), and the incident list can sort
-- by toll, without sorting the whole table. The NULLS LAST match the
-- queries' ORDER BY, or PostgreSQL could not read the index in order.
CREATE INDEX incidents_state_impact ON incidents(review_state, fatalities DESC NULLS LAST, event_date DESC NULLS LAST, id DESC);
CREATE INDEX incidents_impact ON incidents(fatalities DESC NULLS LAST, event_date DESC NULLS LAST, id DESC);
