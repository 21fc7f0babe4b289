-- batch_rejected_inputs is an Arrow table registered by the warehouse module.
INSERT INTO rejected_inputs BY NAME SELECT * FROM batch_rejected_inputs;
