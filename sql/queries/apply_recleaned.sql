-- Replace the cleaning rows of every staged re-cleaned article, drop its scores (the scoring step
-- that follows scores it again), and take its new clean text; then empty the stage.
DELETE FROM removed_segments WHERE article_id IN (SELECT article_id FROM stage_recleaned);
DELETE FROM article_lines WHERE article_id IN (SELECT article_id FROM stage_recleaned);
DELETE FROM article_scores WHERE article_id IN (SELECT article_id FROM stage_recleaned);
DELETE FROM sentence_scores WHERE article_id IN (SELECT article_id FROM stage_recleaned);
DELETE FROM attributions WHERE article_id IN (SELECT article_id FROM stage_recleaned);
UPDATE articles AS a
SET clean_text = r.clean_text, word_count = r.word_count
FROM stage_recleaned AS r
WHERE a.article_id = r.article_id;
INSERT INTO removed_segments BY NAME SELECT * FROM stage_removed_segments;
INSERT INTO article_lines BY NAME SELECT * FROM stage_article_lines;
UPDATE source_boilerplate_lines AS k
SET example = e.text
FROM (SELECT source, line_hash, any_value(text) AS text FROM stage_boilerplate_examples GROUP BY ALL) AS e
WHERE k.source = e.source AND k.line_hash = e.line_hash AND k.example IS NULL;
DROP TABLE stage_recleaned;
DROP TABLE stage_removed_segments;
DROP TABLE stage_article_lines;
DROP TABLE stage_boilerplate_examples;
