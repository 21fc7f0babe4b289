"""`sourcescore serve`: the deployments' names, schedules and parameters, and one real served run."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

from flows.serve import (
    REPORT_DEPLOYMENT,
    REPORT_FLOW,
    SCORING_DEPLOYMENT,
    build_deployments,
    last_week,
    weekly_report_for_last_week,
)
from tasks import config
from tests.support import REPO_ROOT, build_sample_warehouse

DEFAULT_WEIGHTS = config.DEFAULTS["weights"]


def _settings(directory: Path, environ: dict[str, str], toml: str | None = None) -> dict:
    if toml is not None:
        (directory / config.CONFIG_FILE).write_text(toml, encoding="utf-8")
    return config.values(config.load_settings(directory, environ))


# (case id, sourcescore.toml or None, environment, expected) — paths are relative to the cwd.
CASES = [
    ("defaults", None, {}, {
        "scoring_cron": "0 2 * * *", "report_cron": "0 6 * * 1", "timezone": "UTC",
        "inputs": "inputs", "warehouse": "warehouse/sourcescore.duckdb", "batch_size": 1000,
        "lock_timeout": 300.0, "max_article_words": 50_000, "weights": DEFAULT_WEIGHTS, "workers": None,
    }),
    ("config file", """
[paths]
inputs = "/data/in"
warehouse = "/data/wh.duckdb"
[run]
batch_size = 25
workers = 3
[weights]
sourcing = 0.5
[schedule]
scoring_cron = "30 1 * * *"
report_cron = "0 7 * * 1"
timezone = "Europe/Amsterdam"
""", {}, {
        "scoring_cron": "30 1 * * *", "report_cron": "0 7 * * 1", "timezone": "Europe/Amsterdam",
        "inputs": "/data/in", "warehouse": "/data/wh.duckdb", "batch_size": 25,
        "lock_timeout": 300.0, "max_article_words": 50_000, "weights": {**DEFAULT_WEIGHTS, "sourcing": 0.5},
        "workers": 3,
    }),
    ("environment over file", """
[schedule]
scoring_cron = "30 1 * * *"
""", {
        "SOURCESCORE_SCHEDULE_SCORING_CRON": "*/15 * * * *",
        "SOURCESCORE_SCHEDULE_REPORT_CRON": "15 8 * * 2",
        "SOURCESCORE_SCHEDULE_TIMEZONE": "America/New_York",
        "SOURCESCORE_PATHS_WAREHOUSE": "elsewhere/w.duckdb",
        "SOURCESCORE_RUN_LOCK_TIMEOUT_SECONDS": "12.5",
        "SOURCESCORE_RUN_MAX_ARTICLE_WORDS": "900",
    }, {
        "scoring_cron": "*/15 * * * *", "report_cron": "15 8 * * 2", "timezone": "America/New_York",
        "inputs": "inputs", "warehouse": "elsewhere/w.duckdb", "batch_size": 1000,
        "lock_timeout": 12.5, "max_article_words": 900, "weights": DEFAULT_WEIGHTS, "workers": None,
    }),
]


@pytest.mark.parametrize("toml, environ, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_deployments_take_names_schedules_and_parameters_from_settings(tmp_path, monkeypatch, toml, environ, expected):
    monkeypatch.chdir(tmp_path)
    scoring, report = build_deployments(_settings(tmp_path, environ, toml))
    warehouse_path = str((tmp_path / expected["warehouse"]).resolve())

    assert (scoring.name, scoring.flow_name) == (SCORING_DEPLOYMENT, "score_articles") == ("score-articles-daily", "score_articles")
    assert (report.name, report.flow_name) == (REPORT_DEPLOYMENT, REPORT_FLOW) == ("weekly-report-monday", "weekly_report_for_last_week")
    for deployment, cron in [(scoring, expected["scoring_cron"]), (report, expected["report_cron"])]:
        [schedule] = deployment.schedules
        assert (schedule.schedule.cron, schedule.schedule.timezone, schedule.active) == (cron, expected["timezone"], True)

    assert scoring.parameters == {
        "inputs_dir": str((tmp_path / expected["inputs"]).resolve()),
        "warehouse_path": warehouse_path,
        "batch_size": expected["batch_size"],
        "max_bytes": config.DEFAULTS["run"]["max_input_bytes"],
        "weights": expected["weights"],
        "lock_timeout": expected["lock_timeout"],
        "max_article_words": expected["max_article_words"],
        "workers": expected["workers"],
    }
    assert report.parameters == {
        "warehouse_path": warehouse_path, "week": None, "lock_timeout": expected["lock_timeout"],
        "timezone": expected["timezone"],
    }


def test_deployments_load_their_flows_by_module_and_their_parameters_fit_the_flows(tmp_path, monkeypatch):
    """Module entrypoints load wherever serve runs; the parameters pass the flows' own validation."""
    from prefect.flows import load_flow_from_entrypoint

    monkeypatch.chdir(tmp_path)
    for deployment in build_deployments(_settings(tmp_path, {})):
        assert ":" not in deployment.entrypoint  # a module path, not a file path relative to the cwd
        flow = load_flow_from_entrypoint(deployment.entrypoint)
        assert flow.name == deployment.flow_name
        flow.validate_parameters(deployment.parameters)


