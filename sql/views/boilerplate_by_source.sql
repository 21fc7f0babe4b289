-- How much boilerplate of each kind does cleaning remove from each source's articles?
CREATE OR REPLACE VIEW boilerplate_by_source AS
WITH segments AS (
    SELECT
        a.source,
        r.article_id,
        r.category,
        len(regexp_extract_all(r.text, '\w+')) AS words
    FROM removed_segments AS r
    JOIN current_articles AS a USING (article_id)
)
SELECT
    source,
    category,
    count(*)                     AS segments,
    sum(words)                   AS words,
    count(DISTINCT article_id)   AS articles_affected
FROM segments
GROUP BY source, category;
