-- Question: which sources' pages carry the most boilerplate per article, and of what kind?
WITH per_source AS (
    SELECT source, sum(words) AS words_removed
    FROM boilerplate_by_source
    GROUP BY source
),
articles AS (
    SELECT source, count(*) AS articles FROM current_articles GROUP BY source
),
top_category AS (
    SELECT source, arg_max(category, words) AS biggest_category
    FROM boilerplate_by_source
    GROUP BY source
)
SELECT
    p.source,
    round(p.words_removed / a.articles, 1) AS boilerplate_words_per_article,
    t.biggest_category
FROM per_source AS p
JOIN articles AS a USING (source)
JOIN top_category AS t USING (source)
ORDER BY boilerplate_words_per_article DESC;
