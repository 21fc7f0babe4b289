"""The weekly quality chart: mean quality score by source, with last week beside it.

`chart_data(rows)` is the pure part (what will be drawn, in order); `build_quality_figure` draws it
with matplotlib's object API on the Agg canvas (no pyplot, so no global figure registry and no
display); `render_quality_chart` writes the PNG atomically.
"""
from __future__ import annotations

import math
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from tasks.report_files import week_start_of

DPI = 120
FIG_WIDTH_IN = 9.0
ROW_HEIGHT_IN = 0.42  # per source; the figure grows with the number of sources
BASE_HEIGHT_IN = 1.7  # title, legend and x axis
MIN_HEIGHT_IN = 2.6  # so the y-axis label fits beside a single source
MAX_NAME_CHARS = 30  # longer source names are cut with an ellipsis
SCORE_MAX = 100.0
FILE_MODE = 0o644  # tempfile creates 0600; the report is meant to be read by others
X_LIMIT = 112.0  # room right of a full bar for its value label

THIS_WEEK_COLOR = "#2b6cb0"
PREVIOUS_WEEK_COLOR = "#a9b8c9"
MUTED_TEXT_COLOR = "#5a6472"
FONT_RC = {"font.family": "sans-serif", "font.sans-serif": ["DejaVu Sans"], "svg.fonttype": "none"}

# Geometry of one source's slot (y grows downwards: the axis is inverted so the best is on top).
THIS_BAR_OFFSET, THIS_BAR_HEIGHT = -0.10, 0.50
PREV_BAR_OFFSET, PREV_BAR_HEIGHT = 0.27, 0.18


@dataclass(frozen=True)
class ChartBar:
    """One source as drawn: the tick label, this week's bar and last week's bar (or 'new')."""

    source: str
    label: str  # tick label: possibly truncated name + article count
    articles: int
    value: float | None  # this week's mean score; None if not a finite number (no bar drawn)
    previous: float | None  # last week's mean score; None when the source is new this week
    is_new: bool

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def value_label(self) -> str:
        if self.value is None:
            return "–"
        text = f"{self.value:.1f}"
        if self.change is not None:
            text += f"  ({self.change:+.1f})"
        return text

    @property
    def previous_label(self) -> str:
        return "new" if self.is_new else f"{self.previous:.1f}"


def _finite(value) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def shorten(name: str, limit: int = MAX_NAME_CHARS) -> str:
    """Collapse whitespace and cut `name` to at most `limit` characters, ending with an ellipsis."""
    name = " ".join(str(name).split())
    if len(name) <= limit:
        return name
    return name[: limit - 1].rstrip() + "…"


def chart_data(rows: list[dict]) -> list[ChartBar]:
    """What the chart will draw, top to bottom: best score first (ties by source name)."""
    bars = []
    for row in rows:
        source = str(row["source"])
        articles = int(row.get("articles") or 0)
        previous = _finite(row.get("previous_quality_score"))
        bars.append(
            ChartBar(
                source=source,
                label=f"{shorten(source)} ({articles})",
                articles=articles,
                value=_finite(row.get("quality_score")),
                previous=previous,
                is_new=previous is None,
            )
        )
    bars.sort(key=lambda b: (b.value is None, -(b.value or 0.0), b.source.casefold(), b.source))
    return bars


def _clamp(value: float) -> float:
    return min(max(value, 0.0), SCORE_MAX)


def _week_title(week: str) -> str:
    try:
        monday = week_start_of(week)
    except ValueError:
        return f"Source quality, week {week}"
    import datetime as dt

    sunday = monday + dt.timedelta(days=6)
    span = f"{monday:%d %b} – {sunday:%d %b %Y}" if monday.year == sunday.year else f"{monday:%d %b %Y} – {sunday:%d %b %Y}"
    return f"Source quality, week {week}  ({span})"


def _empty_figure(week: str) -> Figure:
    fig = Figure(figsize=(6.0, 1.6), dpi=DPI)
    fig.text(0.5, 0.5, f"No articles in {week}", ha="center", va="center", fontsize=14, color=MUTED_TEXT_COLOR)
    return fig


def build_quality_figure(rows: list[dict], week: str) -> Figure:
    """Draw the chart on a new Figure (not registered with pyplot; it is freed with its last reference).

    Bars carry gids ("this-week:<source>", "previous-week:<source>") and the "new" markers a gid
    "new:<source>", so a test can check what was drawn.
    """
    bars = chart_data(rows)
    if not bars:
        return _empty_figure(week)

    height = max(MIN_HEIGHT_IN, BASE_HEIGHT_IN + ROW_HEIGHT_IN * len(bars))
    fig = Figure(figsize=(FIG_WIDTH_IN, height), dpi=DPI, layout="constrained")
    ax = fig.add_subplot()
    for y, bar in enumerate(bars):
        if bar.value is not None:
            ax.barh(y + THIS_BAR_OFFSET, _clamp(bar.value), height=THIS_BAR_HEIGHT, color=THIS_WEEK_COLOR, gid=f"this-week:{bar.source}")
        ax.text(
            (_clamp(bar.value) if bar.value is not None else 0.0) + 1.0, y + THIS_BAR_OFFSET, bar.value_label,
            va="center", ha="left", fontsize=9, color="#1a202c", gid=f"value:{bar.source}",
        )
        if bar.is_new:
            ax.text(
                1.0, y + PREV_BAR_OFFSET, bar.previous_label, va="center", ha="left", fontsize=8.5,
                style="italic", color=MUTED_TEXT_COLOR, gid=f"new:{bar.source}",
            )
        else:
            ax.barh(y + PREV_BAR_OFFSET, _clamp(bar.previous), height=PREV_BAR_HEIGHT, color=PREVIOUS_WEEK_COLOR, gid=f"previous-week:{bar.source}")
            ax.text(
                _clamp(bar.previous) + 1.0, y + PREV_BAR_OFFSET, bar.previous_label,
                va="center", ha="left", fontsize=7.5, color=MUTED_TEXT_COLOR, gid=f"previous-value:{bar.source}",
            )

    ax.set_yticks(range(len(bars)), [bar.label for bar in bars], fontsize=9)
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(bars) - 0.5, -0.6)  # inverted: best on top
    ax.set_xlim(0, X_LIMIT)
    ax.set_xticks(range(0, 101, 20))
    ax.set_xlabel("Mean quality score (0-100)")
    ax.set_ylabel("Source (articles)")
    ax.grid(axis="x", color="#e2e8f0", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(_week_title(week), loc="left", fontsize=12, fontweight="bold", pad=28)
    ax.legend(
        handles=[
            Patch(color=THIS_WEEK_COLOR, label="this week"),
            Patch(color=PREVIOUS_WEEK_COLOR, label="previous week ('new': none last week)"),
        ],
        loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2, frameon=False, fontsize=9, borderaxespad=0.2,
    )
    return fig


def render_quality_chart(rows: list[dict], week: str, path: Path) -> Path:
    """Write the chart for `week` as a PNG at `path` (temporary file, then os.replace). Returns `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with rc_context(FONT_RC):
        fig = build_quality_figure(rows, week)
        FigureCanvasAgg(fig)
        handle = tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
        try:
            with handle:
                fig.savefig(handle, format="png", dpi=DPI, facecolor="white", metadata={"Software": None})
            os.chmod(handle.name, FILE_MODE)
            os.replace(handle.name, path)
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
        finally:
            fig.clear()
    return path
