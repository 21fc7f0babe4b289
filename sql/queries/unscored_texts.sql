-- The cleaned texts of stored articles with no scores from the current scorer, streamed to the
-- scoring batches (no ORDER BY, so rows stream instead of being sorted in memory first).
SELECT a.article_id, a.clean_text, a.input_path
FROM articles AS a
ANTI JOIN article_scores AS s
    ON s.article_id = a.article_id AND s.scorer_version = $scorer_version;
