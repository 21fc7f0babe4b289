-- What are each current article's scores and counts, and which reasons in words explain them?
CREATE OR REPLACE VIEW article_explain AS
WITH boilerplate AS (
    SELECT article_id, count(*) AS removed_segments, sum(len(regexp_extract_all(text, '\w+'))) AS removed_words
    FROM removed_segments
    GROUP BY article_id
),
joined AS (
    SELECT
        a.article_id,
        a.source,
        a.title,
        a.url,
        a.input_path,
        a.report_date,
        CAST(date_trunc('week', a.report_date) AS DATE) AS week_start,
        s.*  EXCLUDE (article_id),
        coalesce(b.removed_segments, 0) AS removed_segments,
        coalesce(b.removed_words, 0)    AS removed_words
    FROM current_articles AS a
    JOIN latest_article_scores AS s USING (article_id)
    LEFT JOIN boilerplate AS b USING (article_id)
)
SELECT
    *,
    concat_ws(', ',
        named_sources || ' named source' || CASE WHEN named_sources = 1 THEN '' ELSE 's' END,
        direct_quotes || ' quote' || CASE WHEN direct_quotes = 1 THEN '' ELSE 's' END,
        CASE WHEN anonymous_sources + vague_sources > 0
             THEN (anonymous_sources + vague_sources) || ' anonymous or vague' END,
        CASE WHEN outlet_sources > 0 THEN outlet_sources || ' secondhand' END,
        CAST(round(100 * specific_sentence_share) AS INTEGER) || '% specific sentences'
    ) AS reasons
FROM joined;
