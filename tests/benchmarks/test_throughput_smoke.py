"""The throughput benchmark still runs end to end and reports every number (not a timed test)."""
from __future__ import annotations

import math

import pytest

from tests.support import REPO_ROOT

pytestmark = pytest.mark.usefixtures("prefect_harness")
HTML = REPO_ROOT.parent / "shared" / "bench" / "extraction" / "scrapinghub" / "html"


def positive(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def test_the_benchmark_measures_a_small_corpus(tmp_path):
    from benchmarks import throughput

    n_html = 10 if HTML.is_dir() else 0
    lines: list[str] = []
    out = throughput.measure(40, n_html, workers=2, workdir=tmp_path / "bench", log=lines.append)

    text = out["text"]
    assert (text["inputs"], text["articles_new"], text["rejected"], text["failed_batches"]) == (40, 40, 0, 0)
    assert out["rerun"]["articles_unchanged"] == 40
    for value in (text["per_s"], text["wall_s"], text["stages"]["clean"], text["stages"]["score"],
                  text["stages"]["load"],
                  out["rerun"]["wall_s"], out["rerun"]["ratio"], out["bare_text"]["per_s"], out["bare_text"]["cpu_s"],
                  out["rss"]["flow_mb"], out["rss"]["worker_max_mb"], out["maxrss_self_mb"]):
        assert positive(value), value
    assert 0 < 1 - text["outside_share"] <= 1  # a share of the wall time, finite
    steps = out["costs"]["ms_per_article"]
    assert out["costs"]["articles"] == 40 and 0 < out["costs"]["recleaned_share"] < 1
    for step in ("clean: line classifier", "re-clean after learning", "score: analyse and its rows"):
        assert positive(steps[step]), step
    if n_html:
        assert out["html"]["inputs"] == n_html
        for value in (out["html"]["per_s"], out["trafilatura"]["per_s"], out["html"]["vs_trafilatura"]):
            assert positive(value), value
    # What the script prints: the stage times, the outside share's definition, and the table.
    printed = "\n".join(lines)
    assert "articles/s" in printed and "outside share" in printed and "re-run" in printed
    assert "CPU ms per article by step" in printed
    rendered = throughput.table([out]).splitlines()
    assert len(rendered) == 3 and rendered[2].split("|")[1].strip() == "40"


def test_the_corpus_is_deterministic_and_distinct(tmp_path):
    from benchmarks.throughput import build_text_corpus
    from tasks.inputs import iter_inputs

    build_text_corpus(tmp_path / "a", 30)
    build_text_corpus(tmp_path / "b", 30)
    first = [a.article_id for a in iter_inputs(tmp_path / "a")]
    assert first == [a.article_id for a in iter_inputs(tmp_path / "b")]
    assert len(set(first)) == 30
    words = [len(a.raw_text.split()) for a in iter_inputs(tmp_path / "a")]
    assert 700 <= sum(words) / len(words) <= 1100
