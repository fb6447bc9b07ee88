-- Analysts filter by province and event type together ("battles in
-- Punjab"); with both in one index the incident list and its count need not
-- read every incident of the province.
CREATE INDEX incidents_admin1_type ON incidents(lower(admin1), lower(event_type), event_date);
