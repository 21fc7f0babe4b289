-- Question: who is quoted or cited most often, and by how many sources?
SELECT
    cited.source                     AS cited_source,
    count(*)                         AS attributions,
    count(DISTINCT a.source)         AS outlets,
    string_agg(DISTINCT a.source, ', ') AS cited_by
FROM attributions AS cited
JOIN current_articles AS a USING (article_id)
WHERE cited.source_type IN ('person', 'organisation') AND cited.source IS NOT NULL
  -- Pronouns name nobody on their own.
  AND lower(cited.source) NOT IN ('he', 'she', 'they', 'it', 'we', 'i', 'you')
GROUP BY cited.source
ORDER BY attributions DESC
LIMIT 15;