@pytest.mark.parametrize("variable, value, message", [
    ("SOURCESCORE_SCHEDULE_TIMEZONE", "Mars/Olympus_Mons", "schedule.timezone 'Mars/Olympus_Mons' is not a time zone"),
    ("SOURCESCORE_SCHEDULE_TIMEZONE", "../../etc", "schedule.timezone '../../etc' is not a time zone"),
    ("SOURCESCORE_SCHEDULE_SCORING_CRON", "61 * * *", "schedule.scoring_cron '61 * * *' is not a cron expression"),
    ("SOURCESCORE_SCHEDULE_REPORT_CRON", "every monday", "schedule.report_cron 'every monday' is not a cron"),
])
def test_a_wrong_schedule_setting_is_refused_by_name_before_serving(tmp_path, variable, value, message):
    with pytest.raises(config.ConfigError, match=re.escape(message)):
        build_deployments(_settings(tmp_path, {variable: value}))


def test_serve_command_says_what_is_wrong_with_the_schedule(monkeypatch, capsys):
    from flows.cli import main

    monkeypatch.setenv("SOURCESCORE_SCHEDULE_TIMEZONE", "Mars/Olympus_Mons")
    assert main(["serve"]) == 2
    assert "schedule.timezone 'Mars/Olympus_Mons' is not a time zone" in capsys.readouterr().err


@pytest.mark.parametrize("today, week", [
    (dt.date(2026, 11, 23), "2026-W47"),   # the Monday the report runs: the week just ended
    (dt.date(2026, 11, 29), "2026-W47"),   # Sunday of that week: still the week before
    (dt.date(2026, 1, 5), "2026-W01"),     # ISO 2026-W01 began on Monday 2025-12-29
    (dt.date(2021, 1, 4), "2020-W53"),     # a 53-week year
])
def test_last_week_is_the_iso_week_before_today(today, week):
    assert last_week(today) == week


@pytest.mark.usefixtures("prefect_harness")
def test_the_report_wrapper_reports_last_week_by_default_and_a_given_week_on_request(tmp_path, monkeypatch):
    import flows.serve

    db = build_sample_warehouse(tmp_path / "w.duckdb")  # sample articles are in 2026-W47
    asked = []
    monkeypatch.setattr(flows.serve, "last_week", lambda today: asked.append(today) or "2026-W47")

    by_default = weekly_report_for_last_week(warehouse_path=str(db), timezone="Pacific/Kiritimati")
    assert asked == [dt.datetime.now(flows.serve.ZoneInfo("Pacific/Kiritimati")).date()]
    assert by_default["week"] == "2026-W47" and by_default["articles"] > 0

    given = weekly_report_for_last_week(warehouse_path=str(db), week="2026-W46")
    assert given["week"] == "2026-W46" and Path(given["path"]).name == "weekly-2026-W46.csv"
    assert len(asked) == 1


# --- One real served run: `prefect server start`, `sourcescore serve`, `prefect deployment run`. ---

SERVER_START_SECONDS = 90
RUN_SECONDS = 150
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str):
    """The JSON at url, or None when the server is not answering (yet) or says 404."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.loads(response.read())
    except (urllib.error.URLError, ConnectionError, TimeoutError, ValueError):
        return None


def _wait_for(what: str, check, seconds: float, processes: list[tuple[subprocess.Popen, Path]]):
    """Poll check() until it returns something truthy; fail with the logs if a process died or time ran out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        for process, log in processes:
            if process.poll() is not None:
                pytest.fail(f"{process.args[:3]} exited ({process.returncode}) while waiting for {what}:\n"
                            f"{log.read_text(errors='replace')[-4000:]}")
        time.sleep(0.5)
    logs = "\n".join(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}" for _, log in processes)
    pytest.fail(f"no {what} after {seconds:g} s\n{logs}")


