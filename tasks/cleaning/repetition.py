"""Lines that recur across many articles of one source are that source's boilerplate.

The pipeline learns them from the warehouse (see sql/queries/learn_source_boilerplate.sql);
this module gives each line the fingerprint both sides agree on.
"""
from __future__ import annotations

import re
from hashlib import blake2b

_DIGITS = re.compile(r"\d")
# ASCII digits to '#' in one C pass; other lines take the regex, which knows every script's digits.
_ASCII_DIGITS_TO_HASH = bytes(35 if 48 <= b <= 57 else b for b in range(256))


def _normal_bytes(line: str) -> bytes:
    """The line as hashed: one space between words, casefolded, each digit masked as '#'."""
    normal = " ".join(line.split()).casefold()
    if normal.isascii():
        return normal.encode("ascii").translate(_ASCII_DIGITS_TO_HASH)
    return _DIGITS.sub("#", normal).encode("utf-8")


def line_fingerprint(line: str) -> int:
    """A signed 64-bit hash of a line, ignoring case, spacing and which digits it holds.

    Digits are masked so "© 2025 Ledger" and "© 2026 Ledger" count as the same line.
    """
    return int.from_bytes(blake2b(_normal_bytes(line), digest_size=8).digest(), "big", signed=True)


def line_fingerprints(text: str) -> list[int]:
    """Fingerprints of the distinct non-blank lines of text."""
    return sorted({line_fingerprint(line) for line in text.split("\n") if line and not line.isspace()})
