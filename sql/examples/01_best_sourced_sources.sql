-- Question: which sources attribute the most of their reporting to named people and organisations?
SELECT
    source,
    count(*)                                          AS articles,
    round(avg(sourcing_density), 2)                   AS attributions_per_100_words,
    round(avg(named_sources), 1)                      AS named_sources_per_article,
    round(avg(anonymous_or_vague_share), 2)           AS anonymous_or_vague_share
FROM article_explain
GROUP BY source
ORDER BY named_sources_per_article DESC;
