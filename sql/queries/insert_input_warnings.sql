-- batch_input_warnings is an Arrow table registered by the warehouse module.
INSERT INTO input_warnings BY NAME SELECT * FROM batch_input_warnings;
