-- Question: is each source leaning more on anonymous or vague sources week by week?
SELECT
    strftime(week_start, '%G-W%V')                                     AS week,
    source,
    sum(anonymous_sources + vague_sources)                             AS anonymous_or_vague,
    sum(attributions)                                                  AS attributions,
    round(sum(anonymous_sources + vague_sources) / nullif(sum(attributions), 0), 2) AS share
FROM article_explain
GROUP BY week_start, source
ORDER BY source, week_start;
