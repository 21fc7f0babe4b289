"""Every `sourcescore` command, through the same entry point a user calls."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from flows.cli import _format_table, build_parser, main
from tasks import config
from tests.support import REPO_ROOT, SEEDS_DIR, build_sample_warehouse, needs_shared

COMMANDS = ["run", "report", "sql", "clean", "explain", "serve", "config"]
SAMPLE_TXT = REPO_ROOT / "inputs" / "courier_water_main.txt"


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: sourcescore {command}" in capsys.readouterr().out


def test_parser_knows_every_command():
    parser = build_parser(config.values(config.load_settings()))
    actions = [a for a in parser._actions if a.dest == "command"]
    assert set(actions[0].choices) == set(COMMANDS)


def test_clean_shows_kept_text_and_each_removed_line_with_its_category(capsys):
    assert main(["clean", str(SAMPLE_TXT)]) == 0
    out = capsys.readouterr().out
    kept, removed = out.split("== removed")
    assert "Fremont Street" in kept and "All rights reserved" not in kept
    assert "[copyright" in removed and "All rights reserved" in removed


def test_explain_a_file_shows_sentences_attributions_and_arithmetic(capsys):
    assert main(["explain", str(SAMPLE_TXT)]) == 0
    out = capsys.readouterr().out
    assert "Sentences (" in out and "Attributions (" in out
    assert "specificity      = mean of" in out and "quality_score    = 100 ×" in out


@needs_shared
@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS_DIR.glob("*.txt")) or ["none"])
def test_explain_works_on_every_seed(seed, capsys):
    assert main(["explain", str(SEEDS_DIR / seed)]) == 0
    out = capsys.readouterr().out
    assert "Sentences (" in out and "Attributions (" in out and "sourcing_density =" in out


def test_explain_an_unknown_article_says_what_to_give(tmp_path, capsys):
    from tasks import warehouse

    warehouse.connect(tmp_path / "w.duckdb").close()
    assert main(["explain", "--warehouse", str(tmp_path / "w.duckdb"), "abcdef123"]) == 2
    assert "no article matches" in capsys.readouterr().err


def test_config_shows_values_and_their_origin(monkeypatch, capsys):
    monkeypatch.setenv("SOURCESCORE_RUN_BATCH_SIZE", "50")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "run.batch_size = 50    (SOURCESCORE_RUN_BATCH_SIZE)" in out
    assert "weights.specificity = 0.35" in out


def test_a_bad_config_value_is_named(monkeypatch, capsys):
    monkeypatch.setenv("SOURCESCORE_WEIGHTS_SOURCING", "lots")
    assert main(["config"]) == 2
    assert "weights.sourcing" in capsys.readouterr().err


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

    [prefix] = [line.split()[0] for line in run(
        "sql", "--warehouse", str(db), "SELECT left(article_id, 12) AS id FROM articles ORDER BY 1 LIMIT 1").stdout.splitlines()[2:3]]
    explained = run("explain", "--warehouse", str(db), prefix)
    assert explained.returncode == 0, explained.stderr
    assert f"article {prefix}" in explained.stdout and "quality_score" in explained.stdout

    refused = run("sql", "--warehouse", str(db), "DROP TABLE articles")
    assert refused.returncode == 1 and "read-only" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    return str(build_sample_warehouse(tmp_path_factory.mktemp("cli") / "sample.duckdb"))


@pytest.mark.parametrize(
    "extra, check",
    [
        ([], lambda out: out.splitlines()[0].split() == ["source", "n"] and out.rstrip().endswith("rows)")),
        (["--csv"], lambda out: out.splitlines()[0] == "source,n" and len(out.splitlines()) >= 5),
        (["--json"], lambda out: isinstance(__import__("json").loads(out), list) and "source" in __import__("json").loads(out)[0]),
    ],
)
def test_sql_output_formats(sample_db, capsys, extra, check):
    assert main(["sql", "--warehouse", sample_db, *extra, "SELECT source, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1"]) == 0
    assert check(capsys.readouterr().out)


def test_sql_runs_a_file(sample_db, capsys):
    assert main(["sql", "--warehouse", sample_db, "--file", str(REPO_ROOT / "sql" / "examples" / "01_best_sourced_sources.sql")]) == 0
    assert "attributions_per_100_words" in capsys.readouterr().out


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO articles SELECT * FROM articles",
        "DROP TABLE articles",
        "DELETE FROM rejected_inputs",
        "COPY articles TO '{tmp}/stolen.csv'",
        "ATTACH '{tmp}/other.duckdb' AS other",
        "INSTALL httpfs",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SET enable_external_access = true",
    ],
)
def test_sql_cannot_write_or_reach_outside(sample_db, capsys, tmp_path, statement):
    assert main(["sql", "--warehouse", sample_db, statement.replace("{tmp}", str(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and ("read-only" in err or "cannot read or write files" in err or "configuration" in err)
    assert list(tmp_path.iterdir()) == []
    assert main(["sql", "--warehouse", sample_db, "SELECT count(*) AS n FROM articles"]) == 0


INJECTION = "'; DROP TABLE articles; --"


@pytest.mark.parametrize(
    "argv",
    [
        ["explain", "--warehouse", "{db}", INJECTION],
        ["report", "--warehouse", "{db}", "--week", INJECTION],
        ["sql", "--warehouse", "{db}", "--file", INJECTION],
    ],
)
def test_sql_injection_through_options_changes_nothing(sample_db, capsys, argv):
    argv = [a.replace("{db}", sample_db) for a in argv]
    try:
        code = main(argv)
    except SystemExit as exit_info:  # argparse refuses a malformed --week
        code = exit_info.code
    assert code != 0
    assert main(["sql", "--warehouse", sample_db, "SELECT count(*) AS n FROM articles"]) == 0
    assert "(1 row)" in capsys.readouterr().out
