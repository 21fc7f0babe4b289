"""The one module that opens the DuckDB warehouse.

Every statement comes from a file under sql/; values travel as parameters. Batches load
in one transaction each, from Arrow tables, never row by row.
"""
from __future__ import annotations

import datetime as dt
import time
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from tasks.arrow_rows import SpooledTable

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
DEFAULT_WAREHOUSE = Path("warehouse") / "sourcescore.duckdb"

# Tables a batch may load, in foreign-key-like order (articles before their children).
BATCH_TABLES = (
    "articles",
    "removed_segments",
    "article_scores",
    "sentence_scores",
    "attributions",
    "article_lines",
    "input_files",
    "source_boilerplate_lines",
    "failed_batches",
    "rejected_inputs",
    "duplicate_inputs",
    "input_warnings",
)
# Rows that are not a table's own: replacements and updates, each loaded by its own statement.
_SIDE_INPUTS = {
    "recleaned": ("stage_recleaned_batch", pa.schema([("article_id", pa.string()), ("clean_text", pa.string()), ("word_count", pa.int32())])),
    "boilerplate_examples": ("set_boilerplate_examples", pa.schema([("source", pa.string()), ("line_hash", pa.int64()), ("text", pa.string())])),
}


# A read-only connection also may not touch files, attach databases or install extensions,
# so ad-hoc SQL cannot write anywhere; lock_configuration stops a SET from undoing that.
READ_ONLY_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


# The writer's cache would otherwise grow toward most of the machine's memory on large runs.
# More writer settings, which connect() ignores as config, are in sql/queries/writer_settings.sql.
WRITER_CONFIG = {"memory_limit": "256MB", "checkpoint_threshold": "64MB"}


class WarehouseError(RuntimeError):
    """A warehouse problem a user can act on, with a message that says what to do."""


@lru_cache(maxsize=None)
def sql_text(name: str) -> str:
    """The text of sql/<name>.sql."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def schema_files() -> list[tuple[int, Path]]:
    """sql/schema/NNN_name.sql files, ordered by their version number."""
    files = []
    for path in sorted((SQL_DIR / "schema").glob("*.sql")):
        files.append((int(path.name.split("_", 1)[0]), path))
    return files


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a read-write open creates it, migrates it and refreshes its views."""
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"no warehouse at {path}: run `sourcescore run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only, config=READ_ONLY_CONFIG if read_only else WRITER_CONFIG)
    except duckdb.IOException as err:
        if "lock" in str(err).lower():
            raise WarehouseError(
                f"the warehouse {path} is in use by another process (a run is writing it); "
                "try again when it finishes"
            ) from None
        raise WarehouseError(f"cannot open the warehouse {path}: {err}") from None
    if not read_only:
        con.execute(sql_text("queries/writer_settings"))
        migrate(con)
    return con


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(sql_text("queries/create_schema_version"))
    return con.execute(sql_text("queries/schema_version")).fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply every schema file newer than the warehouse, then (re)create the views."""
    current = schema_version(con)
    for version, path in schema_files():
        if version <= current:
            continue
        with transaction(con):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(sql_text("queries/record_schema_version"), {"version": version, "name": path.stem})
        current = version
    create_views(con)
    return current


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """Create every view in sql/views; views that read other views are retried until all exist."""
    pending = sorted((SQL_DIR / "views").glob("*.sql"))
    while pending:
        failed = []
        for path in pending:
            try:
                con.execute(path.read_text(encoding="utf-8"))
            except duckdb.CatalogException:
                failed.append(path)
        if len(failed) == len(pending):
            raise WarehouseError(f"views cannot be created: {[p.name for p in failed]}")
        pending = failed


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.begin()
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    con.commit()


def known_article_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute(sql_text("queries/known_article_ids")).fetchall()}


def article_ids_needing_scores(con: duckdb.DuckDBPyConnection, scorer_version: str) -> list[str]:
    """Stored articles with no scores from this scorer_version."""
    rows = con.execute(sql_text("queries/articles_needing_scores"), {"scorer_version": scorer_version}).fetchall()
    return [row[0] for row in rows]


def stream_rows(
    con: duckdb.DuckDBPyConnection, name: str, params: dict, batch_size: int
) -> Iterator[list[tuple]]:
    """The rows of sql/queries/<name>.sql, batch_size at a time, streamed rather than held in memory.

    The query runs on its own cursor, so the flow can keep loading on `con` meanwhile; it reads
    the warehouse as it was when the query started.
    """
    cursor = con.cursor()
    try:
        reader = cursor.sql(sql_text(f"queries/{name}"), params=params).to_arrow_reader(batch_size)
        pending: list[tuple] = []
        for record_batch in reader:
            pending.extend(zip(*(column.to_pylist() for column in record_batch.columns)))
            while len(pending) >= batch_size:
                yield pending[:batch_size]
                pending = pending[batch_size:]
        if pending:
            yield pending
    finally:
        cursor.close()


def unscored_texts(
    con: duckdb.DuckDBPyConnection, scorer_version: str, limit: int, batch_size: int, skip: list[str] | None = None
) -> Iterator[list[tuple[str, str, str]]]:
    """Batches of (article_id, clean_text, input_path) of up to `limit` articles without scores
    from scorer_version, leaving out the ids in skip."""
    params = {"scorer_version": scorer_version, "limit": limit, "skip": skip or []}
    return stream_rows(con, "unscored_texts", params, batch_size)


def articles_to_reclean(
    con: duckdb.DuckDBPyConnection, limit: int, batch_size: int
) -> Iterator[list[tuple]]:
    """Batches of (article_id, source, raw_text, content_type, input_path, clean_text_md5, positions,
    categories, texts) of up to `limit` current articles that still keep a line learned as their
    source's boilerplate; the last three are its removed_segments, in position order."""
    return stream_rows(con, "articles_to_reclean", {"limit": limit}, batch_size)


