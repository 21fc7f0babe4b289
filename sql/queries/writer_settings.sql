-- Settings for the one writing connection that DuckDB does not take as connect-time config.
-- DICT_FSST made checkpoints of the long article texts cost 0.5-4 CPU s per 1,000 articles, growing
-- with the table; without it they take ZSTD at about a tenth of that (docs/scaling.md).
SET disabled_compression_methods = 'dict_fsst';
