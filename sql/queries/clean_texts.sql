-- The cleaned texts of a list of articles, to score them again.
SELECT article_id, clean_text
FROM articles
WHERE article_id IN (SELECT unnest($ids))
ORDER BY article_id;
