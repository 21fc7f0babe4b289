-- batch_input_files is an Arrow table registered by the warehouse module (one row per path).
INSERT INTO input_files BY NAME SELECT * FROM batch_input_files
ON CONFLICT (input_path) DO UPDATE SET
    size_bytes = excluded.size_bytes,
    mtime_ns = excluded.mtime_ns,
    article_id = excluded.article_id,
    warnings = excluded.warnings,
    read_run = excluded.read_run;
