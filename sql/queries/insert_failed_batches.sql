-- batch_failed_batches is an Arrow table registered by the warehouse module.
INSERT INTO failed_batches BY NAME SELECT * FROM batch_failed_batches ON CONFLICT DO NOTHING;
