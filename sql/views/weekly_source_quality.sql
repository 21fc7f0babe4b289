-- How well did each source report, week by week (ISO weeks, starting Monday)?
CREATE OR REPLACE VIEW weekly_source_quality AS
WITH scored AS (
    SELECT
        CAST(date_trunc('week', a.report_date) AS DATE) AS week_start,
        a.source,
        s.*
    FROM current_articles AS a
    JOIN latest_article_scores AS s USING (article_id)
)
SELECT
    week_start,
    strftime(week_start, '%G-W%V') AS iso_week,
    source,
    count(*)                        AS articles,
    avg(specificity)                AS specificity,
    avg(sourcing_density)           AS sourcing_density,
    avg(direct_quotes)              AS direct_quotes,
    avg(named_sources)              AS named_sources,
    avg(anonymous_sources)          AS anonymous_sources,
    avg(flesch_reading_ease)        AS flesch_reading_ease,
    avg(flesch_kincaid_grade)       AS flesch_kincaid_grade,
    avg(gunning_fog)                AS gunning_fog,
    avg(smog_index)                 AS smog_index,
    avg(dale_chall)                 AS dale_chall,
    avg(quality_score)              AS quality_score
FROM scored
GROUP BY week_start, source;
