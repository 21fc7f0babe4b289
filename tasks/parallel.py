"""CPU work in worker processes: Python threads share one core for pure-Python code.

Prefect tasks run in threads and hand their batch to this pool, so Prefect itself never
runs in the workers. With workers=0 everything runs in the calling thread (for debugging,
for tests that patch functions, and on Dask workers, which are processes already).
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, Callable

# How often a worker checks that the flow process that started it is still alive.
PARENT_CHECK_SECONDS = 1.0
# Workers run this much nicer than the flow, so loading the warehouse never waits for a core.
WORKER_NICENESS = 5

_pool: Executor | None = None
_pool_size = 0


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _exit_when_orphaned(parent: int) -> None:
    # A killed flow cannot stop its workers, and they would wait for work forever.
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _start_worker(parent: int) -> None:
    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="parent-watch", daemon=True).start()
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not permitted here: run at normal priority
        pass
    # Load trafilatura, the syllable dictionary and regexes once per worker, not in the first batch.
    from tasks.processing import warm_up

    warm_up()


def start(workers: int) -> None:
    """Start (or resize) the shared pool; 0 means run inline."""
    global _pool, _pool_size
    if workers == _pool_size and (_pool is not None or workers == 0):
        return
    shutdown()
    if workers > 0:
        # spawn, not fork: the flow process has Prefect's threads, which fork would copy mid-flight.
        context = multiprocessing.get_context("spawn")
        _pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),)
        )
    _pool_size = workers


def shutdown() -> None:
    global _pool, _pool_size
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
    _pool, _pool_size = None, 0


def run(fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) in a worker process when the pool is started, else right here."""
    if _pool is None:
        return fn(*args)
    future: Future = _pool.submit(fn, *args)
    return future.result()
