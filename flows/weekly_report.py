"""The weekly report flow: per-source and per-article CSVs, a chart and an HTML page for one ISO week."""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import warehouse
from tasks.locking import warehouse_lock
from tasks.report_files import iso_week_of, week_start_of, write_csv_atomic
from tasks.reporting import render_quality_chart, render_report_page, write_text_atomic

DEFAULT_LOCK_TIMEOUT = 300.0


def report_paths(sources_csv: Path) -> dict[str, Path]:
    """Where each file of a week's report goes: beside the per-source CSV, named after it."""
    return {
        "sources_csv": sources_csv,
        "articles_csv": sources_csv.with_name(f"{sources_csv.stem}-articles.csv"),
        "chart_png": sources_csv.with_suffix(".png"),
        "html": sources_csv.with_suffix(".html"),
    }


@task(name="query-weekly-report", cache_policy=NO_CACHE)
def query_week(warehouse_path: str, week: str | None) -> dict:
    """The week's per-source and per-article rows; the latest week with data when week is None."""
    con = warehouse.connect(warehouse_path, read_only=True)
    try:
        if week is None:
            _, rows = warehouse.run_report_sql(con, "latest_week")
            latest = rows[0][0] if rows else None
            if latest is None:
                raise warehouse.WarehouseError("the warehouse has no scored articles yet: run `sourcescore run` first")
            week = iso_week_of(latest)
        params = {"week_start": week_start_of(week)}
        source_columns, source_rows = warehouse.run_report_sql(con, "weekly_source_report", params)
        article_columns, article_rows = warehouse.run_report_sql(con, "weekly_article_report", params)
    finally:
        con.close()
    return {
        "week": week,
        "source_columns": source_columns,
        "source_rows": source_rows,
        "article_columns": article_columns,
        "article_rows": article_rows,
    }


@task(name="write-weekly-csvs", cache_policy=NO_CACHE)
def write_csvs(paths: dict[str, Path], data: dict) -> None:
    write_csv_atomic(paths["sources_csv"], data["source_columns"], data["source_rows"])
    write_csv_atomic(paths["articles_csv"], data["article_columns"], data["article_rows"])


def chart_rows(columns: list[str], rows: list[tuple]) -> list[dict]:
    """What the chart needs from the per-source rows: this week's quality and last week's."""
    chart = []
    for row in rows:
        values = dict(zip(columns, row))
        change = values["quality_score_change"]
        chart.append({
            "source": values["source"],
            "articles": values["articles"],
            "quality_score": values["quality_score_mean"],
            "previous_quality_score": None if change is None else values["quality_score_mean"] - change,
        })
    return chart


@task(name="render-weekly-chart-and-page", cache_policy=NO_CACHE)
def write_chart_and_page(paths: dict[str, Path], data: dict) -> None:
    week = data["week"]
    render_quality_chart(chart_rows(data["source_columns"], data["source_rows"]), week, paths["chart_png"])
    notes = [f"{len(data['article_rows'])} article(s) from {len(data['source_rows'])} source(s)."]
    if not data["source_rows"]:
        notes = [f"No articles in {week}: nothing was published, or nothing has been scored yet."]
    page = render_report_page(
        week, data["source_columns"], data["source_rows"], data["article_columns"], data["article_rows"],
        paths["chart_png"].read_bytes(), notes,
    )
    write_text_atomic(paths["html"], page)


@flow(name="weekly_report")
def weekly_report(
    warehouse_path: str = str(warehouse.DEFAULT_WAREHOUSE),
    week: str | None = None,
    out: str | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> dict:
    """Write the report files for `week` (default: the latest week with data).

    `out` names the per-source CSV; the other files go beside it. By default they go to
    reports/ beside the warehouse. Waits for a running scoring flow to finish first.
    """
    logger = get_run_logger()
    if week is not None:
        week_start_of(week)  # fail fast on a malformed week, before touching the warehouse
    with warehouse_lock(warehouse_path, "weekly report", lock_timeout, on_wait=logger.warning):
        data = query_week(warehouse_path, week)
    week = data["week"]
    paths = report_paths(Path(out) if out else Path(warehouse_path).parent / "reports" / f"weekly-{week}.csv")
    write_csvs(paths, data)
    write_chart_and_page(paths, data)
    if not data["source_rows"]:
        logger.warning("no scored articles in %s; the report says so", week)
    return {
        "week": week,
        "sources": len(data["source_rows"]),
        "articles": len(data["article_rows"]),
        "path": str(paths["sources_csv"]),
        "files": {name: str(path) for name, path in paths.items()},
    }
