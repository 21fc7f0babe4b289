-- batch_article_scores is an Arrow table registered by the warehouse module.
INSERT INTO article_scores BY NAME SELECT * FROM batch_article_scores ON CONFLICT DO NOTHING;
