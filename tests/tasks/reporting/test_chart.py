"""The weekly quality chart: what is drawn (chart_data, artists) and the PNG file written."""
from __future__ import annotations

import struct
import sys

import pytest

from tests.support import REPO_ROOT
from tasks.reporting.chart import build_quality_figure, chart_data, render_quality_chart, shorten

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
WEEK = "2026-W47"


def row(source, score, previous, articles=3):
    return {"source": source, "quality_score": score, "previous_quality_score": previous, "articles": articles}


FIVE = [
    row("Port Alder Courier", 72.4, 68.1, 3),
    row("Harbor Ledger", 81.0, 84.5, 12),
    row("Brand New Daily", 64.0, None, 2),
    row("Perfect Press", 100.0, 97.0, 1),
    row("The Very Long Named Regional Evening Gazette and Advertiser of the North", 55.25, 60.0, 7),
]


def many(n):
    return [row(f"Source {i}", (i * 37) % 100, None if i % 7 == 0 else (i * 53) % 100, i) for i in range(n)]


def png_size(path):
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize(
    "rows, expected_order",
    [
        (FIVE, ["Perfect Press", "Harbor Ledger", "Port Alder Courier", "Brand New Daily", FIVE[4]["source"]]),
        ([row("b", 50, 1), row("a", 50, 2), row("c", 90, None)], ["c", "a", "b"]),  # ties by name
        ([row("nan", float("nan"), None), row("x", 10, None)], ["x", "nan"]),  # no score sorts last
        ([], []),
    ],
)
def test_chart_data_is_best_first(rows, expected_order):
    assert [bar.source for bar in chart_data(rows)] == expected_order


@pytest.mark.parametrize(
    "previous, is_new, previous_label, value_label",
    [
        (None, True, "new", "64.0"),
        (float("nan"), True, "new", "64.0"),
        (60.0, False, "60.0", "64.0  (+4.0)"),
        (70.0, False, "70.0", "64.0  (-6.0)"),
        (0.0, False, "0.0", "64.0  (+64.0)"),  # a real zero last week is not "new"
    ],
)
def test_new_source_has_no_previous_value(previous, is_new, previous_label, value_label):
    (bar,) = chart_data([row("S", 64.0, previous)])
    assert bar.is_new is is_new
    assert (bar.previous is None) is is_new
    assert bar.previous_label == previous_label
    assert bar.value_label == value_label


@pytest.mark.parametrize(
    "name, articles, label",
    [
        ("Port Alder Courier", 3, "Port Alder Courier (3)"),
        ("A" * 40, 1, "A" * 29 + "… (1)"),
        ("  spaced\n  out  ", 0, "spaced out (0)"),
    ],
)
def test_labels_carry_article_counts_and_long_names_are_cut(name, articles, label):
    (bar,) = chart_data([row(name, 50, 50, articles)])
    assert bar.label == label
    assert len(shorten(name)) <= 30


def _gids(fig):
    ax = fig.axes[0]
    return {p.get_gid(): p for p in ax.patches if p.get_gid()}, {t.get_gid(): t for t in ax.texts if t.get_gid()}


def test_figure_draws_previous_bars_only_for_returning_sources():
    patches, texts = _gids(build_quality_figure(FIVE, WEEK))
    this_week = {g.split(":", 1)[1] for g in patches if g.startswith("this-week:")}
    previous = {g.split(":", 1)[1] for g in patches if g.startswith("previous-week:")}
    assert this_week == {r["source"] for r in FIVE}
    assert previous == this_week - {"Brand New Daily"}
    assert texts["new:Brand New Daily"].get_text() == "new"
    assert "previous-value:Brand New Daily" not in texts
    assert patches["previous-week:Harbor Ledger"].get_width() == pytest.approx(84.5)
    assert patches["this-week:Harbor Ledger"].get_width() == pytest.approx(81.0)
    assert texts["value:Harbor Ledger"].get_text() == "81.0  (-3.5)"


def test_figure_is_labelled_best_on_top():
    ax = build_quality_figure(FIVE, WEEK).axes[0]
    assert ax.get_xlabel() == "Mean quality score (0-100)"
    assert WEEK in ax.get_title(loc="left")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Perfect Press (1)"
    assert labels[-1] == "The Very Long Named Regional… (7)"
    bottom, top = ax.get_ylim()
    assert top < bottom  # inverted: index 0 (the best) is drawn at the top
    assert [t.get_text() for t in ax.get_legend().get_texts()][0] == "this week"


def test_out_of_range_scores_are_clamped_in_the_bar_not_the_label():
    patches, texts = _gids(build_quality_figure([row("S", 130.0, -5.0)], WEEK))
    assert patches["this-week:S"].get_width() == 100.0
    assert patches["previous-week:S"].get_width() == 0.0
    assert texts["value:S"].get_text().startswith("130.0")


@pytest.mark.parametrize("n", [1, 5, 30])
def test_png_is_valid_and_grows_with_sources(tmp_path, n):
    out = render_quality_chart(many(n), WEEK, tmp_path / "charts" / "q.png")
    assert out == tmp_path / "charts" / "q.png"
    width, height = png_size(out)
    smaller_w, smaller_h = png_size(render_quality_chart(many(max(n - 1, 0)), WEEK, tmp_path / "smaller.png"))
    assert width == smaller_w or n == 1  # the 0-row image is a different, small figure
    assert height > smaller_h
    assert sorted(p.name for p in out.parent.iterdir()) == ["q.png"]  # no temp file left


def test_zero_rows_render_a_small_notice(tmp_path):
    fig = build_quality_figure([], WEEK)
    assert [t.get_text() for t in fig.texts] == [f"No articles in {WEEK}"]
    width, height = png_size(render_quality_chart([], WEEK, tmp_path / "empty.png"))
    assert width <= 800 and height <= 250


def test_bad_week_still_renders(tmp_path):
    assert "not-a-week" in build_quality_figure(FIVE, "not-a-week").axes[0].get_title(loc="left")


def test_rewrite_replaces_atomically(tmp_path):
    target = tmp_path / "q.png"
    render_quality_chart(many(30), WEEK, target)
    big = target.stat().st_size
    render_quality_chart(many(1), WEEK, target)
    assert target.stat().st_size < big
    assert [p.name for p in tmp_path.iterdir()] == ["q.png"]


def test_same_input_gives_same_bytes(tmp_path):
    a = render_quality_chart(FIVE, WEEK, tmp_path / "a.png").read_bytes()
    b = render_quality_chart(FIVE, WEEK, tmp_path / "b.png").read_bytes()
    assert a == b


def test_many_calls_leave_no_figures_behind(tmp_path):
    import gc

    from matplotlib import pyplot  # only to check the global registry stays empty
    from matplotlib.figure import Figure

    def live_figures():
        gc.collect()
        return sum(isinstance(o, Figure) for o in gc.get_objects())

    before = live_figures()
    for n in (0, 3, 10, 3, 0, 10):
        render_quality_chart(many(n), WEEK, tmp_path / "q.png")
    assert live_figures() == before
    assert pyplot.get_fignums() == []


def test_chart_module_is_pure_and_does_not_select_a_backend():
    import subprocess

    code = (
        "import sys, tasks.reporting; "
        "print(','.join(m for m in ('prefect', 'duckdb', 'matplotlib.pyplot') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
