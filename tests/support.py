"""Paths and markers shared by the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = (REPO_ROOT / ".." / "shared").resolve()
SEEDS_DIR = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "corpus" / "seeds.gold.json"

needs_shared = pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="../shared is not beside the checkout")


def build_sample_warehouse(path: Path) -> Path:
    """The sample inputs loaded through the pure pipeline steps, without Prefect (fast)."""
    import datetime as dt

    from tasks import warehouse
    from tasks.inputs import iter_inputs
    from tasks.processing import process_articles
    from tasks.scoring import SCORER_VERSION
    from tasks.triage import Triage

    con = warehouse.connect(path)
    try:
        triage = Triage(set(), "r1")
        new = [item for item in iter_inputs(REPO_ROOT / "inputs") if triage.admit(item)]
        tables = process_articles(new, "r1", dt.datetime(2026, 11, 21, 8), SCORER_VERSION)
        warehouse.start_run(con, "r1", None, SCORER_VERSION)
        warehouse.load_batch(con, {**tables, **triage.take_rows()})
    finally:
        con.close()
    return path


def fetch(path, sql: str, params: dict | None = None) -> list[tuple]:
    """Rows of one query on a read-only connection to the warehouse at path."""
    from tasks import warehouse

    con = warehouse.connect(path, read_only=True)
    try:
        return con.execute(sql, params or {}).fetchall()
    finally:
        con.close()


def duplicate_child_keys(path) -> list[tuple]:
    """Rows of sql/checks/duplicate_child_keys.sql: keys written twice (none expected)."""
    return fetch(path, (REPO_ROOT / "sql" / "checks" / "duplicate_child_keys.sql").read_text(encoding="utf-8"))
