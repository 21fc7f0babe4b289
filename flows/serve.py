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
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flows.quiet import QUIET_DEFAULTS, apply_quiet_defaults

apply_quiet_defaults()

from prefect import flow, get_run_logger  # noqa: E402  (after the quiet defaults, which prefect reads at import)
from prefect.schedules import Cron  # noqa: E402
from prefect.types.entrypoint import EntrypointType  # noqa: E402

from flows.score_articles import score_articles  # noqa: E402
from flows.weekly_report import DEFAULT_LOCK_TIMEOUT, weekly_report  # noqa: E402
from tasks.config import ConfigError  # noqa: E402
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
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
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


def _cron(schedule: dict, key: str, timezone: str):
    """A Prefect cron schedule; a ConfigError naming the setting when the cron or the zone is wrong."""
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"schedule.timezone {timezone!r} is not a time zone: use a name such as UTC or "
                          "Europe/Amsterdam") from None
    try:
        return Cron(schedule[key], timezone=timezone)
    except ValueError:
        raise ConfigError(f"schedule.{key} {schedule[key]!r} is not a cron expression: use five fields, "
                          "e.g. '0 2 * * *' for 02:00 every day") from None


def build_deployments(settings: dict) -> list:
    """The two RunnerDeployments `serve` runs, with their schedules and parameters from settings."""
    paths, run, schedule = settings["paths"], settings["run"], settings["schedule"]
    timezone = schedule["timezone"]
    scoring_schedule = _cron(schedule, "scoring_cron", timezone)
    report_schedule = _cron(schedule, "report_cron", timezone)
    warehouse_path = _absolute(paths["warehouse"])
    # Module entrypoints: the flows load from the installed package, wherever serve started.
    scoring = score_articles.to_deployment(
        name=SCORING_DEPLOYMENT,
        schedule=scoring_schedule,
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
        schedule=report_schedule,
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

    from prefect.logging.configuration import setup_logging
    from prefect.settings import PREFECT_LOGGING_LEVEL, temporary_settings

    deployments = build_deployments(settings)
    _note_where_runs_go()
    # Served runs are looked at in the Prefect UI: send their INFO logs there, unless the
    # user chose a level (the quiet default only suits one-off command line runs).
    level = os.environ.get("PREFECT_LOGGING_LEVEL")
    if level == QUIET_DEFAULTS["PREFECT_LOGGING_LEVEL"]:
        level = os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"
    with temporary_settings({PREFECT_LOGGING_LEVEL: level} if level else {}):
        setup_logging()
        prefect.serve(*deployments)