def article_ids_with_learned_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [row[0] for row in con.execute(sql_text("queries/articles_with_learned_lines")).fetchall()]


def start_reclean_stage(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(sql_text("queries/create_reclean_stage"))


def stage_reclean_batch(con: duckdb.DuckDBPyConnection, tables: dict[str, list[dict] | pa.Table]) -> None:
    """One re-cleaning batch's rows into the stage (see sql/queries/create_reclean_stage.sql)."""
    names = {"recleaned": _SIDE_INPUTS["recleaned"][1], "boilerplate_examples": _SIDE_INPUTS["boilerplate_examples"][1]}
    registered = []
    try:
        for name in ("recleaned", "removed_segments", "article_lines", "boilerplate_examples"):
            rows = tables.get(name) or []
            if isinstance(rows, (pa.Table, SpooledTable)):
                arrow = _arrow_table(con, name, rows)
            else:
                arrow = pa.Table.from_pylist(rows, schema=names.get(name) or _arrow_schema(con, name))
            con.register(f"batch_{name}", arrow)
            registered.append(f"batch_{name}")
        con.execute(sql_text("queries/stage_recleaned_batch"))
    finally:
        for view in registered:
            con.unregister(view)
        for rows in tables.values():
            if isinstance(rows, SpooledTable):
                rows.delete()


def apply_recleaned(con: duckdb.DuckDBPyConnection) -> None:
    """Replace the staged articles' cleaning rows, drop their scores, in one transaction."""
    with transaction(con):
        con.execute(sql_text("queries/apply_recleaned"))


def known_input_files(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int, str, tuple[str, ...]]]:
    """{input_path: (size_bytes, mtime_ns, article_id, warnings)} of files read before."""
    rows = con.execute(sql_text("queries/known_input_files")).fetchall()
    return {path: (size, mtime, article_id, tuple(warnings)) for path, size, mtime, article_id, warnings in rows}


def known_source_boilerplate(con: duckdb.DuckDBPyConnection) -> dict[str, frozenset[int]]:
    """Learned boilerplate line fingerprints, by source."""
    learned: dict[str, set[int]] = {}
    for source, line_hash in con.execute(sql_text("queries/known_source_boilerplate")).fetchall():
        learned.setdefault(source, set()).add(line_hash)
    return {source: frozenset(hashes) for source, hashes in learned.items()}


def learn_source_boilerplate(
    con: duckdb.DuckDBPyConnection, run_id: str, min_articles: int, min_share: float
) -> int:
    """Store lines that now recur across enough of a source's articles; return how many."""
    found = con.execute(
        sql_text("queries/learn_source_boilerplate"), {"min_articles": min_articles, "min_share": min_share}
    ).fetchall()
    learned_at = dt.datetime.now()
    rows = [
        {"source": source, "line_hash": line_hash, "example": None, "articles": articles,
         "learned_run": run_id, "learned_at": learned_at}
        for source, line_hash, articles in found
    ]
    load_batch(con, {"source_boilerplate_lines": rows})
    return len(rows)


def start_run(con: duckdb.DuckDBPyConnection, run_id: str, flow_run_id: str | None, scorer_version: str) -> dt.datetime:
    """Record a new run; runs left 'running' by a killed process become 'interrupted'."""
    con.execute(sql_text("queries/mark_interrupted_runs"))
    started_at = dt.datetime.now()
    con.execute(
        sql_text("queries/start_run"),
        {"run_id": run_id, "flow_run_id": flow_run_id, "started_at": started_at, "scorer_version": scorer_version},
    )
    return started_at


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, counts: dict[str, int]) -> None:
    params = {"run_id": run_id, "status": status, "finished_at": dt.datetime.now()}
    for key in ("inputs_seen", "articles_new", "articles_unchanged", "duplicates", "rejected", "articles_rescored", "articles_recleaned"):
        params[key] = counts.get(key, 0)
    con.execute(sql_text("queries/finish_run"), params)


def _arrow_table(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict] | pa.Table | SpooledTable) -> pa.Table:
    """Rows as an Arrow table typed like the warehouse table, so DuckDB casts nothing by guesswork."""
    if isinstance(rows, SpooledTable):  # written by a worker, with the schema from arrow_schemas
        return rows.read()
    if isinstance(rows, pa.Table):
        return rows
    schema = _arrow_schema(con, table)
    return pa.Table.from_pylist(rows, schema=schema)


