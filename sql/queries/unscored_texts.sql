-- The cleaned texts of up to $limit stored articles with no scores from the current scorer, except
-- those in $skip (their batch failed this run), streamed to the scoring batches. The flow asks
-- again until none are left, so no query stays open while the scores are loaded.
SELECT a.article_id, a.clean_text, a.input_path
FROM articles AS a
ANTI JOIN article_scores AS s
    ON s.article_id = a.article_id AND s.scorer_version = $scorer_version
WHERE a.article_id NOT IN (SELECT unnest($skip::VARCHAR[]))
LIMIT $limit;
