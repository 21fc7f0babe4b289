-- Current articles that still keep a line now learned as their source's boilerplate.
SELECT DISTINCT a.article_id
FROM article_lines AS l
JOIN current_articles AS a USING (article_id)
JOIN source_boilerplate_lines AS k ON k.source = a.source AND k.line_hash = l.line_hash
ORDER BY a.article_id;
