"""The scoring flow: discover inputs, clean them in batches, learn, score, load the warehouse.

It cleans every new input first. Then it learns lines that recur across a source's articles
and cleans the articles holding them again. Only then does it score, once, every article
without current scores: the new ones, the re-cleaned ones, and all of them after a scorer
or weights change.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import shutil
import time
import uuid
from collections import Counter, deque
from contextlib import contextmanager
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.context import get_run_context

from tasks import parallel, warehouse
from tasks.arrow_rows import column
from flows.progress import Progress
from tasks.inputs import DEFAULT_MAX_BYTES, count_input_files, iter_inputs
from tasks.locking import warehouse_lock
from tasks.process_memory import collections_skip_existing_objects, return_free_memory
from tasks.processing import DEFAULT_MAX_ARTICLE_WORDS, effective_scorer_version
from tasks.steps import Payload, clean_batch, reclean_batch, score_batch
from tasks.triage import Triage

DEFAULT_BATCH_SIZE = 1000
DEFAULT_LOCK_TIMEOUT = 300.0
# Bookkeeping rows (rejections, duplicates, metadata) are flushed once this many pile up.
BOOKKEEPING_FLUSH_ROWS = 5_000
# Batches submitted ahead of the one being loaded, per worker: keeps workers busy, bounds memory.
BATCHES_IN_FLIGHT_PER_WORKER = 2
# With few inputs, batches shrink so each worker gets at least this many (uneven batches even out).
BATCHES_PER_WORKER_AT_LEAST = 4
# ... but never below this size, where per-task overhead would start to show.
SMALLEST_BATCH = 10
# Input warnings are logged one by one up to this many, then only counted.
WARNINGS_LOGGED = 10
# Loaded batches share a transaction that commits once it is this old (a commit costs ~60 ms).
COMMIT_EVERY_SECONDS = 1.0
# Staged re-cleaned articles are applied this many at a time: one delete scan per table per
# chunk, while the updated texts (held in memory until checkpoint) stay well under the writer's limit.
RECLEAN_APPLY_ARTICLES = 5_000
# Articles read for scoring per round (their texts are held in memory: ~45 MB); workers idle
# briefly between rounds, so rounds are large.
SCORE_ROUND_ARTICLES = 10_000
# A line is a source's boilerplate once it recurs in this many of its articles, and this share.
LEARN_MIN_ARTICLES = 3
LEARN_MIN_SHARE = 0.05


def spool_dir_for(warehouse_path: str, run_id: str) -> Path:
    """Where one run's workers leave batch tables for the flow: beside the warehouse."""
    return Path(warehouse_path).parent / ".spool" / run_id


def batch_size_for(items: int, batch_size: int, workers: int) -> int:
    """The configured batch size, smaller when there are too few items to keep every worker busy."""
    spread = math.ceil(items / (max(workers, 1) * BATCHES_PER_WORKER_AT_LEAST))
    return max(1, min(batch_size, max(SMALLEST_BATCH, spread)))


def _merge(into: dict[str, list[dict]], extra: dict[str, list[dict]]) -> dict[str, list[dict]]:
    for table, rows in extra.items():
        into.setdefault(table, []).extend(rows)
    return into


def _drain(batches: list):
    """Yield the batches, letting go of each as it goes (their texts can then be freed)."""
    batches.reverse()
    while batches:
        yield batches.pop()


def _flow_run_id() -> str | None:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # called outside a flow run (direct function call in tests)
        return None


