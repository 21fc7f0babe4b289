-- Schema version 1: articles, their audit trail, scores and run bookkeeping.

CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,   -- sha256 hex of the normalised raw content
    source          VARCHAR NOT NULL,      -- outlet; manifest/feed value, else the URL's domain, else 'unknown'
    url             VARCHAR,
    title           VARCHAR,
    author          VARCHAR,
    published_date  DATE,
    input_path      VARCHAR NOT NULL,      -- path under inputs/, 'feed.jsonl:3' for a JSON Lines record
    content_type    VARCHAR NOT NULL CHECK (content_type IN ('text', 'html')),
    raw_text        VARCHAR NOT NULL,
    clean_text      VARCHAR NOT NULL,
    word_count      INTEGER NOT NULL,
    first_seen_run  VARCHAR NOT NULL,
    first_seen_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS removed_segments (
    article_id  VARCHAR NOT NULL,
    position    INTEGER NOT NULL,          -- 0-based line index in the text the cleaner read
    category    VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS article_scores (
    article_id                VARCHAR NOT NULL,
    scorer_version            VARCHAR NOT NULL,
    word_count                INTEGER NOT NULL,
    sentence_count            INTEGER NOT NULL,
    specificity               DOUBLE NOT NULL,   -- 0-100
    specific_sentence_share   DOUBLE NOT NULL,   -- 0-1
    attributions              INTEGER NOT NULL,
    sourcing_density          DOUBLE NOT NULL,   -- attributions per 100 words
    direct_quotes             INTEGER NOT NULL,
    indirect                  INTEGER NOT NULL,
    according_to              INTEGER NOT NULL,
    named_sources             INTEGER NOT NULL,
    person_sources            INTEGER NOT NULL,
    organisation_sources      INTEGER NOT NULL,
    outlet_sources            INTEGER NOT NULL,
    anonymous_sources         INTEGER NOT NULL,
    vague_sources             INTEGER NOT NULL,
    distinct_sources          INTEGER NOT NULL,
    anonymous_or_vague_share  DOUBLE NOT NULL,   -- 0-1
    secondhand_share          DOUBLE NOT NULL,   -- 0-1
    flesch_reading_ease       DOUBLE NOT NULL,
    flesch_kincaid_grade      DOUBLE NOT NULL,
    gunning_fog               DOUBLE NOT NULL,
    smog_index                DOUBLE NOT NULL,
    dale_chall                DOUBLE NOT NULL,
    quality_score             DOUBLE NOT NULL,   -- 0-100
    scored_at                 TIMESTAMP NOT NULL,
    PRIMARY KEY (article_id, scorer_version)
);

CREATE TABLE IF NOT EXISTS sentence_scores (
    article_id      VARCHAR NOT NULL,
    scorer_version  VARCHAR NOT NULL,
    position        INTEGER NOT NULL,          -- 0-based sentence index in clean_text
    sentence        VARCHAR NOT NULL,
    specificity     DOUBLE NOT NULL,           -- 0-1
    PRIMARY KEY (article_id, scorer_version, position)
);

CREATE TABLE IF NOT EXISTS attributions (
    article_id      VARCHAR NOT NULL,
    scorer_version  VARCHAR NOT NULL,
    position        INTEGER NOT NULL,          -- 0-based order of the attribution in clean_text
    kind            VARCHAR NOT NULL,          -- direct_quote, indirect, according_to
    source_type     VARCHAR NOT NULL,          -- person, organisation, outlet, anonymous, vague
    cue             VARCHAR NOT NULL,
    source          VARCHAR,
    content         VARCHAR,
    PRIMARY KEY (article_id, scorer_version, position)
);

CREATE TABLE IF NOT EXISTS pipeline_runs (
    run_id              VARCHAR PRIMARY KEY,
    flow_run_id         VARCHAR,
    started_at          TIMESTAMP NOT NULL,
    finished_at         TIMESTAMP,
    status              VARCHAR NOT NULL,      -- running, completed, completed_with_failures, failed, interrupted
    scorer_version      VARCHAR NOT NULL,
    inputs_seen         INTEGER,
    articles_new        INTEGER,
    articles_unchanged  INTEGER,
    duplicates          INTEGER,
    rejected            INTEGER,
    articles_rescored   INTEGER
);

CREATE TABLE IF NOT EXISTS rejected_inputs (
    run_id      VARCHAR NOT NULL,
    input_path  VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS duplicate_inputs (
    run_id      VARCHAR NOT NULL,
    input_path  VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,              -- the article this input repeats
    first_input_path VARCHAR NOT NULL          -- where that content was first seen in the run
);

CREATE TABLE IF NOT EXISTS input_warnings (
    run_id      VARCHAR NOT NULL,
    input_path  VARCHAR NOT NULL,
    warning     VARCHAR NOT NULL
);
