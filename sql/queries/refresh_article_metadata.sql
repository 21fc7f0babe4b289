-- Unchanged content whose manifest or feed metadata was corrected: take the new values.
-- batch_metadata is an Arrow table registered by the warehouse module.
UPDATE articles AS a SET
    source = coalesce(m.source, a.source),
    url = coalesce(m.url, a.url),
    title = coalesce(m.title, a.title),
    author = coalesce(m.author, a.author),
    published_date = coalesce(m.published_date, a.published_date),
    input_path = m.input_path
FROM batch_metadata AS m
WHERE a.article_id = m.article_id
  AND (
      a.input_path IS DISTINCT FROM m.input_path
      OR (m.source IS NOT NULL AND a.source IS DISTINCT FROM m.source)
      OR (m.url IS NOT NULL AND a.url IS DISTINCT FROM m.url)
      OR (m.title IS NOT NULL AND a.title IS DISTINCT FROM m.title)
      OR (m.author IS NOT NULL AND a.author IS DISTINCT FROM m.author)
      OR (m.published_date IS NOT NULL AND a.published_date IS DISTINCT FROM m.published_date)
  );
