-- What re-cleaning needs of a list of articles, and where each came from (for failure records).
SELECT article_id, source, raw_text, content_type, input_path
FROM articles
WHERE article_id IN (SELECT unnest($ids))
ORDER BY article_id;
