-- Staging tables for one run's re-cleaned articles: filled batch by batch, then applied to the
-- warehouse in one pass (apply_recleaned), so old rows are deleted with one scan per table
-- rather than one scan per batch.
CREATE OR REPLACE TEMP TABLE stage_recleaned (article_id VARCHAR, clean_text VARCHAR, word_count INTEGER);
CREATE OR REPLACE TEMP TABLE stage_removed_segments AS FROM removed_segments LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_article_lines AS FROM article_lines LIMIT 0;
CREATE OR REPLACE TEMP TABLE stage_boilerplate_examples (source VARCHAR, line_hash BIGINT, text VARCHAR);
