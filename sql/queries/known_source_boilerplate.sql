-- Every learned boilerplate line, by source, to remove it while cleaning.
SELECT source, line_hash FROM source_boilerplate_lines;
