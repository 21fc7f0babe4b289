-- Column names and types of one warehouse table, in order, to type Arrow batches.
SELECT column_name, data_type
FROM duckdb_columns()
WHERE table_name = $table AND schema_name = 'main'
ORDER BY column_index;
