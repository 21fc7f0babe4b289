"""What the pipeline promises on its worst day: failing batches, killed runs, a busy warehouse."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from tasks import warehouse
from tests.support import REPO_ROOT, fetch

pytestmark = pytest.mark.usefixtures("prefect_harness")
GOOD = "The council voted {n}-2 on Tuesday to fund repairs on {n} Harbor Street, Mayor Ana Ruiz said.\n"



def test_a_failing_batch_is_retried_then_recorded_and_picked_up_next_run(tmp_path, monkeypatch):
    import tasks.processing as processing
    from flows.score_articles import score_articles

    inputs, db = tmp_path / "inputs", tmp_path / "w.duckdb"
    inputs.mkdir()
    for n in range(6):
        (inputs / f"good_{n}.txt").write_text(GOOD.format(n=n) * 4)
    (inputs / "good_2b.txt").write_text(GOOD.format(n=99) * 4)
    real, calls = processing.clean_new_articles, []

    def flaky(articles, *args, **kwargs):
        paths = [a.input_path for a in articles]
        calls.append(paths)
        if "good_2b.txt" in paths:
            raise RuntimeError("injected failure")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(processing, "clean_new_articles", flaky)
    # workers=0: batches run in this process, where the patch applies.
    first = score_articles(inputs_dir=str(inputs), warehouse_path=str(db), batch_size=2, workers=0)
    poisoned = [paths for paths in calls if "good_2b.txt" in paths]
    assert len(poisoned) == 2 and poisoned[0] == poisoned[1]  # tried, then retried once
    assert first["failed_batches"] == 1 and first["balanced"]
    assert (first["articles_new"], first["rejected"]) == (5, 2)
    [(paths, error)] = fetch(db, "SELECT input_paths, error FROM failed_batches")
    assert sorted(paths) == sorted(poisoned[0]) and "injected failure" in error
    assert fetch(db, "SELECT status FROM pipeline_runs") == [("completed_with_failures",)]

    monkeypatch.setattr(processing, "clean_new_articles", real)
    second = score_articles(inputs_dir=str(inputs), warehouse_path=str(db), batch_size=2)
    assert (second["articles_new"], second["articles_unchanged"], second["rejected"]) == (2, 5, 0)
    assert fetch(db, "SELECT count(*) FROM articles") == [(7,)]


def test_a_failing_scoring_batch_keeps_its_articles_and_is_scored_next_run(tmp_path, monkeypatch):
    import tasks.processing as processing
    from flows.score_articles import score_articles

    inputs, db = tmp_path / "inputs", tmp_path / "w.duckdb"
    inputs.mkdir()
    for n in range(4):
        (inputs / f"good_{n}.txt").write_text(GOOD.format(n=n) * 4)
    real = processing.rescore_articles

    def flaky(items, *args, **kwargs):
        if any("Harbor Street" in text and " 3 Harbor" in text for _, text in items):
            raise RuntimeError("injected scoring failure")
        return real(items, *args, **kwargs)

    monkeypatch.setattr(processing, "rescore_articles", flaky)
    first = score_articles(inputs_dir=str(inputs), warehouse_path=str(db), batch_size=2, workers=0)
    assert first["failed_batches"] == 1 and first["balanced"] and first["articles_new"] == 4
    assert fetch(db, "SELECT count(*) FROM articles") == [(4,)]
    assert fetch(db, "SELECT count(*) FROM article_scores") == [(2,)]  # the other batch of two was scored
    [(paths, error)] = fetch(db, "SELECT input_paths, error FROM failed_batches")
    assert len(paths) == 2 and "injected scoring failure" in error

    monkeypatch.setattr(processing, "rescore_articles", real)
    second = score_articles(inputs_dir=str(inputs), warehouse_path=str(db), batch_size=2, workers=0)
    assert (second["articles_unchanged"], second["articles_rescored"], second["failed_batches"]) == (4, 2, 0)
    assert fetch(db, "SELECT count(*) FROM article_scores") == [(4,)]


def make_corpus(folder, count: int) -> None:
    """Distinct articles built from the sample texts, so a run takes several seconds."""
    folder.mkdir()
    samples = sorted((REPO_ROOT / "inputs").glob("*.txt"))
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in samples]
    lines = ["path,source,url,published,title,author"]
    for n in range(count):
        name = f"a{n:04d}.txt"
        (folder / name).write_text(texts[n % len(texts)] + f"\nThe council met for the {n}th time on Friday.\n")
        lines.append(f"{name},Outlet {n % 5},,2026-11-{10 + n % 10:02d},,")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n")


def snapshot(db):
    """Everything a run decides, without timestamps or run ids."""
    return {
        "articles": fetch(db, "SELECT article_id, source, clean_text, word_count FROM articles ORDER BY 1"),
        "scores": fetch(db, "SELECT * EXCLUDE (scored_at) FROM article_scores ORDER BY article_id"),
        "removed": fetch(db, "SELECT * FROM removed_segments ORDER BY article_id, position"),
        "attributions": fetch(db, "SELECT count(*), count(DISTINCT article_id) FROM attributions"),
    }


def test_a_run_killed_mid_load_recovers_to_the_same_warehouse(tmp_path):
    from prefect.settings import PREFECT_API_URL

    from flows.score_articles import score_articles

    inputs = tmp_path / "inputs"
    make_corpus(inputs, 400)
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run", "--inputs", str(inputs), "--warehouse", str(killed_db), "--batch-size", "20"],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    # Kill once some batches have loaded: the WAL grows as each batch commits. A commit is written
    # over some milliseconds, so wait until the WAL has stopped growing (commits are ~1 s apart).
    wal = tmp_path / "killed.duckdb.wal"
    deadline = time.monotonic() + 120
    last_size, stable_since = -1, time.monotonic()
    while time.monotonic() < deadline and proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size != last_size:
            last_size, stable_since = size, time.monotonic()
        elif size > 200_000 and time.monotonic() - stable_since >= 0.2:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed; make the corpus larger"
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers, "the run should have started worker processes"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # Orphaned workers notice that the flow is gone and exit, instead of waiting for work forever.
    gone, alive = psutil.wait_procs(workers, timeout=15)
    assert alive == []

    con = warehouse.connect(killed_db, read_only=True)  # the warehouse opens after the kill
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    scored = con.execute("SELECT count(*) FROM article_scores").fetchone()[0]
    con.close()
    assert 0 < partial + scored < 800, "killed mid-run: some articles cleaned or scored, not all of both"

    resumed = score_articles(inputs_dir=str(inputs), warehouse_path=str(killed_db), batch_size=20)
    assert resumed["articles_unchanged"] == partial and resumed["articles_new"] == 400 - partial
    assert resumed["articles_rescored"] == partial - scored  # stored without scores: scored now
    assert list((tmp_path / ".spool").glob("**/*.arrow")) == []  # the killed run's spooled batches are gone
    assert fetch(killed_db, "SELECT status FROM pipeline_runs ORDER BY started_at") == [("interrupted",), ("completed",)]
    score_articles(inputs_dir=str(inputs), warehouse_path=str(clean_db), batch_size=20)
    assert snapshot(killed_db) == snapshot(clean_db)


HOLD_LOCK = """
import sys, time
from tasks.locking import warehouse_lock
with warehouse_lock(sys.argv[1], "scoring run", timeout=1):
    print("held", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def busy_warehouse(tmp_path):
    """A warehouse whose lock another process holds, as a long scoring run would."""
    db = tmp_path / "busy.duckdb"
    warehouse.connect(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    yield db
    holder.kill()
    holder.wait()


@pytest.mark.parametrize("command", [["run", "--inputs", "inputs"], ["report"]])
def test_a_second_run_or_report_waits_then_gives_up_with_a_clear_message(busy_warehouse, command):
    env = {**os.environ, "SOURCESCORE_RUN_LOCK_TIMEOUT_SECONDS": "1.5"}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "flows.cli", *command, "--warehouse", str(busy_warehouse)],
                            cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert time.monotonic() - started >= 1.5
    assert result.returncode != 0
    assert "waiting for a scoring run" in result.stderr and "still in use by a scoring run" in result.stderr
    assert "Traceback" not in result.stderr and "IOException" not in result.stderr


def test_sql_while_a_run_writes_says_the_warehouse_is_busy_and_since_when(busy_warehouse):
    result = subprocess.run([sys.executable, "-m", "flows.cli", "sql", "--warehouse", str(busy_warehouse), "SELECT 1"],
                            cwd=REPO_ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert "busy" in result.stderr and "scoring run" in result.stderr and "started" in result.stderr
    assert "Traceback" not in result.stderr
