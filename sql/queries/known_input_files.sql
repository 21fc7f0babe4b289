-- Input files read before whose article is stored, with what they held, for skipping unchanged files.
SELECT f.input_path, f.size_bytes, f.mtime_ns, f.article_id, f.warnings
FROM input_files AS f
SEMI JOIN articles AS a USING (article_id);
