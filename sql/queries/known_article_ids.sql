-- Every article the warehouse holds, to skip unchanged inputs.
SELECT article_id FROM articles;