# The tables a worker builds as Arrow: the big ones, one or many rows per article.
WORKER_ARROW_TABLES = ("articles", "removed_segments", "article_lines", "article_scores", "sentence_scores", "attributions")


def arrow_schemas(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...] = WORKER_ARROW_TABLES) -> dict[str, pa.Schema]:
    """Arrow schemas of warehouse tables, for workers to build batch tables the warehouse takes as they are."""
    return {table: _arrow_schema(con, table) for table in tables}


_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "HUGEINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "BOOLEAN": pa.bool_(),
    "VARCHAR[]": pa.list_(pa.string()),
}


_schema_cache: dict[str, pa.Schema] = {}


def _arrow_schema(con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
    # Schemas come from versioned files, so one lookup per table per process is enough.
    if table not in _schema_cache:
        columns = con.execute(sql_text("queries/table_columns"), {"table": table}).fetchall()
        _schema_cache[table] = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in columns])
    return _schema_cache[table]


def _run_with_rows(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict]) -> None:
    statement, schema = _SIDE_INPUTS[name]
    con.register(f"batch_{name}", pa.Table.from_pylist(rows, schema=schema))
    try:
        con.execute(sql_text(f"queries/{statement}"))
    finally:
        con.unregister(f"batch_{name}")


def load_batch(con: duckdb.DuckDBPyConnection, tables: dict[str, list[dict] | pa.Table]) -> None:
    """Load one batch's rows (lists of dicts, or Arrow tables) for several tables in a single transaction."""
    with transaction(con):
        _insert_batch(con, tables)


class GroupedWriter:
    """Loads batches into shared transactions, committing once one is `commit_seconds` old.

    A commit costs tens of milliseconds (the WAL is flushed to disk), so committing every batch
    would cost more than loading it. A failed load rolls back only the open transaction; what
    it held was never reported as done, and the next run does it again.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, commit_seconds: float):
        self.con, self.commit_seconds = con, commit_seconds
        self._opened_at: float | None = None

    def load(self, tables: dict[str, list[dict] | pa.Table]) -> None:
        if self._opened_at is None:
            self.con.begin()
            self._opened_at = time.monotonic()
        try:
            _insert_batch(self.con, tables)
        except BaseException:
            self.con.rollback()
            self._opened_at = None
            raise
        if time.monotonic() - self._opened_at >= self.commit_seconds:
            self.commit()

    def commit(self) -> None:
        """Commit what is loaded so far (nothing to do when no transaction is open)."""
        if self._opened_at is not None:
            self.con.commit()
            self._opened_at = None


def _insert_batch(con: duckdb.DuckDBPyConnection, tables: dict[str, list[dict] | pa.Table]) -> None:
    """Every table's rows of one batch, inside the caller's transaction."""
    for table in BATCH_TABLES:
        rows = tables.get(table)
        if not rows:
            continue
        view_name = f"batch_{table}"
        con.register(view_name, _arrow_table(con, table, rows))
        try:
            con.execute(sql_text(f"queries/insert_{table}"))
        finally:
            con.unregister(view_name)
            if isinstance(rows, SpooledTable):  # loaded (or the run fails and redoes it): the file has served
                rows.delete()
    metadata = tables.get("metadata")
    if metadata:
        con.register("batch_metadata", pa.Table.from_pylist(metadata, schema=METADATA_SCHEMA))
        try:
            con.execute(sql_text("queries/refresh_article_metadata"))
        finally:
            con.unregister("batch_metadata")
    if tables.get("boilerplate_examples"):
        _run_with_rows(con, "boilerplate_examples", tables["boilerplate_examples"])


METADATA_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("input_path", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("author", pa.string()),
        ("published_date", pa.date32()),
    ]
)


class QueryError(WarehouseError):
    """A statement the warehouse refused, with DuckDB's first line of explanation."""


def query(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> tuple[list[str], list[tuple]]:
    """Run one statement; return (column names, rows)."""
    try:
        result = con.execute(sql, params or {})
    except duckdb.Error as err:
        message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        if "read-only" in message or "attached in read-only mode" in message:
            message = "this connection is read-only; statements that write are refused (" + message + ")"
        elif isinstance(err, duckdb.PermissionException) or "configuration" in message:
            message = "read-only SQL cannot read or write files, attach databases or install extensions (" + message + ")"
        raise QueryError(message) from None
    if result.description is None:
        return [], []
    return [d[0] for d in result.description], result.fetchall()


def run_named_query(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> tuple[list[str], list[tuple]]:
    """Run sql/queries/<name>.sql with parameters."""
    return query(con, sql_text(f"queries/{name}"), params)


def run_report_sql(con: duckdb.DuckDBPyConnection, name: str, params: dict | None = None) -> tuple[list[str], list[tuple]]:
    """Run sql/reports/<name>.sql with parameters."""
    return query(con, sql_text(f"reports/{name}"), params)