def _stop(process: subprocess.Popen, first_signal: int) -> None:
    """Stop a process and everything it started (its own session): signal, wait, then kill."""
    for sig, grace in [(first_signal, 15), (signal.SIGTERM, 5), (signal.SIGKILL, 5)]:
        if process.poll() is not None:
            break
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            pass
    try:  # children the leader left behind (flow-run processes, worker pools)
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@contextmanager
def _started(command: list[str], env: dict, cwd: Path, log: Path, first_signal: int):
    with open(log, "wb") as out:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            yield process
        finally:
            _stop(process, first_signal)


def _prefect_env(tmp_path: Path, api_url: str) -> dict:
    """Our environment without any Prefect or sourcescore settings, pointed at the test's own server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SOURCESCORE_"))}
    return {
        **env,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_UI_ENABLED": "false",          # the UI's static files are not needed here
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",   # serve picks up a triggered run within a second
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")])),
    }


def _flow_run_state(api: str, flow_run_id: str):
    run = _get_json(f"{api}/flow_runs/{flow_run_id}")
    state = (run or {}).get("state") or {}
    return state.get("type") if state.get("type") in {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"} else None


def _trigger(name: str, env: dict, cwd: Path, *params: str) -> str:
    """`prefect deployment run NAME`, as the docs say; the flow run's id."""
    command = [str(BIN / "prefect"), "deployment", "run", name, *params]
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    [line] = [line for line in done.stdout.splitlines() if "UUID:" in line]
    return line.split("UUID:")[1].strip()


def test_serve_runs_the_scoring_deployment_when_triggered_against_a_real_server(tmp_path):
    """The whole local setup of docs/scheduling.md, with the schedules left to fire another day."""
    import duckdb

    started = time.monotonic()
    work = tmp_path / "work"
    shutil.copytree(REPO_ROOT / "inputs", work / "inputs")
    (work / config.CONFIG_FILE).write_text(
        '[paths]\ninputs = "inputs"\nwarehouse = "wh/sourcescore.duckdb"\n'
        '[run]\nworkers = 1\n', encoding="utf-8")
    db = work / "wh" / "sourcescore.duckdb"
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = _prefect_env(tmp_path, api)
    serve_command = ([str(BIN / "sourcescore")] if (BIN / "sourcescore").exists()
                     else [sys.executable, "-m", "flows.cli"]) + ["serve"]
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"

    with _started([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                  env, tmp_path, server_log, signal.SIGTERM) as server:
        _wait_for("healthy Prefect server", lambda: _get_json(f"{api}/health") is True,
                  SERVER_START_SECONDS, [(server, server_log)])
        server_up = time.monotonic() - started

        with _started(serve_command, env, work, serve_log, signal.SIGINT) as serving:
            watched = [(server, server_log), (serving, serve_log)]
            for flow_name, deployment in [("score_articles", SCORING_DEPLOYMENT), (REPORT_FLOW, REPORT_DEPLOYMENT)]:
                _wait_for(f"deployment {flow_name}/{deployment}",
                          lambda: _get_json(f"{api}/deployments/name/{quote(flow_name)}/{quote(deployment)}"),
                          60, watched)

            scoring_run = _trigger(f"score_articles/{SCORING_DEPLOYMENT}", env, work)
            state = _wait_for("finished scoring run", lambda: _flow_run_state(api, scoring_run), RUN_SECONDS, watched)
            assert state == "COMPLETED", serve_log.read_text(errors="replace")[-4000:]

            today = dt.datetime.now(dt.timezone.utc).date()
            report_run = _trigger(f"{REPORT_FLOW}/{REPORT_DEPLOYMENT}", env, work)
            state = _wait_for("finished report run", lambda: _flow_run_state(api, report_run), RUN_SECONDS, watched)
            assert state == "COMPLETED", serve_log.read_text(errors="replace")[-4000:]
        assert serving.returncode is not None
    assert server.returncode is not None

    # The served run scored what a direct run scores, and the report is last week's.
    expected = build_sample_warehouse(tmp_path / "expected.duckdb")
    counts = []
    for path in (db, expected):
        con = duckdb.connect(str(path), read_only=True)
        counts.append(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        con.close()
    assert counts[0] == counts[1] > 0
    weeks = {last_week(today), last_week(dt.datetime.now(dt.timezone.utc).date())}
    assert any((db.parent / "reports" / f"weekly-{week}.csv").exists() for week in weeks)
    print(f"server healthy after {server_up:.1f} s; whole served round trip {time.monotonic() - started:.1f} s")
