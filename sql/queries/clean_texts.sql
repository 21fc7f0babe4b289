-- The cleaned texts of a list of articles, to score them, and where each came from (for failure records).
SELECT article_id, clean_text, input_path
FROM articles
WHERE article_id IN (SELECT unnest($ids))
ORDER BY article_id;
