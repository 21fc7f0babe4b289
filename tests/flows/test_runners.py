"""The Dask runner gives the same warehouse as the default one."""
from __future__ import annotations

import shutil

import pytest

from flows.score_articles import score_articles, task_runner_for
from tasks import warehouse
from tests.support import REPO_ROOT

pytestmark = pytest.mark.usefixtures("prefect_harness")


def snapshot(db):
    con = warehouse.connect(db, read_only=True)
    try:
        return {
            "articles": con.execute("SELECT article_id, source, clean_text, word_count, language FROM articles ORDER BY 1").fetchall(),
            "scores": con.execute("SELECT * EXCLUDE (scored_at) FROM article_scores ORDER BY article_id").fetchall(),
            "sentences": con.execute("SELECT * FROM sentence_scores ORDER BY article_id, position").fetchall(),
            "attributions": con.execute("SELECT * FROM attributions ORDER BY article_id, position").fetchall(),
            "removed": con.execute("SELECT * FROM removed_segments ORDER BY article_id, position").fetchall(),
            "counts": con.execute("SELECT inputs_seen, articles_new, articles_unchanged, duplicates, rejected FROM pipeline_runs").fetchall(),
        }
    finally:
        con.close()


def test_a_local_dask_cluster_builds_the_same_warehouse_as_the_default_runner(tmp_path):
    inputs = tmp_path / "inputs"
    shutil.copytree(REPO_ROOT / "inputs", inputs)
    default_db, dask_db = tmp_path / "default.duckdb", tmp_path / "dask.duckdb"
    score_articles(inputs_dir=str(inputs), warehouse_path=str(default_db), batch_size=4, workers=2)
    on_dask = score_articles.with_options(task_runner=task_runner_for("dask", workers=2))
    result = on_dask(inputs_dir=str(inputs), warehouse_path=str(dask_db), batch_size=4, workers=0)
    assert result["balanced"] and result["articles_new"] > 10
    assert snapshot(dask_db) == snapshot(default_db)
