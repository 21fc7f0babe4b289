-- What cleaning again needs of up to $limit current articles that still keep a line now learned as
-- their source's boilerplate, streamed to the re-cleaning batches (the flow asks again until none).
WITH affected AS (
    SELECT DISTINCT l.article_id
    FROM article_lines AS l
    JOIN current_articles AS a USING (article_id)
    JOIN source_boilerplate_lines AS k ON k.source = a.source AND k.line_hash = l.line_hash
)
SELECT a.article_id, a.source, a.raw_text, a.content_type, a.input_path
FROM articles AS a
SEMI JOIN affected USING (article_id)
LIMIT $limit;
