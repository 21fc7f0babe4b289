"""The scoring flow: discover inputs, clean and score them in batches, load the warehouse."""
from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import deque
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.context import get_run_context

from tasks import warehouse
from tasks.inputs import DEFAULT_MAX_BYTES, iter_inputs
from tasks.locking import warehouse_lock
from tasks.processing import effective_scorer_version
from tasks.steps import process_batch, rescore_batch
from tasks.triage import Triage

DEFAULT_BATCH_SIZE = 200
DEFAULT_LOCK_TIMEOUT = 300.0
# Bookkeeping rows (rejections, duplicates, metadata) are flushed once this many pile up.
BOOKKEEPING_FLUSH_ROWS = 5_000
# Input warnings are logged one by one up to this many, then only counted.
WARNINGS_LOGGED = 10
# Batches submitted ahead of the one being loaded: enough to keep workers busy, few enough to bound memory.
MAX_BATCHES_IN_FLIGHT = 4


def _merge(into: dict[str, list[dict]], extra: dict[str, list[dict]]) -> dict[str, list[dict]]:
    for table, rows in extra.items():
        into.setdefault(table, []).extend(rows)
    return into


def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # called outside a flow run (direct function call in tests)
        return None


@flow(name="score_articles")
def score_articles(
    inputs_dir: str = "inputs",
    warehouse_path: str = str(warehouse.DEFAULT_WAREHOUSE),
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    weights: dict[str, float] | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> dict:
    """Score every new input under inputs_dir into the warehouse; return the run's counts.

    `weights` are the quality_score weights (None: the defaults); other weights re-score
    every stored article once, under a scorer_version tagged with them. A second run or a
    report already using the warehouse is waited for, up to `lock_timeout` seconds.
    """
    logger = get_run_logger()
    if not Path(inputs_dir).is_dir():
        raise FileNotFoundError(f"inputs directory {inputs_dir!r} does not exist")
    with warehouse_lock(warehouse_path, "scoring run", lock_timeout, on_wait=logger.warning):
        return _score_articles(inputs_dir, warehouse_path, batch_size, max_bytes, weights, logger)


def _score_articles(inputs_dir, warehouse_path, batch_size, max_bytes, weights, logger) -> dict:
    scorer_version = effective_scorer_version(weights)
    started = time.perf_counter()
    con = warehouse.connect(warehouse_path)
    run_id = uuid.uuid4().hex
    seen_at = warehouse.start_run(con, run_id, _flow_run_id(), scorer_version)
    triage = Triage(warehouse.known_article_ids(con), run_id)
    in_flight: deque = deque()

    def load_oldest() -> None:
        future, bookkeeping = in_flight.popleft()
        result = future.result()
        triage.record_processed(result)
        warehouse.load_batch(con, _merge(result, bookkeeping))

    def submit(articles: list) -> None:
        in_flight.append((process_batch.submit(articles, run_id, seen_at, scorer_version, weights), triage.take_rows()))
        while len(in_flight) > MAX_BATCHES_IN_FLIGHT:
            load_oldest()

    warned = 0
    try:
        new_articles = []
        for item in iter_inputs(inputs_dir, max_bytes=max_bytes):
            for warning in getattr(item, "warnings", ()):
                warned += 1
                if warned <= WARNINGS_LOGGED:
                    logger.warning("%s: %s", item.input_path, warning)
            if triage.admit(item):
                new_articles.append(item)
            if len(new_articles) >= batch_size:
                submit(new_articles)
                new_articles = []
            elif triage.pending_rows() >= BOOKKEEPING_FLUSH_ROWS:
                warehouse.load_batch(con, triage.take_rows())
        if new_articles:
            submit(new_articles)
        while in_flight:
            load_oldest()
        warehouse.load_batch(con, triage.take_rows())

        # A scorer_version bump re-scores what the warehouse already holds.
        stale = warehouse.article_ids_needing_scores(con, scorer_version)
        for start in range(0, len(stale), batch_size):
            items = warehouse.clean_texts(con, stale[start : start + batch_size])
            result = rescore_batch.submit(items, scorer_version, dt.datetime.now(), weights).result()
            warehouse.load_batch(con, result)
            triage.counts.articles_rescored += len(items)
    except BaseException:
        warehouse.finish_run(con, run_id, "failed", triage.counts.as_dict())
        con.close()
        raise

    counts = triage.counts
    if not counts.balanced():
        logger.error("input accounting does not balance: %s", counts.as_dict())
    warehouse.finish_run(con, run_id, "completed", counts.as_dict())
    con.close()
    if warned > WARNINGS_LOGGED:
        logger.warning("%d input warnings in all; they are in input_warnings (run %s)", warned, run_id)
    if counts.rejected:
        logger.warning("%d input(s) rejected; reasons are in rejected_inputs (run %s)", counts.rejected, run_id)
    return {
        "run_id": run_id,
        **counts.as_dict(),
        "balanced": counts.balanced(),
        "seconds": round(time.perf_counter() - started, 2),
        "warehouse": str(warehouse_path),
    }
