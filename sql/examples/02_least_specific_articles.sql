-- Question: which ten articles are the least specific, and why?
SELECT source, title, round(specificity, 1) AS specificity, reasons
FROM article_explain
ORDER BY specificity
LIMIT 10;
