"""One writer at a time: an advisory file lock beside the warehouse.

DuckDB refuses a second process outright; this lock makes the second one wait its turn
(up to a timeout), and says who holds the warehouse while it waits.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

POLL_SECONDS = 0.25
# Locks this process holds, so a flow called from the CLI does not wait for its own caller.
_held: dict[str, int] = {}


class WarehouseBusy(RuntimeError):
    """The warehouse stayed locked by another process past the timeout."""


def lock_path_for(warehouse_path: Path | str) -> Path:
    return Path(f"{warehouse_path}.lock")


def describe_holder(warehouse_path: Path | str) -> str:
    """Who holds the lock, from what they wrote into it: 'a run (pid 12, started 10:02:03)'."""
    try:
        holder = json.loads(lock_path_for(warehouse_path).read_text() or "{}")
    except (OSError, ValueError):
        return "another process"
    if not holder:
        return "another process"
    return f"a {holder.get('purpose', 'process')} (pid {holder.get('pid')}, started {holder.get('started_at')})"


def _try_lock(handle) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


@contextmanager
def warehouse_lock(
    warehouse_path: Path | str,
    purpose: str,
    timeout: float,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the warehouse's lock; wait up to `timeout` seconds for another holder to finish."""
    key = str(Path(warehouse_path).resolve())
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    path = lock_path_for(warehouse_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        if not _try_lock(handle):
            if on_wait:
                on_wait(f"waiting for {describe_holder(warehouse_path)} to finish with {warehouse_path} (up to {timeout:g} s)")
            deadline = time.monotonic() + timeout
            while not _try_lock(handle):
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"the warehouse {warehouse_path} is still in use by {describe_holder(warehouse_path)} "
                        f"after {timeout:g} s; try again when it finishes, or raise run.lock_timeout_seconds"
                    )
                time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        started = dt.datetime.now().isoformat(timespec="seconds")
        handle.write(json.dumps({"pid": os.getpid(), "purpose": purpose, "started_at": started}))
        handle.flush()
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


def is_locked_by_other(warehouse_path: Path | str) -> bool:
    """True when another process holds the lock right now (never waits)."""
    if str(Path(warehouse_path).resolve()) in _held:
        return False
    path = lock_path_for(warehouse_path)
    if not path.exists():
        return False
    with open(path, "a+") as handle:
        if _try_lock(handle):
            fcntl.flock(handle, fcntl.LOCK_UN)
            return False
        return True
