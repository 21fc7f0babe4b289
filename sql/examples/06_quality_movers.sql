-- Question: which sources' quality rose or fell most against their previous week?
SELECT iso_week, source, round(quality_score, 1) AS quality, round(quality_score_change, 1) AS change
FROM score_trends
WHERE quality_score_change IS NOT NULL AND follows_previous_week
ORDER BY abs(quality_score_change) DESC
LIMIT 10;
