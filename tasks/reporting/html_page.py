"""The weekly report as one self-contained HTML page: inline CSS, the chart as a data: URI, no links out.

Every cell is escaped: titles and source names come from the articles and are untrusted. A
Content-Security-Policy meta tag also forbids scripts and any network load, as a second guard.
"""
from __future__ import annotations

import base64
import datetime as dt
import decimal
import html
import math
import numbers
import os
import tempfile
from pathlib import Path

FILE_MODE = 0o644  # tempfile creates 0600; the report is meant to be read by others
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
EMPTY_CELL = "–"
NUM_CLASS = ' class="num"'
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

STYLE = """
:root { color-scheme: light; --ink: #1a202c; --muted: #5a6472; --line: #d8dee6; --zebra: #f4f7fa; --head: #e9eef4; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1.25rem clamp(0.75rem, 3vw, 2rem); max-width: 1200px; color: var(--ink);
       font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; }
ul.notes { margin: 0 0 1rem; padding-left: 1.2rem; color: var(--muted); }
figure { margin: 1rem 0; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); }
figcaption, p.empty { color: var(--muted); font-size: 0.9rem; }
.table-wrap { max-width: 100%; max-height: 75vh; overflow: auto; border: 1px solid var(--line); border-radius: 4px; }
table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 0.9rem; }
caption { text-align: left; padding: 0.4rem 0.6rem; color: var(--muted); caption-side: top; }
th, td { padding: 0.35rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
td { overflow-wrap: break-word; }
td:not(.num):not(.date):not(.none) { min-width: 9rem; max-width: 28rem; }
thead th { position: sticky; top: 0; z-index: 1; background: var(--head); white-space: nowrap; }
tbody tr:nth-child(even) td { background: var(--zebra); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.none { color: var(--muted); text-align: center; }
td.date { white-space: nowrap; overflow-wrap: normal; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.8rem; }
@media print { .table-wrap { max-height: none; overflow: visible; } thead th { position: static; } }
"""


def _is_number(value) -> bool:
    return isinstance(value, (numbers.Real, decimal.Decimal)) and not isinstance(value, bool)


def format_cell(value) -> tuple[str, str]:
    """(escaped text, css class) for one cell: numbers formatted and right-aligned, None as a dash."""
    if value is None:
        return EMPTY_CELL, "none"
    if isinstance(value, bool):
        return ("yes" if value else "no"), ""
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}", "num"
    if _is_number(value):
        number = float(value)
        if not math.isfinite(number):
            return EMPTY_CELL, "none"
        return f"{number:,.2f}", "num"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return html.escape(value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()), "date"
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return html.escape(str(value), quote=True), ""


def _numeric_columns(columns: list[str], rows: list[tuple]) -> set[int]:
    """Columns whose non-empty cells are all numbers: their headers are right-aligned too."""
    numeric = set()
    for index in range(len(columns)):
        values = [row[index] for row in rows if row[index] is not None]
        if values and all(_is_number(v) for v in values):
            numeric.add(index)
    return numeric


def render_table(columns: list[str], rows: list[tuple], caption: str, table_id: str) -> str:
    for number, row in enumerate(rows, 1):
        if len(row) != len(columns):
            raise ValueError(f"{table_id}: row {number} has {len(row)} cells for {len(columns)} columns")
    numeric = _numeric_columns(columns, rows)
    head = "".join(
        f'<th scope="col"{NUM_CLASS if i in numeric else ""}>{html.escape(str(c))}</th>' for i, c in enumerate(columns)
    )
    body = []
    for row in rows:
        cells = []
        for value in row:
            text, css = format_cell(value)
            cells.append(f'<td class="{css}">{text}</td>' if css else f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        body.append(f'<tr><td class="none" colspan="{max(len(columns), 1)}">no rows</td></tr>')
    return (
        f'<div class="table-wrap"><table id="{html.escape(table_id)}">'
        f"<caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(body) + "\n</tbody></table></div>"
    )


def _chart_html(week: str, chart_png: bytes | None) -> str:
    if not chart_png:
        return '<p class="empty">No chart for this week.</p>'
    if not bytes(chart_png).startswith(PNG_MAGIC):
        raise ValueError("chart_png is not a PNG image")
    data = base64.b64encode(bytes(chart_png)).decode("ascii")
    alt = html.escape(f"Bar chart: mean quality score by source, {week}, with the previous week beside each bar")
    return f'<figure><img id="quality-chart" alt="{alt}" src="data:image/png;base64,{data}"></figure>'


def render_report_page(
    week: str,
    summary_columns: list[str],
    summary_rows: list[tuple],
    article_columns: list[str],
    article_rows: list[tuple],
    chart_png: bytes | None,
    notes: list[str] | None = None,
) -> str:
    """The weekly report as a self-contained HTML5 page (a str; write it with `write_text_atomic`)."""
    week_html = html.escape(str(week))
    notes_html = ""
    if notes:
        notes_html = '<ul class="notes">' + "".join(f"<li>{html.escape(str(n))}</li>" for n in notes) + "</ul>"
    n_sources, n_articles = len(summary_rows), len(article_rows)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>sourcescore weekly report {week_html}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>sourcescore weekly report: {week_html}</h1>",
        notes_html,
        _chart_html(str(week), chart_png),
        '<h2 id="sources">Per source</h2>',
        render_table(summary_columns, summary_rows, f"{n_sources} source(s) in {week}", "source-table"),
        '<h2 id="articles">Per article</h2>',
        render_table(article_columns, article_rows, f"{n_articles} article(s) in {week}", "article-table"),
        "<footer>Generated by sourcescore. Scores describe how an article is reported, not whether it is true.</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(p for p in parts if p)


def write_text_atomic(path: Path, text: str) -> Path:
    """Write `text` (UTF-8) to a temporary file beside `path`, then rename it over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text)
        os.chmod(handle.name, FILE_MODE)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return path