class ScoringRun:
    """One run's state: the open warehouse, the triage counts, and the batches in flight."""

    def __init__(
        self, warehouse_path: str, batch_size: int, weights: dict | None, max_article_words: int, workers: int, logger
    ):
        self.logger = logger
        # On Dask (workers=0 here) the cluster's processes do the work; assume one per core.
        self.workers = workers or parallel.default_workers()
        self.max_in_flight = BATCHES_IN_FLIGHT_PER_WORKER * self.workers + 1
        self.max_article_words = max_article_words
        self.batch_size = batch_size
        self.weights = weights
        self.scorer_version = effective_scorer_version(weights)
        self.con = warehouse.connect(warehouse_path)
        self.writer = warehouse.GroupedWriter(self.con, COMMIT_EVERY_SECONDS)
        self.run_id = uuid.uuid4().hex
        self.seen_at = warehouse.start_run(self.con, self.run_id, _flow_run_id(), self.scorer_version)
        self.triage = Triage(warehouse.known_article_ids(self.con), self.run_id)
        self.known_boilerplate = warehouse.known_source_boilerplate(self.con)
        self.schemas = warehouse.arrow_schemas(self.con)
        # This run holds the warehouse lock, so any spool folder is left over from a killed run.
        shutil.rmtree(spool_dir_for(warehouse_path, self.run_id).parent, ignore_errors=True)
        # Local worker processes write batch tables here for the flow to load. With workers=0
        # (inline, or on Dask, whose workers may be other machines) tables come back as results.
        self.spool_dir = str(spool_dir_for(warehouse_path, self.run_id)) if workers > 0 else None
        if self.spool_dir:
            os.makedirs(self.spool_dir, exist_ok=True)
        # Articles already stored without current scores: what this run re-scores.
        self.stale_at_start = set(warehouse.article_ids_needing_scores(self.con, self.scorer_version))
        self.in_flight: deque = deque()
        # Wall seconds per stage; "clean" and "score" are time spent waiting for batch results.
        self.stage_seconds: Counter = Counter()
        self.progress: Progress | None = None
        self.warned = 0
        self.failed_batches = 0

    @contextmanager
    def _timed(self, stage: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[stage] += time.perf_counter() - started

    def _load(self, tables: dict[str, list[dict]]) -> None:
        with self._timed("load"):
            self.writer.load(tables)

    def commit(self) -> None:
        with self._timed("load"):
            self.writer.commit()

    def _load_oldest(self) -> None:
        future, bookkeeping, paths = self.in_flight.popleft()
        with self._timed("clean"):
            try:
                result = future.result()
            except Exception as err:  # the task failed after its retries: record it, go on with the rest
                result = self._failed_batch(paths, err)
        self.triage.record_processed(result)
        self._load(_merge(result, bookkeeping))

    def _failed_batch(self, paths: list[str], err: Exception, reject: bool = True) -> dict[str, list[dict]]:
        """Rows saying a batch failed; the next run tries its inputs again.

        A failed cleaning batch's inputs count as rejected; a failed scoring batch's articles
        stay stored, without scores until then.
        """
        self.failed_batches += 1
        error = f"{type(err).__name__}: {err}"[:500]
        self.logger.error("batch %d (%d inputs) failed after retries: %s", self.failed_batches, len(paths), error)
        rows = {"failed_batches": [{"run_id": self.run_id, "batch_number": self.failed_batches, "error": error,
                                    "input_paths": paths, "failed_at": dt.datetime.now()}]}
        if reject:
            reason = f"processing failed after retries ({error}); the next run tries it again"
            rows["rejected_inputs"] = [{"run_id": self.run_id, "input_path": p, "reason": reason} for p in paths]
        return rows

    def _submit(self, articles: list) -> None:
        # Payload: Prefect would otherwise walk every article and learned line looking for futures.
        future = clean_batch.submit(
            Payload(articles), self.run_id, self.seen_at, Payload(self.known_boilerplate), self.max_article_words,
            self.schemas, self.spool_dir,
        )
        self.in_flight.append((future, self.triage.take_rows(), [a.input_path for a in articles]))
        while len(self.in_flight) > self.max_in_flight:
            self._load_oldest()

    def _warn(self, item) -> None:
        for warning in getattr(item, "warnings", ()):
            self.warned += 1
            if self.warned <= WARNINGS_LOGGED:
                self.logger.warning("%s: %s", item.input_path, warning)

    def ingest(self, inputs_dir: str, max_bytes: int) -> None:
        """Triage every input; clean, score and load the new ones in batches."""
        new_articles = []
        total = count_input_files(inputs_dir)
        self.progress = Progress(total, "scoring")
        batch_size = batch_size_for(total, self.batch_size, self.workers)
        inputs = iter_inputs(inputs_dir, max_bytes=max_bytes, known_files=warehouse.known_input_files(self.con))
        while True:
            with self._timed("discover"):
                item = next(inputs, None)
            if item is None:
                break
            self.progress.advance(1)
            self._warn(item)
            if self.triage.admit(item):
                new_articles.append(item)
            if len(new_articles) >= batch_size:
                self._submit(new_articles)
                new_articles = []
            elif self.triage.pending_rows() >= BOOKKEEPING_FLUSH_ROWS:
                self._load(self.triage.take_rows())
        if new_articles:
            self._submit(new_articles)
        while self.in_flight:
            self._load_oldest()
        self._load(self.triage.take_rows())
        self.progress.finish()

    def _pipelined(self, batches, submit, stage: str):
        """(result, error, context) for every batch, keeping several batches in flight.

        batches yields lists of rows; submit(batch) returns (future, context); a batch that
        failed after its retries gives its error.
        """
        pending: deque = deque()

        def oldest():
            future, context = pending.popleft()
            with self._timed(stage):
                try:
                    return future.result(), None, context
                except Exception as err:  # recorded by the caller; the other batches go on
                    return None, err, context

        while True:
            with self._timed("fetch"):
                batch = next(batches, None)
                if batch is None:
                    break
                pending.append(submit(batch))
            if len(pending) >= self.max_in_flight:
                yield oldest()
        while pending:
            yield oldest()

    def learn_source_boilerplate(self) -> None:
        """Learn lines recurring across a source's articles, and clean the articles holding them again."""
        self.commit()
        with self._timed("learn"):
            learned = warehouse.learn_source_boilerplate(self.con, self.run_id, LEARN_MIN_ARTICLES, LEARN_MIN_SHARE)
            if learned:
                self.known_boilerplate = warehouse.known_source_boilerplate(self.con)
            # Every run, not only a learning one: a run stopped half-way through this step is finished here.
            affected = len(warehouse.article_ids_with_learned_lines(self.con))
        if not affected:
            return

        def submit(rows: list[tuple]):
            # All but input_path, which stays here (see warehouse.articles_to_reclean).
            items = [row[:4] + row[5:] for row in rows]
            future = reclean_batch.submit(Payload(items), Payload(self.known_boilerplate), self.schemas, self.spool_dir)
            return future, [row[4] for row in rows]

        # In rounds: the texts updated by one round stay in memory until the warehouse checkpoints,
        # and no query may still be reading the articles while they are applied.
        batch_size = batch_size_for(affected, self.batch_size, self.workers)
        for _ in range(affected // RECLEAN_APPLY_ARTICLES + 2):  # an article left as it was is not retried
            warehouse.start_reclean_stage(self.con)
            staged = fetched = 0
            batches = warehouse.articles_to_reclean(self.con, RECLEAN_APPLY_ARTICLES, batch_size)
            for result, error, labels in self._pipelined(batches, submit, "learn"):
                fetched += len(labels)
                if error is not None:  # those articles keep their rows and are tried again next run
                    self._load(self._failed_batch(labels, error, reject=False))
                    continue
                with self._timed("load"):
                    warehouse.stage_reclean_batch(self.con, result)
                staged += len(result.get("recleaned", ()))
            self.commit()
            with self._timed("load"):
                warehouse.apply_recleaned(self.con)
            return_free_memory()  # the round's rows sit in reference cycles and glibc's free lists
            self.triage.counts.articles_recleaned += staged
            if fetched < RECLEAN_APPLY_ARTICLES:  # that was the last of them
                break
        self.logger.info("learned %d boilerplate line(s); cleaned %d article(s) again", learned, affected)

    def score_unscored(self) -> None:
        """Score every stored article without scores from the current scorer (and weights)."""
        self.commit()
        pending = len(warehouse.article_ids_needing_scores(self.con, self.scorer_version))
        if not pending:
            return

        def submit(rows: list[tuple]):
            items = [(article_id, text) for article_id, text, _ in rows]
            future = score_batch.submit(
                Payload(items), self.scorer_version, dt.datetime.now(), self.weights, self.schemas, self.spool_dir
            )
            return future, [(article_id, None, path) for article_id, _, path in rows]

        # In rounds, each read to its end before its scores load: a query left open would make the
        # warehouse keep every row version loaded meanwhile (memory and load time grew with N).
        batch_size = batch_size_for(pending, self.batch_size, self.workers)
        failed: list[str] = []
        for _ in range(pending // SCORE_ROUND_ARTICLES + 2):
            rounds = list(warehouse.unscored_texts(self.con, self.scorer_version, SCORE_ROUND_ARTICLES, batch_size, failed))
            fetched = sum(len(batch) for batch in rounds)
            for result, error, rows in self._pipelined(_drain(rounds), submit, "score"):
                if error is not None:  # the task failed after its retries: record it, go on with the rest
                    failed.extend(article_id for article_id, _, _ in rows)
                    self._load(self._failed_batch([path for _, _, path in rows], error, reject=False))
                    continue
                scored = column(result.get("article_scores", []), "article_id")  # before loading removes the file
                self._load(result)
                self.triage.counts.articles_rescored += sum(1 for article_id in scored if article_id in self.stale_at_start)
            self.commit()
            return_free_memory()  # the round's rows sit in reference cycles and glibc's free lists
            if fetched < SCORE_ROUND_ARTICLES:  # that was the last of them
                break

    def finish(self, status: str) -> None:
        self.commit()  # batches loaded before a failure elsewhere are complete: keep them
        warehouse.finish_run(self.con, self.run_id, status, self.triage.counts.as_dict())
        self.con.close()
        if self.spool_dir:
            shutil.rmtree(self.spool_dir, ignore_errors=True)


def task_runner_for(runner: str, dask_address: str | None = None, workers: int | None = None):
    """The Prefect task runner for `--runner`: threads handing work to processes, or Dask."""
    if runner == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        n_workers = workers or parallel.default_workers()
        return DaskTaskRunner(cluster_kwargs={"n_workers": n_workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    return ThreadPoolTaskRunner()


@flow(name="score_articles", task_runner=ThreadPoolTaskRunner())
def score_articles(
    inputs_dir: str = "inputs",
    warehouse_path: str = str(warehouse.DEFAULT_WAREHOUSE),
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_bytes: int = DEFAULT_MAX_BYTES,
    weights: dict[str, float] | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    max_article_words: int = DEFAULT_MAX_ARTICLE_WORDS,
    workers: int | None = None,
) -> dict:
    """Score every new input under inputs_dir into the warehouse; return the run's counts.

    `weights` are the quality_score weights (None: the defaults); other weights re-score
    every stored article once, under a scorer_version tagged with them. A second run or a
    report already using the warehouse is waited for, up to `lock_timeout` seconds.
    Cleaning and scoring run in `workers` processes (default: one per core; 0: in the task's
    own process, as on Dask, whose workers are processes already).
    """
    logger = get_run_logger()
    if not Path(inputs_dir).is_dir():
        raise FileNotFoundError(f"inputs directory {inputs_dir!r} does not exist")
    started = time.perf_counter()
    with warehouse_lock(warehouse_path, "scoring run", lock_timeout, on_wait=logger.warning):
        if workers is None:
            # One batch or less: starting worker processes would cost more than it saves.
            workers = 0 if count_input_files(inputs_dir) <= batch_size else parallel.default_workers()
        parallel.start(workers)
        run = ScoringRun(warehouse_path, batch_size, weights, max_article_words, workers, logger)
        try:
            # Each round's collection then walks the round's objects, not all of Prefect and pyarrow.
            with collections_skip_existing_objects():
                run.ingest(inputs_dir, max_bytes)
                run.learn_source_boilerplate()
                run.score_unscored()
        except BaseException:
            run.finish("failed")
            raise
        run.finish("completed_with_failures" if run.failed_batches else "completed")

    counts = run.triage.counts
    if not counts.balanced():
        logger.error("input accounting does not balance: %s", counts.as_dict())
    if run.warned > WARNINGS_LOGGED:
        logger.warning("%d input warnings in all; they are in input_warnings (run %s)", run.warned, run.run_id)
    if counts.rejected:
        logger.warning("%d input(s) rejected; reasons are in rejected_inputs (run %s)", counts.rejected, run.run_id)
    return {
        "run_id": run.run_id,
        **counts.as_dict(),
        "balanced": counts.balanced(),
        "failed_batches": run.failed_batches,
        "seconds": round(time.perf_counter() - started, 2),
        "stage_seconds": {stage: round(seconds, 3) for stage, seconds in run.stage_seconds.items()},
        "warehouse": str(warehouse_path),
    }
