-- batch_articles is an Arrow table registered by the warehouse module.
INSERT INTO articles BY NAME SELECT * FROM batch_articles ON CONFLICT DO NOTHING;
