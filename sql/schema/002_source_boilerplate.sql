-- Schema version 2: learn each source's recurring boilerplate lines across articles and runs.

-- Fingerprints of the lines each article kept after cleaning (tasks/cleaning/repetition.py).
CREATE TABLE IF NOT EXISTS article_lines (
    article_id  VARCHAR NOT NULL,
    line_hash   BIGINT NOT NULL,
    PRIMARY KEY (article_id, line_hash)
);

-- Lines learned to be boilerplate for one source: they recur in many of its articles.
CREATE TABLE IF NOT EXISTS source_boilerplate_lines (
    source       VARCHAR NOT NULL,
    line_hash    BIGINT NOT NULL,
    example      VARCHAR,                  -- one occurrence of the line, for people to read
    articles     INTEGER NOT NULL,         -- current articles of the source holding it when learned
    learned_run  VARCHAR NOT NULL,
    learned_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (source, line_hash)
);

ALTER TABLE pipeline_runs ADD COLUMN IF NOT EXISTS articles_recleaned INTEGER;
