-- Schema version 5: what each input file held when last read, so that a re-run can skip reading
-- a file whose size and modification time are unchanged (reading, decoding and hashing every file
-- was most of a re-run: 2.2 of 3.1 s at 10,000 articles).

CREATE TABLE IF NOT EXISTS input_files (
    input_path  VARCHAR PRIMARY KEY,       -- path under inputs/ (JSON Lines files are not cached)
    size_bytes  BIGINT NOT NULL,
    mtime_ns    BIGINT NOT NULL,
    article_id  VARCHAR NOT NULL,          -- the content's id when it was read
    warnings    VARCHAR[] NOT NULL,        -- decoding warnings, recorded again on each run that skips the read
    read_run    VARCHAR NOT NULL
);
