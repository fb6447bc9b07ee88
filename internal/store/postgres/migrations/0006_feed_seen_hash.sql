-- Feed items are keyed by whatever the feed gives (a GUID, a link). A broken
-- or hostile feed can give one longer than a btree index entry holds (about
-- 2.7 kB), which would leave the feed's state unsaveable and the feed
-- polled again and again. Items are unique by their MD5 instead; the text
-- is kept as it was.
ALTER TABLE feed_seen DROP CONSTRAINT feed_seen_pkey;
CREATE UNIQUE INDEX feed_seen_item ON feed_seen (url, md5(item));
