-- How is each source's reporting moving, week by week? One row per source and ISO week,
-- with the week-on-week change of the mean quality score (NULL in a source's first week).
CREATE OR REPLACE VIEW score_trends AS
SELECT
    week_start,
    iso_week,
    source,
    articles,
    specificity,
    sourcing_density,
    flesch_reading_ease,
    quality_score,
    quality_score - lag(quality_score) OVER w AS quality_score_change,
    -- Only a change against the calendar week just before counts; a gap restarts the series.
    lag(week_start) OVER w = week_start - INTERVAL 7 DAY AS follows_previous_week
FROM weekly_source_quality
WINDOW w AS (PARTITION BY source ORDER BY week_start);
