-- Drop the cleaning and scoring rows of re-cleaned articles (batch_recleaned), and take their
-- new clean text; the new child rows are inserted after this, in the same transaction.
DELETE FROM removed_segments WHERE article_id IN (SELECT article_id FROM batch_recleaned);
DELETE FROM article_lines WHERE article_id IN (SELECT article_id FROM batch_recleaned);
DELETE FROM article_scores WHERE article_id IN (SELECT article_id FROM batch_recleaned);
DELETE FROM sentence_scores WHERE article_id IN (SELECT article_id FROM batch_recleaned);
DELETE FROM attributions WHERE article_id IN (SELECT article_id FROM batch_recleaned);
UPDATE articles AS a
SET clean_text = r.clean_text, word_count = r.word_count
FROM batch_recleaned AS r
WHERE a.article_id = r.article_id;
