-- Settings for the one writing connection that DuckDB does not take as connect-time config.
-- DICT_FSST made checkpoints of the long article texts cost 0.8-3.7 s per 1,000 articles, growing
-- with the table; without it they take ZSTD at 0.02-0.16 s (40,000 articles; docs/scaling.md).
SET disabled_compression_methods = 'dict_fsst';
