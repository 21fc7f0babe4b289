"""Every file in sql/ runs against a small seeded warehouse, and the examples answer something."""
from __future__ import annotations

import datetime as dt
import re

import pyarrow as pa
import pytest

from tasks import warehouse
from tasks.scoring import SCORER_VERSION
from tests.support import REPO_ROOT, build_sample_warehouse

SQL_DIR = REPO_ROOT / "sql"
PARAMS = {
    "week_start": dt.date(2026, 11, 16),
    "scorer_version": SCORER_VERSION,
    "ids": ["x"],
    "key": "courier_water_main.txt",
    "min_articles": 3,
    "min_share": 0.05,
    "run_id": "r-test",
    "flow_run_id": None,
    "started_at": dt.datetime(2026, 11, 20),
    "finished_at": dt.datetime(2026, 11, 20),
    "status": "completed",
    "version": 999,
    "name": "test",
    "table": "articles",
    "limit": 100,
    "skip": [],
    **{k: 0 for k in ("inputs_seen", "articles_new", "articles_unchanged", "duplicates", "rejected",
                      "articles_rescored", "articles_recleaned")},
}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = build_sample_warehouse(tmp_path_factory.mktemp("sql") / "seeded.duckdb")
    con = warehouse.connect(path)
    yield con
    con.close()


def sql_files(folder: str) -> list[str]:
    return sorted(p.relative_to(SQL_DIR).as_posix() for p in (SQL_DIR / folder).glob("*.sql"))


def named_params(sql: str) -> dict:
    return {name: PARAMS[name] for name in set(re.findall(r"\$(\w+)", sql))}


def register_empty_batches(con, sql: str) -> list[str]:
    """Empty stand-ins for the Arrow tables a loading statement reads."""
    names = sorted(set(re.findall(r"\bbatch_(\w+)", sql)))
    for name in names:
        if name in warehouse.BATCH_TABLES:
            schema = warehouse._arrow_schema(con, name)
        elif name == "metadata":
            schema = warehouse.METADATA_SCHEMA
        else:
            schema = warehouse._SIDE_INPUTS[name][1]
        con.register(f"batch_{name}", pa.Table.from_pylist([], schema=schema))
    return names


@pytest.mark.parametrize("name", sql_files("views") + sql_files("reports") + sql_files("examples") + sql_files("queries") + sql_files("checks"))
def test_every_sql_file_runs(seeded, name):
    sql = (SQL_DIR / name).read_text()
    batches = register_empty_batches(seeded, sql)
    seeded.begin()
    try:
        if "stage_" in sql and name != "queries/create_reclean_stage.sql":  # statements on the stage need it
            seeded.execute((SQL_DIR / "queries/create_reclean_stage.sql").read_text())
        seeded.execute(sql, named_params(sql))
    finally:
        seeded.rollback()
        for batch in batches:
            seeded.unregister(f"batch_{batch}")


@pytest.mark.parametrize("name", sql_files("views") + sql_files("examples"))
def test_every_view_and_example_says_what_question_it_answers(name):
    first = (SQL_DIR / name).read_text().splitlines()[0]
    assert first.startswith("-- ") and "?" in first


@pytest.mark.parametrize("name", [n for n in sql_files("examples") if "rejected" not in n])
def test_examples_return_rows_on_the_sample(seeded, name):
    sql = (SQL_DIR / name).read_text()
    assert seeded.execute(sql).fetchall()


def test_schema_files_are_numbered_and_applied(seeded):
    versions = [v for v, _ in warehouse.schema_files()]
    assert versions == sorted(set(versions)) and versions[0] == 1
    assert warehouse.schema_version(seeded) == versions[-1]


@pytest.mark.parametrize("view", [p.stem for p in (SQL_DIR / "views").glob("*.sql")])
def test_each_view_file_creates_the_view_it_is_named_after(seeded, view):
    assert seeded.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = $v", {"v": view}).fetchone() == (1,)


def test_most_quoted_people_counts_each_person_a_source_names(seeded):
    # 30 attributions of an article the sample scored, each citing two people at once
    seeded.begin()
    try:
        seeded.execute("""
            INSERT INTO attributions
            SELECT * EXCLUDE (copy) REPLACE (position + 1000 + copy AS position, 'person' AS source_type,
                                             'zeta; omega' AS source_key)
            FROM (SELECT * FROM attributions
                  WHERE (article_id, scorer_version) IN (SELECT article_id, scorer_version FROM latest_article_scores)
                  LIMIT 1), range(30) AS copies(copy)""")
        rows = seeded.execute((SQL_DIR / "examples" / "05_most_quoted_people.sql").read_text()).fetchall()
    finally:
        seeded.rollback()
    cited = {row[0]: row[1] for row in rows}
    assert cited.get("zeta") == cited.get("omega") == 30 and "zeta; omega" not in cited
