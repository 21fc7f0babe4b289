-- Stored articles with no scores from the current scorer (after a scorer_version bump).
SELECT a.article_id
FROM articles AS a
ANTI JOIN article_scores AS s
    ON s.article_id = a.article_id AND s.scorer_version = $scorer_version
ORDER BY a.article_id;
