"""`sourcescore serve`: both flows as Prefect deployments on cron schedules, in one process.

- "score-articles-daily" runs `score_articles` on schedule.scoring_cron;
- "weekly-report-monday" runs `weekly_report_for_last_week` on schedule.report_cron: the
  weekly report of the ISO week before the day it runs (the week just ended).

Both crons are read in schedule.timezone. The two never write the warehouse at once: each
flow takes the file lock beside the warehouse (tasks/locking.py), and the second one WAITS
for the first, up to run.lock_timeout_seconds, then fails with WarehouseBusy. That lock is
the concurrency limit; no Prefect concurrency limit is needed.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from flows.quiet import QUIET_DEFAULTS, apply_quiet_defaults

apply_quiet_defaults()

from prefect import flow, get_run_logger  # noqa: E402  (after the quiet defaults, which prefect reads at import)
from prefect.schedules import Cron  # noqa: E402
from prefect.types.entrypoint import EntrypointType  # noqa: E402

from flows.score_articles import score_articles  # noqa: E402
from flows.weekly_report import weekly_report  # noqa: E402
from tasks.report_files import iso_week_of  # noqa: E402

SCORING_DEPLOYMENT = "score-articles-daily"
REPORT_DEPLOYMENT = "weekly-report-monday"
REPORT_FLOW = "weekly_report_for_last_week"


def last_week(today: dt.date) -> str:
    """The ISO week before the one `today` is in: on Monday 2026-11-23, '2026-W47'."""
    return iso_week_of(today - dt.timedelta(days=7))


@flow(name=REPORT_FLOW)
def weekly_report_for_last_week(
    warehouse_path: str,
    week: str | None = None,
    lock_timeout: float = 300.0,
    timezone: str = "UTC",
) -> dict:
    """The weekly report of `week`; by default the ISO week before today (in `timezone`)."""
    if week is None:
        week = last_week(dt.datetime.now(ZoneInfo(timezone)).date())
    get_run_logger().info("weekly report for %s", week)
    return weekly_report(warehouse_path=warehouse_path, week=week, lock_timeout=lock_timeout)


def _absolute(path: str) -> str:
    """Relative paths mean the directory `sourcescore serve` was started in, whatever runs the flow."""
    return str(Path(path).expanduser().resolve())


def build_deployments(settings: dict) -> list:
    """The two RunnerDeployments `serve` runs, with their schedules and parameters from settings."""
    paths, run, schedule = settings["paths"], settings["run"], settings["schedule"]
    timezone = schedule["timezone"]
    ZoneInfo(timezone)  # fail here, plainly, on a time zone that does not exist
    warehouse_path = _absolute(paths["warehouse"])
    # Module entrypoints: the flows load from the installed package, wherever serve started.
    scoring = score_articles.to_deployment(
        name=SCORING_DEPLOYMENT,
        schedule=Cron(schedule["scoring_cron"], timezone=timezone),
        parameters={
            "inputs_dir": _absolute(paths["inputs"]),
            "warehouse_path": warehouse_path,
            "batch_size": run["batch_size"],
            "max_bytes": run["max_input_bytes"],
            "weights": dict(settings["weights"]),
            "lock_timeout": run["lock_timeout_seconds"],
            "max_article_words": run["max_article_words"],
            "workers": run["workers"] or None,
        },
        description="Score every new input into the warehouse (sourcescore run, on a schedule).",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    report = weekly_report_for_last_week.to_deployment(
        name=REPORT_DEPLOYMENT,
        schedule=Cron(schedule["report_cron"], timezone=timezone),
        parameters={
            "warehouse_path": warehouse_path,
            "week": None,
            "lock_timeout": run["lock_timeout_seconds"],
            "timezone": timezone,
        },
        description="Write the weekly report of the ISO week just ended (week=None), or of `week`.",
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    return [scoring, report]


def _note_where_runs_go() -> None:
    from prefect.settings import get_current_settings

    if not get_current_settings().api.url:
        print(
            "note: PREFECT_API_URL is not set, so the deployments live in a temporary Prefect server that "
            "stops with this process. Start `prefect server start` and "
            "`export PREFECT_API_URL=http://127.0.0.1:4200/api` to keep them and see runs in the UI "
            "(docs/scheduling.md).",
            file=sys.stderr,
        )


def serve(settings: dict) -> None:
    """Serve both deployments until interrupted (Ctrl-C): one long-running process."""
    import prefect

    deployments = build_deployments(settings)
    # Served runs are looked at in the Prefect UI: send their INFO logs there, unless the
    # user chose a level (the quiet default only suits one-off command line runs).
    if os.environ.get("PREFECT_LOGGING_LEVEL") == QUIET_DEFAULTS["PREFECT_LOGGING_LEVEL"]:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
    _note_where_runs_go()
    prefect.serve(*deployments)
