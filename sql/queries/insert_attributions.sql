-- batch_attributions is an Arrow table registered by the warehouse module.
INSERT INTO attributions BY NAME SELECT * FROM batch_attributions;
