-- What are each article's scores under the newest scorer that scored it?
CREATE OR REPLACE VIEW latest_article_scores AS
SELECT *
FROM article_scores
QUALIFY row_number() OVER (
    PARTITION BY article_id ORDER BY scored_at DESC, scorer_version DESC
) = 1;
