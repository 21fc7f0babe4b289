"""Write report tables to CSV safely: atomic replace, and no spreadsheet formula injection."""
from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from pathlib import Path

# A text cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def neutralise_cell(value):
    """Prefix a text cell that a spreadsheet would run as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def week_start_of(iso_week: str) -> dt.date:
    """'2026-W47' -> the Monday that starts that ISO week. Raises ValueError on a bad value."""
    match = ISO_WEEK.match(iso_week.strip())
    if not match:
        raise ValueError(f"bad week {iso_week!r}: use the ISO form YYYY-Www, e.g. 2026-W47")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        return dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"bad week {iso_week!r}: {year} has no week {week}") from None


def iso_week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def write_csv_atomic(path: Path, columns: list[str], rows: list[tuple]) -> Path:
    """Write to a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", newline="", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([neutralise_cell(v) for v in row])
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return path
