-- Search finds what SQLite's search finds. Words are the runs of letters and
-- digits, so "example.org", "3.5", "2024-10-05" and "info@ctd.gov.pk" are
-- found by their parts as a user types them: PostgreSQL's parser would keep
-- hosts, e-mail addresses, decimals and signed numbers whole, so the
-- punctuation that glues them becomes spaces first. And Latin letters match
-- without their accents ("Peshawar" finds "Peshāwar"): search_unaccent folds
-- them, in the documents and in the queries alike. The functions pin their
-- search_path so the generated column computes the same in any session.

CREATE FUNCTION search_unaccent(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $$
	-- Decompose, drop the Latin combining accents (U+0300..U+036F), and
	-- compose again so other scripts come back as they were. Normalizing
	-- is the slow part (a second a 4 MB page), so text without accented
	-- Latin letters, most of it, skips it.
	SELECT CASE WHEN t ~ '[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]'
		THEN normalize(regexp_replace(normalize(t, NFD), '[\u0300-\u036f]+', '', 'g'), NFC)
		ELSE t END
$$;

CREATE FUNCTION search_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $$
	SELECT regexp_replace(search_unaccent(t), '[-./@:+_<>&=?#%~\\|]+', ' ', 'g')
$$;

CREATE OR REPLACE FUNCTION search_vector(title text, body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $$
DECLARE
	folded text := search_fold(title || ' ' || body);
	n integer := length(folded);
BEGIN
	LOOP
		BEGIN
			RETURN to_tsvector('simple'::regconfig, left(folded, n));
		EXCEPTION WHEN program_limit_exceeded THEN
			IF n = 0 THEN
				RETURN ''::tsvector;
			END IF;
			n := n / 2;
		END;
	END LOOP;
END;
$$;

-- Every stored document's search vector, computed again by the new function.
UPDATE documents SET title = title;
