-- One row per source for the ISO week starting $week_start (a Monday): means and medians of the
-- main scores, their change since the previous week (NULL when the source had no articles
-- then: no change to show, rather than a misleading zero), and the source's rank by quality.
WITH per_source_week AS (
    SELECT
        week_start,
        source,
        count(*)                            AS articles,
        avg(quality_score)                  AS quality_score_mean,
        median(quality_score)               AS quality_score_median,
        avg(specificity)                    AS specificity_mean,
        median(specificity)                 AS specificity_median,
        avg(sourcing_density)               AS sourcing_density_mean,
        median(sourcing_density)            AS sourcing_density_median,
        avg(flesch_reading_ease)            AS flesch_reading_ease_mean,
        median(flesch_reading_ease)         AS flesch_reading_ease_median,
        avg(flesch_kincaid_grade)           AS grade_level_mean,
        median(flesch_kincaid_grade)        AS grade_level_median,
        -- Pooled over the week's attributions, so a one-quote article does not weigh like a 30-quote one.
        sum(anonymous_sources + vague_sources) / nullif(sum(attributions), 0) AS anonymous_or_vague_share,
        avg(removed_words)                  AS boilerplate_words_per_article,
        avg(gunning_fog)                    AS gunning_fog_mean,
        avg(smog_index)                     AS smog_index_mean,
        avg(dale_chall)                     AS dale_chall_mean
    FROM article_explain
    WHERE week_start IN ($week_start, $week_start - INTERVAL 7 DAY)
    GROUP BY week_start, source
),
ranked AS (
    SELECT
        *,
        rank() OVER (PARTITION BY week_start ORDER BY quality_score_mean DESC) AS quality_rank
    FROM per_source_week
),
this_week AS (SELECT * FROM ranked WHERE week_start = $week_start),
last_week AS (SELECT * FROM ranked WHERE week_start = $week_start - INTERVAL 7 DAY)
SELECT
    strftime(t.week_start, '%G-W%V')                                        AS week,
    t.source,
    t.articles,
    t.quality_rank                                                          AS rank,
    l.quality_rank - t.quality_rank                                         AS rank_change,
    round(t.quality_score_mean, 2)                                          AS quality_score_mean,
    round(t.quality_score_median, 2)                                        AS quality_score_median,
    round(t.quality_score_mean - l.quality_score_mean, 2)                   AS quality_score_change,
    round(t.specificity_mean, 2)                                            AS specificity_mean,
    round(t.specificity_median, 2)                                          AS specificity_median,
    round(t.specificity_mean - l.specificity_mean, 2)                       AS specificity_change,
    round(t.sourcing_density_mean, 3)                                       AS sourcing_density_mean,
    round(t.sourcing_density_median, 3)                                     AS sourcing_density_median,
    round(t.sourcing_density_mean - l.sourcing_density_mean, 3)             AS sourcing_density_change,
    round(t.flesch_reading_ease_mean, 2)                                    AS flesch_reading_ease_mean,
    round(t.flesch_reading_ease_median, 2)                                  AS flesch_reading_ease_median,
    round(t.flesch_reading_ease_mean - l.flesch_reading_ease_mean, 2)       AS flesch_reading_ease_change,
    round(t.grade_level_mean, 2)                                            AS grade_level_mean,
    round(t.grade_level_median, 2)                                          AS grade_level_median,
    round(t.grade_level_mean - l.grade_level_mean, 2)                       AS grade_level_change,
    round(t.anonymous_or_vague_share, 3)                                    AS anonymous_or_vague_share,
    round(t.boilerplate_words_per_article, 1)                               AS boilerplate_words_per_article,
    round(t.gunning_fog_mean, 2)                                            AS gunning_fog_mean,
    round(t.smog_index_mean, 2)                                             AS smog_index_mean,
    round(t.dale_chall_mean, 2)                                             AS dale_chall_mean
FROM this_week AS t
LEFT JOIN last_week AS l USING (source)
ORDER BY rank, t.source;
