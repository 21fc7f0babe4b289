"""Give freed heap memory back to the operating system between the flow's rounds.

glibc keeps freed blocks in its heap for reuse. After a round of texts passes through the flow
process (read, sent to workers, results loaded), most of that heap is free but still resident:
at 100,000 articles the flow held 1.2 GB, of which malloc_trim returned 570 MB.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache


@lru_cache(maxsize=1)
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def return_free_memory() -> bool:
    """Release free heap pages to the OS; False where the C library has no malloc_trim (not glibc)."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
