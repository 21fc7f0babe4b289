-- batch_sentence_scores is an Arrow table registered by the warehouse module.
INSERT INTO sentence_scores BY NAME SELECT * FROM batch_sentence_scores;
