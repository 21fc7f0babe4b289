-- What cleaning again needs of up to $limit current articles that still keep a line now learned as
-- their source's boilerplate, streamed to the re-cleaning batches (the flow asks again until none).
-- The digest of their clean text and their removed lines come too (as three parallel lists, which
-- travel to the workers more cheaply than structs): a plain-text article need not be classified again.
WITH affected AS (
    SELECT DISTINCT l.article_id
    FROM article_lines AS l
    JOIN current_articles AS a USING (article_id)
    JOIN source_boilerplate_lines AS k ON k.source = a.source AND k.line_hash = l.line_hash
),
chosen AS (
    SELECT a.article_id, a.source, a.raw_text, a.content_type, a.input_path, md5(a.clean_text) AS clean_text_md5
    FROM articles AS a
    SEMI JOIN affected USING (article_id)
    LIMIT $limit
),
first_removed AS (
    SELECT
        r.article_id,
        list(r.position ORDER BY r.position) AS positions,
        list(r.category ORDER BY r.position) AS categories,
        list(r.text ORDER BY r.position) AS texts
    FROM removed_segments AS r
    SEMI JOIN chosen USING (article_id)
    GROUP BY r.article_id
)
SELECT c.article_id, c.source, c.raw_text, c.content_type, c.input_path, c.clean_text_md5,
       coalesce(f.positions, []) AS positions, coalesce(f.categories, []) AS categories,
       coalesce(f.texts, []) AS texts
FROM chosen AS c
LEFT JOIN first_removed AS f USING (article_id);
