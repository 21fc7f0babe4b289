-- Question: which inputs did the latest run reject, and why?
SELECT r.input_path, r.reason
FROM rejected_inputs AS r
WHERE r.run_id = (SELECT run_id FROM pipeline_runs ORDER BY started_at DESC LIMIT 1)
ORDER BY r.input_path;
