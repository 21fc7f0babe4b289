-- One row per source for the ISO week starting $week_start (a Monday), with the change
-- in mean quality since the previous week (NULL when the source had no articles then).
WITH this_week AS (
    SELECT * FROM weekly_source_quality WHERE week_start = $week_start
),
last_week AS (
    SELECT source, quality_score
    FROM weekly_source_quality
    WHERE week_start = $week_start - INTERVAL 7 DAY
)
SELECT
    t.iso_week                              AS week,
    t.source,
    t.articles,
    round(t.specificity, 2)                 AS specificity,
    round(t.sourcing_density, 3)            AS sourcing_density,
    round(t.direct_quotes, 2)               AS direct_quotes,
    round(t.named_sources, 2)               AS named_sources,
    round(t.anonymous_sources, 2)           AS anonymous_sources,
    round(t.flesch_reading_ease, 2)         AS flesch_reading_ease,
    round(t.flesch_kincaid_grade, 2)        AS flesch_kincaid_grade,
    round(t.gunning_fog, 2)                 AS gunning_fog,
    round(t.smog_index, 2)                  AS smog_index,
    round(t.dale_chall, 2)                  AS dale_chall,
    round(t.quality_score, 2)               AS quality_score,
    round(t.quality_score - l.quality_score, 2) AS quality_score_change
FROM this_week AS t
LEFT JOIN last_week AS l USING (source)
ORDER BY t.quality_score DESC, t.source;
