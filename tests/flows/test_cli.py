"""Every `sourcescore` command, through the same entry point a user calls."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from flows.cli import _format_table, build_parser, main
from tests.support import REPO_ROOT

COMMANDS = ["run", "report", "sql"]


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "--warehouse" in capsys.readouterr().out


def test_parser_knows_every_command():
    actions = [a for a in build_parser()._actions if a.dest == "command"]
    assert set(actions[0].choices) == set(COMMANDS)


@pytest.mark.parametrize("argv", [["report", "--week", "2026-47"], ["run", "--batch-size", "0"]])
def test_bad_option_values_are_refused_by_the_parser(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "error" in capsys.readouterr().err


def test_format_table_aligns_columns():
    text = _format_table(["a", "long_name"], [(1, None), ("wide value", 2.5)])
    lines = text.splitlines()
    assert lines[0].startswith("a           long_name")
    assert lines[3].startswith("wide value  2.5")
    assert lines[-1] == "(2 rows)"


def test_run_on_a_missing_inputs_dir_says_so(tmp_path, capsys):
    assert main(["run", "--inputs", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_sql_on_a_missing_warehouse_says_what_to_do(tmp_path, capsys):
    assert main(["sql", "--warehouse", str(tmp_path / "none.duckdb"), "SELECT 1"]) == 2
    assert "sourcescore run" in capsys.readouterr().err


@pytest.mark.usefixtures("prefect_harness")
def test_run_report_and_sql_commands_in_a_subprocess(tmp_path):
    """The installed console script, as a user runs it: a summary, no tracebacks."""
    from prefect.settings import PREFECT_API_URL

    inputs = tmp_path / "inputs"
    shutil.copytree(REPO_ROOT / "inputs", inputs)
    db = tmp_path / "wh" / "sourcescore.duckdb"
    # Point the subprocess at the session's test server instead of starting its own.
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    script = [sys.executable, "-m", "flows.cli"]

    def run(*args):
        return subprocess.run(script + list(args), cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)

    first = run("run", "--inputs", str(inputs), "--warehouse", str(db), "--batch-size", "5")
    assert first.returncode == 0, first.stderr
    assert "new" in first.stdout and "unchanged" in first.stdout and "rejected" in first.stdout
    assert str(db) in first.stdout
    assert "Traceback" not in first.stderr + first.stdout

    report = run("report", "--warehouse", str(db))
    assert report.returncode == 0, report.stderr
    assert "weekly-2026-W47.csv" in report.stdout
    assert (db.parent / "reports" / "weekly-2026-W47.csv").exists()

    table = run("sql", "--warehouse", str(db), "SELECT source, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1")
    assert table.returncode == 0 and "source" in table.stdout.splitlines()[0] and "rows)" in table.stdout

    refused = run("sql", "--warehouse", str(db), "DROP TABLE articles")
    assert refused.returncode == 1 and "read-only" in refused.stderr
    assert "Traceback" not in refused.stderr
