import datetime as dt

import duckdb
import pytest

from tasks import warehouse

SEEN = dt.datetime(2026, 11, 20, 9, 0)


def article_row(article_id="a1", **overrides):
    row = {
        "article_id": article_id, "source": "Ledger", "url": f"https://ledger.example/{article_id}",
        "title": "T", "author": "Ann", "published_date": dt.date(2026, 11, 17), "input_path": f"{article_id}.txt",
        "content_type": "text", "raw_text": "raw", "clean_text": "clean", "word_count": 1,
        "first_seen_run": "r1", "first_seen_at": SEEN,
    }
    return {**row, **overrides}


def score_row(article_id="a1", version="1", quality=50.0, scored_at=SEEN):
    ints = ["word_count", "sentence_count", "attributions", "direct_quotes", "indirect", "according_to",
            "named_sources", "person_sources", "organisation_sources", "outlet_sources", "anonymous_sources",
            "vague_sources", "distinct_sources"]
    floats = ["specificity", "specific_sentence_share", "sourcing_density", "anonymous_or_vague_share",
              "secondhand_share", "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "dale_chall"]
    row = {k: 1 for k in ints} | {k: 0.5 for k in floats}
    return row | {"article_id": article_id, "scorer_version": version, "quality_score": quality, "scored_at": scored_at}


EXPECTED_TABLES = {
    "articles", "removed_segments", "article_scores", "sentence_scores", "attributions",
    "pipeline_runs", "rejected_inputs", "duplicate_inputs", "input_warnings", "schema_version",
}


def test_connect_creates_every_table_and_view(fresh_db):
    tables = {r[0] for r in fresh_db.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    views = {r[0] for r in fresh_db.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert EXPECTED_TABLES <= tables
    assert {"weekly_source_quality", "current_articles", "latest_article_scores"} <= views
    assert warehouse.schema_version(fresh_db) == max(v for v, _ in warehouse.schema_files())


def test_migrate_is_idempotent(tmp_path):
    path = tmp_path / "w.duckdb"
    warehouse.connect(path).close()
    con = warehouse.connect(path)
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(warehouse.schema_files())
    con.close()


def test_load_batch_round_trips_values(fresh_db):
    warehouse.load_batch(fresh_db, {"articles": [article_row()], "article_scores": [score_row()],
                                    "removed_segments": [{"article_id": "a1", "position": 3, "category": "advertisement", "text": "Advertisement"}]})
    stored = fresh_db.execute("SELECT source, published_date, first_seen_at FROM articles").fetchall()
    assert stored == [("Ledger", dt.date(2026, 11, 17), SEEN)]
    assert fresh_db.execute("SELECT category, text FROM removed_segments").fetchall() == [("advertisement", "Advertisement")]
    # Loading the same batch again adds nothing.
    warehouse.load_batch(fresh_db, {"articles": [article_row()], "article_scores": [score_row()]})
    assert fresh_db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert fresh_db.execute("SELECT count(*) FROM article_scores").fetchone()[0] == 1


def test_a_failing_batch_leaves_nothing_behind(fresh_db):
    with pytest.raises(Exception):
        warehouse.load_batch(fresh_db, {"articles": [article_row()], "article_scores": [{"article_id": "a1"}]})
    assert fresh_db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_metadata_refresh_updates_only_given_fields(fresh_db):
    warehouse.load_batch(fresh_db, {"articles": [article_row()]})
    warehouse.load_batch(fresh_db, {"metadata": [{"article_id": "a1", "input_path": "moved.txt", "source": "Harbor Ledger",
                                                  "url": None, "title": None, "author": None, "published_date": None}]})
    assert fresh_db.execute("SELECT source, input_path, author FROM articles").fetchone() == ("Harbor Ledger", "moved.txt", "Ann")


def test_weekly_view_uses_latest_version_and_latest_scores(fresh_db):
    later = SEEN + dt.timedelta(days=1)
    warehouse.load_batch(fresh_db, {
        "articles": [article_row("old", url="https://ledger.example/story"),
                     article_row("new", url="https://ledger.example/story", first_seen_at=later),
                     article_row("other", source="Pulse", published_date=None)],
        "article_scores": [score_row("old", quality=10.0), score_row("new", "1", 40.0),
                           score_row("new", "2", 60.0, scored_at=later), score_row("other", quality=30.0)],
    })
    rows = fresh_db.execute("SELECT iso_week, source, articles, quality_score FROM weekly_source_quality ORDER BY source").fetchall()
    # 'other' has no published date, so it falls in the week it was first seen (2026-11-20 -> W47).
    assert rows == [("2026-W47", "Ledger", 1, 60.0), ("2026-W47", "Pulse", 1, 30.0)]


def test_known_ids_and_rescore_candidates(fresh_db):
    warehouse.load_batch(fresh_db, {"articles": [article_row("a1"), article_row("a2")], "article_scores": [score_row("a1", "2")]})
    assert warehouse.known_article_ids(fresh_db) == {"a1", "a2"}
    assert warehouse.article_ids_needing_scores(fresh_db, "2") == ["a2"]
    assert list(warehouse.unscored_texts(fresh_db, "2", limit=10, batch_size=10)) == [[("a2", "clean", "a2.txt")]]
    assert list(warehouse.unscored_texts(fresh_db, "2", limit=10, batch_size=10, skip=["a2"])) == []


def test_read_only_connection_refuses_writes(tmp_path):
    path = tmp_path / "w.duckdb"
    warehouse.connect(path).close()
    con = warehouse.connect(path, read_only=True)
    with pytest.raises(warehouse.QueryError, match="read-only"):
        warehouse.query(con, "DELETE FROM articles")
    con.close()


def test_read_only_open_of_a_missing_warehouse_says_what_to_do(tmp_path):
    with pytest.raises(warehouse.WarehouseError, match="sourcescore run"):
        warehouse.connect(tmp_path / "none.duckdb", read_only=True)


def test_run_bookkeeping(fresh_db):
    warehouse.start_run(fresh_db, "r1", None, "1")
    warehouse.finish_run(fresh_db, "r1", "completed", {"inputs_seen": 3, "articles_new": 2, "rejected": 1})
    row = fresh_db.execute("SELECT status, inputs_seen, articles_new, articles_unchanged, rejected FROM pipeline_runs").fetchone()
    assert row == ("completed", 3, 2, 0, 1)


def test_the_duplicate_key_check_finds_child_rows_written_twice(tmp_path):
    from tests.support import duplicate_child_keys

    path = tmp_path / "w.duckdb"
    con = warehouse.connect(path)
    sentence = {"article_id": "a1", "scorer_version": "2", "position": 0, "sentence": "S.", "specificity": 0.5}
    warehouse.load_batch(con, {"articles": [article_row("a1")], "sentence_scores": [sentence]})
    con.close()
    assert duplicate_child_keys(path) == []
    con = warehouse.connect(path)
    warehouse.load_batch(con, {"sentence_scores": [sentence]})
    con.close()
    assert duplicate_child_keys(path) == [("sentence_scores", "a1", "2", 0, 2)]


def test_workers_arrow_tables_load_like_rows(fresh_db):
    from tasks.arrow_rows import rows_as_arrow

    tables = rows_as_arrow({"articles": [article_row("a1")], "rejected_inputs": [
        {"run_id": "r1", "input_path": "x.txt", "reason": "empty"}]}, warehouse.arrow_schemas(fresh_db))
    assert isinstance(tables["rejected_inputs"], list) and tables["articles"].num_rows == 1
    warehouse.load_batch(fresh_db, tables)
    assert fresh_db.execute("SELECT article_id, word_count FROM articles").fetchall() == [("a1", 1)]
    assert fresh_db.execute("SELECT reason FROM rejected_inputs").fetchall() == [("empty",)]


def test_grouped_writer_commits_once_its_transaction_is_old_enough(fresh_db):
    other = fresh_db.cursor()  # a second connection: sees committed rows only
    writer = warehouse.GroupedWriter(fresh_db, commit_seconds=3600)
    writer.load({"articles": [article_row("a1")]})
    writer.load({"articles": [article_row("a2")]})
    assert other.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    writer.commit()
    assert other.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    every_time = warehouse.GroupedWriter(fresh_db, commit_seconds=0)
    every_time.load({"articles": [article_row("a3")]})
    assert other.execute("SELECT count(*) FROM articles").fetchone() == (3,)


def test_grouped_writer_failure_drops_only_the_open_transaction(fresh_db):
    writer = warehouse.GroupedWriter(fresh_db, commit_seconds=3600)
    writer.load({"articles": [article_row("a1")]})
    writer.commit()
    writer.load({"articles": [article_row("a2")]})
    with pytest.raises(duckdb.Error):
        writer.load({"articles": [article_row("a3", content_type="pdf")]})  # breaks a CHECK
    writer.commit()  # nothing open any more
    writer.load({"articles": [article_row("a4")]})
    writer.commit()
    assert fresh_db.execute("SELECT article_id FROM articles ORDER BY 1").fetchall() == [("a1",), ("a4",)]


def test_spooled_tables_load_and_their_files_are_removed(fresh_db, tmp_path):
    from tasks.arrow_rows import SpooledTable, spool

    tmp_path = tmp_path / "spool"
    tmp_path.mkdir()
    tables = spool({"articles": [article_row("a1"), article_row("a2")], "rejected_inputs": [
        {"run_id": "r1", "input_path": "x.txt", "reason": "empty"}]}, warehouse.arrow_schemas(fresh_db), str(tmp_path))
    assert isinstance(tables["articles"], SpooledTable) and len(tables["articles"]) == 2
    assert list(tmp_path.iterdir())
    warehouse.load_batch(fresh_db, tables)
    assert fresh_db.execute("SELECT article_id FROM articles ORDER BY 1").fetchall() == [("a1",), ("a2",)]
    assert list(tmp_path.iterdir()) == []  # loaded, so the worker's file is gone


def _text_compressions(con) -> set[str]:
    rows = con.execute(
        "SELECT DISTINCT compression FROM pragma_storage_info('articles') WHERE column_name = 'raw_text'"
    ).fetchall()
    return {r[0] for r in rows}


def test_writer_keeps_article_texts_out_of_dict_fsst(tmp_path):
    # DICT_FSST checkpoints of long texts cost 20-40x ZSTD's; the writer's settings must turn it off.
    texts = [" ".join(f"w{i}x{j}" for j in range(300)) for i in range(3000)]
    rows = [article_row(f"a{i}", raw_text=t, clean_text=t) for i, t in enumerate(texts)]
    plain = duckdb.connect(str(tmp_path / "plain.duckdb"))
    warehouse.migrate(plain)
    warehouse.load_batch(plain, {"articles": rows})
    plain.execute("CHECKPOINT")
    assert "DICT_FSST" in _text_compressions(plain)  # what DuckDB picks for this data by default
    plain.close()
    con = warehouse.connect(tmp_path / "writer.duckdb")
    warehouse.load_batch(con, {"articles": rows})
    con.execute("CHECKPOINT")
    assert _text_compressions(con) and "DICT_FSST" not in _text_compressions(con)
    con.close()
