import subprocess
import sys
import time

import pytest

from tasks.locking import WarehouseBusy, describe_holder, is_locked_by_other, warehouse_lock

HOLD = """
import sys, time
from tasks.locking import warehouse_lock
with warehouse_lock(sys.argv[1], "scoring run", timeout=1):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def held_elsewhere(tmp_path):
    """Another process holding the warehouse lock for a while."""
    def start(seconds: float):
        target = tmp_path / "w.duckdb"
        proc = subprocess.Popen([sys.executable, "-c", HOLD, str(target), str(seconds)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "held"
        return target, proc

    procs = []
    yield lambda seconds: procs.append(start(seconds)) or procs[-1]
    for _, proc in procs:
        proc.kill()
        proc.wait()


def test_a_second_holder_waits_then_gets_the_lock(held_elsewhere):
    target, proc = held_elsewhere(1.0)
    messages = []
    started = time.monotonic()
    with warehouse_lock(target, "weekly report", timeout=30, on_wait=messages.append):
        waited = time.monotonic() - started
    assert 0.5 < waited < 10
    assert len(messages) == 1 and "scoring run" in messages[0] and f"pid {proc.pid}" in messages[0]


def test_past_the_timeout_it_gives_up_with_a_clear_message(held_elsewhere):
    target, _ = held_elsewhere(30)
    assert is_locked_by_other(target)
    assert "scoring run" in describe_holder(target)
    with pytest.raises(WarehouseBusy, match="still in use by a scoring run"):
        with warehouse_lock(target, "weekly report", timeout=0.5):
            pass


def test_the_lock_is_reentrant_within_a_process_and_released_after(tmp_path):
    target = tmp_path / "w.duckdb"
    with warehouse_lock(target, "scoring run", timeout=0):
        with warehouse_lock(target, "weekly report", timeout=0):
            assert not is_locked_by_other(target)
    assert not is_locked_by_other(target)
    with warehouse_lock(target, "scoring run", timeout=0):
        pass
