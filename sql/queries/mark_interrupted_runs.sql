-- Runs still marked running when a new run holds the lock were killed mid-way: say so.
UPDATE pipeline_runs SET status = 'interrupted' WHERE status = 'running';
