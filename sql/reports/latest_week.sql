-- The Monday of the most recent ISO week that has any scored article (NULL when empty).
SELECT max(week_start) AS week_start FROM weekly_source_quality;
