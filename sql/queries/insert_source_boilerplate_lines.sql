-- batch_source_boilerplate_lines is an Arrow table registered by the warehouse module.
INSERT INTO source_boilerplate_lines BY NAME SELECT * FROM batch_source_boilerplate_lines ON CONFLICT DO NOTHING;
