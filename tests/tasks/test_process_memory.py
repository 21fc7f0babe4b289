import gc
import subprocess
import sys

import pytest

from tasks.process_memory import collections_skip_existing_objects
from tests.support import REPO_ROOT


# Run in a fresh interpreter: what earlier tests allocated and freed changes how glibc places blocks.
_HEAP_CHECK = """
import psutil
from tasks.process_memory import return_free_memory

def rss_mb():
    return psutil.Process().memory_info().rss / 2**20

if not return_free_memory():
    raise SystemExit(3)  # no malloc_trim in this C library
blocks, keep = [], []
for i in range(4_000):  # ~200 MB of heap blocks, each followed by a small one that stays alive
    blocks.append(bytes(50_000) + bytes([i % 256]))
    keep.append(bytes(1_000) + bytes([i % 256]))  # over pymalloc's 512 bytes: from the same heap
del blocks
held = rss_mb()
assert return_free_memory()
print(held, rss_mb(), len(keep))
"""


def test_freed_heap_goes_back_to_the_os():
    done = subprocess.run([sys.executable, "-c", _HEAP_CHECK], cwd=REPO_ROOT, capture_output=True, text=True)
    if done.returncode == 3:
        pytest.skip("no malloc_trim in this C library")
    assert done.returncode == 0, done.stderr
    held, after, kept = done.stdout.split()
    assert float(after) < float(held) - 100
    assert int(kept) == 4_000


class _Node:
    def __init__(self):
        self.me = self


def test_collections_skip_old_objects_but_free_new_cycles():
    gc.collect()
    old = _Node()
    frozen_before = gc.get_freeze_count()
    with collections_skip_existing_objects():
        assert gc.get_freeze_count() > frozen_before
        new = _Node()
        del new
        assert gc.collect() >= 1  # the cycle made inside the block is found
        assert all(o is not old for o in gc.get_objects(generation=2))  # the old one is frozen
    assert gc.get_freeze_count() == frozen_before
    assert any(o is old for o in gc.get_objects())
