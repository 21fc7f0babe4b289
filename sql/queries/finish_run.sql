UPDATE pipeline_runs SET
    finished_at = $finished_at,
    status = $status,
    inputs_seen = $inputs_seen,
    articles_new = $articles_new,
    articles_unchanged = $articles_unchanged,
    duplicates = $duplicates,
    rejected = $rejected,
    articles_rescored = $articles_rescored,
    articles_recleaned = $articles_recleaned
WHERE run_id = $run_id;
