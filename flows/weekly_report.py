"""The weekly report flow: one CSV row per source for an ISO week."""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import warehouse
from tasks.report_files import iso_week_of, week_start_of, write_csv_atomic


def default_report_path(warehouse_path: str, iso_week: str) -> Path:
    return Path(warehouse_path).parent / "reports" / f"weekly-{iso_week}.csv"


@task(name="query-weekly-source-report", cache_policy=NO_CACHE)
def query_week(warehouse_path: str, week: str | None) -> tuple[str, list[str], list[tuple]]:
    con = warehouse.connect(warehouse_path, read_only=True)
    try:
        if week is None:
            _, rows = warehouse.run_report_sql(con, "latest_week")
            latest = rows[0][0] if rows else None
            if latest is None:
                raise warehouse.WarehouseError("the warehouse has no scored articles yet: run `sourcescore run` first")
            week = iso_week_of(latest)
        columns, rows = warehouse.run_report_sql(con, "weekly_source_report", {"week_start": week_start_of(week)})
    finally:
        con.close()
    return week, columns, rows


@task(name="write-weekly-csv", cache_policy=NO_CACHE)
def write_report(path: Path, columns: list[str], rows: list[tuple]) -> Path:
    return write_csv_atomic(path, columns, rows)


@flow(name="weekly_report")
def weekly_report(
    warehouse_path: str = str(warehouse.DEFAULT_WAREHOUSE), week: str | None = None, out: str | None = None
) -> dict:
    """Write weekly-YYYY-Www.csv for `week` (default: the latest week with data)."""
    if week is not None:
        week_start_of(week)  # fail fast on a malformed week, before touching the warehouse
    week, columns, rows = query_week(warehouse_path, week)
    path = Path(out) if out else default_report_path(warehouse_path, week)
    write_report(path, columns, rows)
    if not rows:
        get_run_logger().warning("no scored articles in %s; the report has a header only", week)
    return {"week": week, "sources": len(rows), "path": str(path)}
