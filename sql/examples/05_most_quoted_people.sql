-- Question: who is quoted or cited most often, and by how many sources?
-- source_key is whom an attribution cites: "Mr. Trump", "Donald Trump" and a "he" that cites him
-- are one key; "Mr. Hegseth and Mr. Nakatani" cite two, "hegseth; nakatani", each counted here.
-- Only each article's latest scoring counts, so a re-scored article counts once.
WITH cited AS (
    SELECT article_id, scorer_version, unnest(string_split(source_key, '; ')) AS person
    FROM attributions
    WHERE source_type IN ('person', 'organisation') AND source_key IS NOT NULL
)
SELECT
    cited.person                     AS cited_source,
    count(*)                         AS attributions,
    count(DISTINCT a.source)         AS outlets,
    string_agg(DISTINCT a.source, ', ') AS cited_by
FROM cited
JOIN latest_article_scores AS latest USING (article_id, scorer_version)
JOIN current_articles AS a USING (article_id)
GROUP BY cited.person
ORDER BY attributions DESC
LIMIT 15;
