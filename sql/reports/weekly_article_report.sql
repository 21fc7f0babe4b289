-- One row per current article dated in the ISO week starting $week_start, best quality first,
-- with its scores and the top reasons behind them.
SELECT
    strftime(week_start, '%G-W%V')          AS week,
    source,
    title,
    report_date                             AS published,
    round(quality_score, 2)                 AS quality_score,
    round(specificity, 2)                   AS specificity,
    round(sourcing_density, 3)              AS sourcing_density,
    round(flesch_reading_ease, 2)           AS flesch_reading_ease,
    round(flesch_kincaid_grade, 2)          AS grade_level,
    direct_quotes,
    named_sources,
    anonymous_sources,
    vague_sources,
    outlet_sources,
    distinct_sources,
    word_count,
    removed_words                           AS boilerplate_words_removed,
    reasons,
    url,
    input_path,
    article_id
FROM article_explain
WHERE week_start = $week_start
ORDER BY quality_score DESC, source, title;
