-- One re-cleaning batch (Arrow tables registered by the warehouse module) into the staging tables.
INSERT INTO stage_recleaned BY NAME SELECT * FROM batch_recleaned;
INSERT INTO stage_removed_segments BY NAME SELECT * FROM batch_removed_segments;
INSERT INTO stage_article_lines BY NAME SELECT * FROM batch_article_lines;
INSERT INTO stage_boilerplate_examples BY NAME SELECT * FROM batch_boilerplate_examples;
