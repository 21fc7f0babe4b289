-- batch_removed_segments is an Arrow table registered by the warehouse module.
INSERT INTO removed_segments BY NAME SELECT * FROM batch_removed_segments;
