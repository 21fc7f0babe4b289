-- How does each source score all-time, and over the last four weeks with data?
CREATE OR REPLACE VIEW source_scorecard AS
WITH scored AS (
    SELECT * FROM article_explain
),
latest AS (
    SELECT max(week_start) AS last_week FROM scored
),
recent AS (
    SELECT s.*
    FROM scored AS s, latest
    WHERE s.week_start > latest.last_week - INTERVAL 28 DAY
)
SELECT
    all_time.source,
    all_time.articles                     AS articles_all_time,
    round(all_time.quality_score, 2)      AS quality_all_time,
    round(all_time.specificity, 2)        AS specificity_all_time,
    round(all_time.sourcing_density, 3)   AS sourcing_density_all_time,
    coalesce(recent_stats.articles, 0)    AS articles_last_4_weeks,
    round(recent_stats.quality_score, 2)  AS quality_last_4_weeks,
    round(recent_stats.specificity, 2)    AS specificity_last_4_weeks,
    round(recent_stats.sourcing_density, 3) AS sourcing_density_last_4_weeks,
    round(all_time.anonymous_or_vague_share, 3) AS anonymous_or_vague_share_all_time
FROM (
    SELECT source, count(*) AS articles, avg(quality_score) AS quality_score, avg(specificity) AS specificity,
           avg(sourcing_density) AS sourcing_density, avg(anonymous_or_vague_share) AS anonymous_or_vague_share
    FROM scored GROUP BY source
) AS all_time
LEFT JOIN (
    SELECT source, count(*) AS articles, avg(quality_score) AS quality_score, avg(specificity) AS specificity,
           avg(sourcing_density) AS sourcing_density
    FROM recent GROUP BY source
) AS recent_stats USING (source);
