-- Which kept lines recur across many current articles of one source, and are not learned yet?
-- A line counts when it is in at least $min_articles articles, in at least $min_share of the
-- source's articles, and on at least two different days (so one story's updates do not count).
WITH line_use AS (
    SELECT
        a.source,
        l.line_hash,
        count(DISTINCT a.article_id)  AS articles,
        count(DISTINCT a.report_date) AS days
    FROM article_lines AS l
    JOIN current_articles AS a USING (article_id)
    GROUP BY a.source, l.line_hash
),
source_size AS (
    SELECT source, count(*) AS articles FROM current_articles GROUP BY source
)
SELECT u.source, u.line_hash, u.articles
FROM line_use AS u
JOIN source_size AS s USING (source)
ANTI JOIN source_boilerplate_lines AS k ON k.source = u.source AND k.line_hash = u.line_hash
WHERE u.articles >= $min_articles
  AND u.articles >= $min_share * s.articles
  AND u.days >= 2
ORDER BY u.source, u.line_hash;
