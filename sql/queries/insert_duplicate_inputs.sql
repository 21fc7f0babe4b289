-- batch_duplicate_inputs is an Arrow table registered by the warehouse module.
INSERT INTO duplicate_inputs BY NAME SELECT * FROM batch_duplicate_inputs;
