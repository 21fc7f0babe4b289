-- Keys written more than once in the tables without a PRIMARY KEY index (schema 004).
-- The flow promises none; an empty result is a pass.
WITH removed AS (
    SELECT 'removed_segments' AS table_name, article_id, NULL AS scorer_version, position::BIGINT AS item, count(*) AS copies
    FROM removed_segments GROUP BY article_id, position HAVING count(*) > 1
),
sentences AS (
    SELECT 'sentence_scores', article_id, scorer_version, position::BIGINT, count(*)
    FROM sentence_scores GROUP BY article_id, scorer_version, position HAVING count(*) > 1
),
attributed AS (
    SELECT 'attributions', article_id, scorer_version, position::BIGINT, count(*)
    FROM attributions GROUP BY article_id, scorer_version, position HAVING count(*) > 1
),
lines AS (
    SELECT 'article_lines', article_id, NULL, line_hash, count(*)
    FROM article_lines GROUP BY article_id, line_hash HAVING count(*) > 1
)
SELECT * FROM removed
UNION ALL SELECT * FROM sentences
UNION ALL SELECT * FROM attributed
UNION ALL SELECT * FROM lines
ORDER BY table_name, article_id;
