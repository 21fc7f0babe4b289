-- Which articles are current? When a file changes, its new content is a new article;
-- the latest version per URL (or per input path, when there is no URL) is the current one.
-- report_date is the published date, or the day the article was first seen when none was given.
CREATE OR REPLACE VIEW current_articles AS
WITH ranked AS (
    SELECT
        a.*,
        row_number() OVER (
            PARTITION BY coalesce(a.url, a.input_path)
            ORDER BY a.first_seen_at DESC, a.article_id
        ) AS version_rank
    FROM articles AS a
)
SELECT
    * EXCLUDE (version_rank),
    coalesce(published_date, CAST(first_seen_at AS DATE)) AS report_date
FROM ranked
WHERE version_rank = 1;
