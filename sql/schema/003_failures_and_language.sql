-- Schema version 3: batches that failed after retries, and each article's detected language.

CREATE TABLE IF NOT EXISTS failed_batches (
    run_id       VARCHAR NOT NULL,
    batch_number INTEGER NOT NULL,
    error        VARCHAR NOT NULL,
    input_paths  VARCHAR[] NOT NULL,           -- every input the batch held; the next run retries them
    failed_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, batch_number)
);

-- 'en', 'fr', 'de', 'es', 'it', 'pt', 'nl', or 'unknown' (tasks/language.py); readability is English-only.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS language VARCHAR;
