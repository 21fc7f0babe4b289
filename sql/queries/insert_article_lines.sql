-- batch_article_lines is an Arrow table registered by the warehouse module.
INSERT INTO article_lines BY NAME SELECT * FROM batch_article_lines;
