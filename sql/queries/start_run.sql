INSERT INTO pipeline_runs (run_id, flow_run_id, started_at, status, scorer_version)
VALUES ($run_id, $flow_run_id, $started_at, 'running', $scorer_version);
