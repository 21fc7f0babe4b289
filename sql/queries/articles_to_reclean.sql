-- What cleaning again needs of up to $limit current articles that still keep a line now learned as
-- their source's boilerplate, streamed to the re-cleaning batches (the flow asks again until none).
-- Their clean text and removed lines come too: a plain-text article need not be classified again.
WITH affected AS (
    SELECT DISTINCT l.article_id
    FROM article_lines AS l
    JOIN current_articles AS a USING (article_id)
    JOIN source_boilerplate_lines AS k ON k.source = a.source AND k.line_hash = l.line_hash
),
chosen AS (
    SELECT a.article_id, a.source, a.raw_text, a.content_type, a.input_path, a.clean_text
    FROM articles AS a
    SEMI JOIN affected USING (article_id)
    LIMIT $limit
),
first_removed AS (
    SELECT
        r.article_id,
        list({'position': r.position, 'category': r.category, 'text': r.text} ORDER BY r.position) AS removed
    FROM removed_segments AS r
    SEMI JOIN chosen USING (article_id)
    GROUP BY r.article_id
)
SELECT c.article_id, c.source, c.raw_text, c.content_type, c.input_path, c.clean_text,
       coalesce(f.removed, []) AS removed
FROM chosen AS c
LEFT JOIN first_removed AS f USING (article_id);
