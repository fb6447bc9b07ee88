-- Filters compare places and event types without regard to case (an analyst
-- types "balochistan"), so the indexes that serve them must use the same
-- collation or SQLite cannot use them.
DROP INDEX incidents_admin1;
DROP INDEX incidents_type;
DROP INDEX events_admin1;
DROP INDEX events_type;
CREATE INDEX incidents_admin1 ON incidents(admin1 COLLATE NOCASE, event_date);
CREATE INDEX incidents_admin2 ON incidents(admin2 COLLATE NOCASE, event_date);
CREATE INDEX incidents_type ON incidents(event_type COLLATE NOCASE, event_date);
CREATE INDEX events_admin1 ON events(admin1 COLLATE NOCASE, event_date);
CREATE INDEX events_type ON events(event_type COLLATE NOCASE, event_date);
