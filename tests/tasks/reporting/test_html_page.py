"""The self-contained HTML report page: escaping, embedding, no links out, every row present."""
from __future__ import annotations

import base64
import datetime as dt
import decimal
import re
from html.parser import HTMLParser

import pytest

from tasks.reporting.chart import render_quality_chart
from tasks.reporting.html_page import format_cell, render_report_page, write_text_atomic

WEEK = "2026-W47"
SUMMARY_COLUMNS = ["source", "articles", "mean_quality", "previous_quality"]
SUMMARY_ROWS = [("Harbor Ledger", 12, 81.0, 84.5), ("Brand New <b>Daily</b>", 2, 64.0, None)]
ARTICLE_COLUMNS = ["source", "title", "quality", "published"]
ARTICLE_ROWS = [
    ("Harbor Ledger", "<script>alert('x')</script>", 81.25, dt.date(2026, 11, 17)),
    ("Harbor Ledger", 'Quote "marks" & <img src=http://evil.example/x.png>', 70.0, dt.date(2026, 11, 18)),
    ("Brand New <b>Daily</b>", "Ordinary title", 64.0, None),
]
TINY_PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


class TableCounter(HTMLParser):
    """Counts body rows per table id and collects every src/href attribute."""

    def __init__(self):
        super().__init__()
        self.rows: dict[str, int] = {}
        self.refs: list[str] = []
        self.tags: list[str] = []
        self._table = None
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        self.refs += [v for k, v in attrs.items() if k in ("src", "href", "action", "srcset") and v]
        if tag == "table":
            self._table = attrs.get("id")
            self.rows[self._table] = 0
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows[self._table] += 1

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_body = False


def page(chart_png=TINY_PNG, notes=None, summary_rows=SUMMARY_ROWS, article_rows=ARTICLE_ROWS):
    return render_report_page(WEEK, SUMMARY_COLUMNS, summary_rows, ARTICLE_COLUMNS, article_rows, chart_png, notes)


def parse(text):
    parser = TableCounter()
    parser.feed(text)
    return parser


def test_untrusted_cells_are_escaped():
    text = page()
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert "<img src=http" not in text
    assert "<b>" not in text
    assert "Brand New &lt;b&gt;Daily&lt;/b&gt;" in text
    assert parse(text).tags.count("img") == 1  # only the chart


def test_chart_is_embedded_as_data_uri(tmp_path):
    png = render_quality_chart([{"source": "A", "quality_score": 50.0, "previous_quality_score": None, "articles": 1}], WEEK, tmp_path / "c.png").read_bytes()
    (src,) = parse(page(chart_png=png)).refs
    assert src.startswith("data:image/png;base64,")
    assert base64.b64decode(src.split(",", 1)[1]) == png


def test_no_chart_no_image():
    text = page(chart_png=None)
    assert parse(text).refs == []
    assert "No chart" in text


def test_non_png_chart_is_refused():
    with pytest.raises(ValueError, match="PNG"):
        page(chart_png=b"<svg onload=alert(1)>")


def test_no_external_references():
    text = page(notes=["see http://example.com <a href='https://x'>x</a>"])
    assert all(ref.startswith("data:") for ref in parse(text).refs)
    assert not re.search(r"<[^>]*\b(src|href|action)\s*=\s*[\"']?\s*(https?:)?//", text, re.I)
    assert "@import" not in text and "url(" not in text
    assert "Content-Security-Policy" in text


def test_every_row_is_present_and_head_is_complete():
    text = page(notes=["No articles this week", "Generated 2026-11-23 06:00 UTC"])
    assert parse(text).rows == {"source-table": 2, "article-table": 3}
    assert text.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in text
    assert f"<title>sourcescore weekly report {WEEK}</title>" in text
    assert f"<h1>sourcescore weekly report: {WEEK}</h1>" in text
    assert "<li>No articles this week</li>" in text
    for column in SUMMARY_COLUMNS + ARTICLE_COLUMNS:
        assert f">{column}</th>" in text
    assert "Ordinary title" in text and "2026-11-18" in text


def test_empty_tables_say_so():
    parsed = parse(page(summary_rows=[], article_rows=[], chart_png=None, notes=["No articles this week"]))
    assert parsed.rows == {"source-table": 1, "article-table": 1}  # one "no rows" line each


def test_ragged_row_is_refused():
    with pytest.raises(ValueError, match="row 1"):
        page(summary_rows=[("only", 1)])


@pytest.mark.parametrize(
    "value, text, css",
    [
        (None, "–", "none"),
        (81.0, "81.00", "num"),
        (81.256, "81.26", "num"),
        (float("nan"), "–", "none"),
        (12, "12", "num"),
        (12345, "12,345", "num"),
        (decimal.Decimal("3.14159"), "3.14", "num"),
        (True, "yes", ""),
        ("<i>", "&lt;i&gt;", ""),
        ('"q" & \'a\'', "&quot;q&quot; &amp; &#x27;a&#x27;", ""),
        (dt.date(2026, 11, 17), "2026-11-17", "date"),
        (dt.datetime(2026, 11, 17, 6, 30), "2026-11-17 06:30:00", "date"),
    ],
)
def test_format_cell(value, text, css):
    assert format_cell(value) == (text, css)


def test_numeric_columns_are_right_aligned():
    text = page()
    assert '<th scope="col" class="num">mean_quality</th>' in text
    assert '<th scope="col">source</th>' in text
    assert '<td class="num">81.25</td>' in text
    assert '<td class="none">–</td>' in text


def test_write_text_atomic(tmp_path):
    target = tmp_path / "reports" / "weekly.html"
    write_text_atomic(target, "first")
    write_text_atomic(target, "é – second\n")
    assert target.read_text(encoding="utf-8") == "é – second\n"
    assert [p.name for p in target.parent.iterdir()] == ["weekly.html"]
