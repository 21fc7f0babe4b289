import gc

import psutil
import pytest

from tasks.process_memory import collections_skip_existing_objects, return_free_memory


def _rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def test_freed_heap_goes_back_to_the_os():
    if not return_free_memory():
        pytest.skip("no malloc_trim in this C library")
    blocks, keep = [], []
    for i in range(4_000):  # ~200 MB of heap blocks, each followed by a small one that stays alive
        blocks.append(bytes(50_000) + bytes([i % 256]))
        keep.append(bytes(1_000) + bytes([i % 256]))  # over pymalloc's 512 bytes: from the same heap
    del blocks
    held = _rss_mb()
    assert return_free_memory()
    assert _rss_mb() < held - 100
    assert len(keep) == 4_000


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
