"""Hypothesis: whatever a batch holds, the warehouse gives back exactly what was written."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tasks import warehouse

# DuckDB strings are UTF-8 without NUL; surrogates cannot be encoded at all.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200)
optional_texts = st.none() | texts
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
timestamps = st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2200, 1, 1))

article_rows = st.builds(
    dict,
    article_id=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64),
    source=texts,
    url=optional_texts,
    title=optional_texts,
    author=optional_texts,
    published_date=dates,
    input_path=texts,
    content_type=st.sampled_from(["text", "html"]),
    raw_text=texts,
    clean_text=texts,
    word_count=st.integers(min_value=0, max_value=2**31 - 1),
    first_seen_run=texts,
    first_seen_at=timestamps,
    language=st.none() | st.sampled_from(["en", "fr", "unknown"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(article_rows, min_size=1, max_size=5, unique_by=lambda row: row["article_id"]))
def test_articles_round_trip(tmp_path_factory, rows):
    con = warehouse.connect(tmp_path_factory.mktemp("prop") / "w.duckdb")
    try:
        warehouse.load_batch(con, {"articles": rows})
        columns = list(rows[0])
        result = con.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY article_id").fetchall()
    finally:
        con.close()
    expected = [tuple(row[c] for c in columns) for row in sorted(rows, key=lambda r: r["article_id"])]
    assert result == expected


segments = st.builds(
    dict,
    position=st.integers(min_value=0, max_value=10_000),
    category=st.sampled_from(["advertisement", "navigation", "source_repeated"]),
    text=texts,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(found=st.lists(segments, max_size=8, unique_by=lambda s: s["position"]),
       hashes=st.sets(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=8))
def test_removed_segments_and_line_hashes_round_trip(tmp_path_factory, found, hashes):
    con = warehouse.connect(tmp_path_factory.mktemp("prop") / "w.duckdb")
    try:
        warehouse.load_batch(con, {
            "removed_segments": [{"article_id": "a", **seg} for seg in found],
            "article_lines": [{"article_id": "a", "line_hash": h} for h in hashes],
        })
        stored = con.execute("SELECT position, category, text FROM removed_segments ORDER BY position").fetchall()
        stored_hashes = {row[0] for row in con.execute("SELECT line_hash FROM article_lines").fetchall()}
    finally:
        con.close()
    assert stored == [(s["position"], s["category"], s["text"]) for s in sorted(found, key=lambda s: s["position"])]
    assert stored_hashes == hashes
