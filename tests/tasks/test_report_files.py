import csv
import datetime as dt

import pytest

from tasks.report_files import iso_week_of, neutralise_cell, week_start_of, write_csv_atomic


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1", "'+1"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Harbor Ledger", "Harbor Ledger"),
        (-3.5, -3.5),
        (0, 0),
        (None, None),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


@pytest.mark.parametrize(
    "week, monday",
    [("2026-W47", dt.date(2026, 11, 16)), ("2026-W01", dt.date(2025, 12, 29)), ("2020-W53", dt.date(2020, 12, 28))],
)
def test_week_start_round_trip(week, monday):
    assert week_start_of(week) == monday
    assert iso_week_of(monday + dt.timedelta(days=6)) == week


@pytest.mark.parametrize("bad", ["2026-47", "2026-W7", "W47", "2025-W53", "2026-W00", ""])
def test_bad_weeks_are_refused(bad):
    with pytest.raises(ValueError, match="week"):
        week_start_of(bad)


def test_write_csv_atomic_replaces_and_leaves_no_temp(tmp_path):
    target = tmp_path / "reports" / "weekly.csv"
    write_csv_atomic(target, ["source", "change"], [("=evil()", -1.5)])
    write_csv_atomic(target, ["source", "change"], [("Ledger", 2.0)])
    assert list(csv.reader(target.open())) == [["source", "change"], ["Ledger", "2.0"]]
    assert [p.name for p in target.parent.iterdir()] == ["weekly.csv"]
