"""Lines that recur across many articles of one source are that source's boilerplate.

The pipeline learns them from the warehouse (see sql/queries/learn_source_boilerplate.sql);
this module gives each line the fingerprint both sides agree on.
"""
from __future__ import annotations

import hashlib
import re

_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d")


def line_fingerprint(line: str) -> int:
    """A signed 64-bit hash of a line, ignoring case, spacing and which digits it holds.

    Digits are masked so "© 2025 Ledger" and "© 2026 Ledger" count as the same line.
    """
    normal = _DIGITS.sub("#", _SPACES.sub(" ", line).strip().casefold())
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def line_fingerprints(text: str) -> list[int]:
    """Fingerprints of the distinct non-blank lines of text."""
    return sorted({line_fingerprint(line) for line in text.split("\n") if line.strip()})
