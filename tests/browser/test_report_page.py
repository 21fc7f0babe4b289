"""The report page in a real headless Chromium: it lays out, the chart shows, the tables parse.

Needs Debian's `chromium` (/usr/bin/chromium). Without it the test is skipped on a developer
machine, but fails under CI (CI=true), where .ci/run installs it.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tasks.reporting import render_quality_chart, render_report_page, write_text_atomic
from tasks.reporting.chart import THIS_WEEK_COLOR

WEEK = "2026-W47"
WIDTH, HEIGHT = 1280, 2000
TIMEOUT_S = 45
ATTEMPTS = 3
CHART_ROWS = [
    {"source": "Port Alder Courier", "quality_score": 72.4, "previous_quality_score": 68.1, "articles": 3},
    {"source": "Harbor Ledger", "quality_score": 81.0, "previous_quality_score": 84.5, "articles": 12},
    {"source": "Brand New Daily", "quality_score": 64.0, "previous_quality_score": None, "articles": 2},
    {"source": "The Very Long Named Regional Evening Gazette of the North", "quality_score": 55.2, "previous_quality_score": 60.0, "articles": 7},
    {"source": "Perfect Press", "quality_score": 100.0, "previous_quality_score": 97.0, "articles": 1},
]
SUMMARY_COLUMNS = ["source", "articles", "mean_quality", "previous_quality"]
SUMMARY_ROWS = [(r["source"], r["articles"], r["quality_score"], r["previous_quality_score"]) for r in CHART_ROWS]
ARTICLE_COLUMNS = ["source", "title", "quality", "published"]
ARTICLE_ROWS = [
    (r["source"], f"Article {i}: <script>document.title='pwned'</script> dredging plan", 50 + i * 1.37, dt.date(2026, 11, 16 + i % 7))
    for i, r in enumerate(CHART_ROWS * 3)
]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-breakpad",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    f"--window-size={WIDTH},{HEIGHT}",
]


def find_chromium() -> str | None:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        message = "chromium is not installed (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must install it")
        pytest.skip(message)
    return path


def run_chromium(chromium: str, workdir: Path, name: str, *args: str) -> subprocess.CompletedProcess:
    """Run Chromium once, with output in files: its helper processes can outlive it and hold pipes open."""
    env = {**os.environ, "HOME": str(workdir)}
    for attempt in range(ATTEMPTS):
        profile = workdir / f"profile-{name}-{attempt}"  # a new, empty profile for every run
        profile.mkdir()
        out_path, err_path = workdir / f"{name}-{attempt}.out", workdir / f"{name}-{attempt}.err"
        with out_path.open("w") as out, err_path.open("w") as err:
            proc = subprocess.Popen(
                [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                stdout=out, stderr=err, env=env, stdin=subprocess.DEVNULL, start_new_session=True,
            )
            try:
                returncode = proc.wait(timeout=TIMEOUT_S)
            except subprocess.TimeoutExpired:
                returncode = None
            finally:
                # End the whole process group: the browser's helpers too.
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
        if returncode is not None:
            return subprocess.CompletedProcess(proc.args, returncode, out_path.read_text(), err_path.read_text())
    pytest.fail(f"chromium did not finish in {TIMEOUT_S} s, {ATTEMPTS} times: {err_path.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    workdir = tmp_path_factory.mktemp("report-page")
    png = render_quality_chart(CHART_ROWS, WEEK, workdir / "chart.png").read_bytes()
    text = render_report_page(
        WEEK, SUMMARY_COLUMNS, SUMMARY_ROWS, ARTICLE_COLUMNS, ARTICLE_ROWS, png, ["Generated 2026-11-23 06:00 UTC"]
    )
    return write_text_atomic(workdir / "weekly.html", text)


@pytest.fixture(scope="module")
def screenshot(chromium, page) -> Path:
    shot = page.parent / "screenshot.png"
    result = run_chromium(chromium, page.parent, "shot", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    return shot


@pytest.fixture(scope="module")
def dom(chromium, page) -> str:
    result = run_chromium(chromium, page.parent, "dom", "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class DomSummary(HTMLParser):
    def __init__(self):
        super().__init__()
        self.body_rows: dict[str, int] = {}
        self.tags: list[str] = []
        self.title = ""
        self._table = None
        self._in = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "table":
            self._table = dict(attrs).get("id")
            self.body_rows[self._table] = 0
        elif tag in ("tbody", "title"):
            self._in = tag
        elif tag == "tr" and self._in == "tbody":
            self.body_rows[self._table] += 1

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data


def test_screenshot_is_a_non_blank_png_of_the_window(screenshot):
    from PIL import Image

    with Image.open(screenshot) as image:
        assert image.format == "PNG"
        assert image.size == (WIDTH, HEIGHT)
        pixels = image.convert("RGB")
    # Not blank: plenty of non-white pixels overall.
    gray = pixels.convert("L")
    non_white = sum(count for level, count in enumerate(gray.histogram()) if level < 240)
    assert non_white > 0.02 * WIDTH * HEIGHT, non_white
    # The chart image was decoded and drawn: its bar colour fills a sizeable block near the top.
    target = tuple(int(THIS_WEEK_COLOR[i : i + 2], 16) for i in (1, 3, 5))
    small = pixels.resize((WIDTH // 4, HEIGHT // 4), Image.NEAREST)
    hits = [
        (x, y)
        for y in range(small.height)
        for x in range(small.width)
        if all(abs(a - b) <= 12 for a, b in zip(small.getpixel((x, y)), target))
    ]
    assert len(hits) > 500, f"only {len(hits)} chart-coloured pixels"
    top = min(y for _, y in hits) * 4
    assert top < HEIGHT // 3, f"chart bars start at y={top}, expected near the top of the page"


def test_dom_has_both_tables_with_every_row_and_no_script(dom):
    summary = DomSummary()
    summary.feed(dom)
    assert summary.body_rows == {"source-table": len(SUMMARY_ROWS), "article-table": len(ARTICLE_ROWS)}
    assert "script" not in summary.tags  # the hostile titles stayed text
    assert summary.title == f"sourcescore weekly report {WEEK}"  # and did not run
    assert summary.tags.count("img") == 1
    assert "&lt;script&gt;document.title" in dom
