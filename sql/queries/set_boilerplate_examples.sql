-- Fill in a readable example for learned lines that have none (batch_boilerplate_examples).
UPDATE source_boilerplate_lines AS k
SET example = e.text
FROM (SELECT source, line_hash, any_value(text) AS text FROM batch_boilerplate_examples GROUP BY ALL) AS e
WHERE k.source = e.source AND k.line_hash = e.line_hash AND k.example IS NULL;
