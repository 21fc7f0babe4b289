-- One article by id, id prefix or input path, for `sourcescore explain`.
SELECT article_id, source, title, clean_text
FROM articles
WHERE article_id = $key OR input_path = $key OR (length($key) >= 6 AND starts_with(article_id, $key))
ORDER BY first_seen_at DESC;
