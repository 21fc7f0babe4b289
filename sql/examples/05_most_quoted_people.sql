-- Question: who is quoted or cited most often, and by how many sources?
-- source_key is whom an attribution cites: "Mr. Trump", "Donald Trump" and a "he" that cites him
-- are one key. Only each article's latest scoring counts, so a re-scored article counts once.
SELECT
    cited.source_key                 AS cited_source,
    count(*)                         AS attributions,
    count(DISTINCT a.source)         AS outlets,
    string_agg(DISTINCT a.source, ', ') AS cited_by
FROM attributions AS cited
JOIN latest_article_scores AS latest USING (article_id, scorer_version)
JOIN current_articles AS a USING (article_id)
WHERE cited.source_type IN ('person', 'organisation') AND cited.source_key IS NOT NULL
GROUP BY cited.source_key
ORDER BY attributions DESC
LIMIT 15;
