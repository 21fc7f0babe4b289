-- Question: what did each run do, and does every run account for all of its inputs?
SELECT
    started_at,
    status,
    inputs_seen,
    articles_new,
    articles_unchanged,
    duplicates,
    rejected,
    articles_rescored,
    articles_recleaned,
    articles_new + articles_unchanged + duplicates + rejected = inputs_seen AS balanced,
    round(epoch(finished_at - started_at), 1) AS seconds
FROM pipeline_runs
ORDER BY started_at DESC;
