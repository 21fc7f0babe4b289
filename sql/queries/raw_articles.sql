-- What re-cleaning needs of a list of articles.
SELECT article_id, source, raw_text, content_type
FROM articles
WHERE article_id IN (SELECT unnest($ids))
ORDER BY article_id;
