-- The schema version the warehouse is at (0 when new).
SELECT coalesce(max(version), 0) FROM schema_version;
