-- Schema version 6: whom each attribution cites, as distinct_sources counts them, so that queries
-- can group "Mr. Trump", "Donald Trump" and a "he" that cites him as one source.

ALTER TABLE attributions ADD COLUMN IF NOT EXISTS source_key VARCHAR;  -- NULL for rows scored before
