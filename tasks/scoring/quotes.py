"""Quote finding: spans of quoted stretches, quote marks included (curly, straight, PTB, guillemets).

Quote marks are paired per line. A straight mark opens after space/start/bracket and closes before
space/punctuation; an opener while a quote is open closes the open one first (mixed or broken
marks), an unclosed quote ends at the end of its line (news style reopens each paragraph of a long
quote), and a stray closer quotes from the start of its line. Single curly quotes count only
outside double quotes (inside they are nested quotes, part of the outer content).
"""

from __future__ import annotations

import bisect
import re

Span = tuple[int, int]

# ``, '' or one of "“”„«», written to start with a character set so that the regex engine skips
# ahead to candidate characters instead of trying a match at every position.
_QUOTE_MARK = re.compile(r"""[`'"“”„«»](?:(?<=`)`|(?<=')'|(?<![`']))""")
_SINGLE_MARK = re.compile(r"[‘’]")
_OPENERS = {"“", "„", "«", "``"}
_CLOSERS = {"”", "»", "''"}


def _line_quotes(text: str, a: int, b: int, out: list[Span]) -> None:
    """Append (start, end) spans of double-quoted stretches (marks included) in text[a:b]."""
    open_at = -1
    for m in _QUOTE_MARK.finditer(text, a, b):
        mark = m.group(0)
        s, e = m.start(), m.end()
        if mark in _OPENERS:
            kind = "open"
        elif mark in _CLOSERS:
            kind = "close"
        else:
            before = text[s - 1] if s > a else " "
            after = text[e] if e < b else " "
            if before.isspace() or before in "([{—–-/" or s == a:
                kind = "open" if not after.isspace() else ("close" if open_at >= 0 else "open")
            elif after.isspace() or after in ".,;:!?)]}—–-" or e == b:
                kind = "close"
            else:
                kind = "close" if open_at >= 0 else "open"
        if kind == "open":
            if open_at >= 0:
                out.append((open_at, s))
            open_at = s
        else:
            if open_at >= 0:
                out.append((open_at, e))
                open_at = -1
            else:
                out.append((a, e))
    if open_at >= 0:
        out.append((open_at, b))


def _line_single_quotes(text: str, a: int, b: int, doubles: list[Span], out: list[Span]) -> None:
    open_at = -1
    for m in _SINGLE_MARK.finditer(text, a, b):
        s, e = m.start(), m.end()
        if _inside(doubles, s):
            continue
        before = text[s - 1] if s > a else " "
        after = text[e] if e < b else " "
        if m.group(0) == "‘":
            if before.isspace() or before in "([{—–-" or s == a:
                open_at = s
        elif open_at >= 0 and not after.isalpha():
            if before != "s" or after in ".,;:!?":
                out.append((open_at, e))
                open_at = -1


def _inside(spans: list[Span], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find_quotes(text: str) -> list[Span]:
    """Spans of quoted stretches, quote marks included, sorted."""
    doubles: list[Span] = []
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        if line:
            _line_quotes(text, pos, pos + len(line), doubles)
        pos += len(line) + 1
    singles: list[Span] = []
    if "‘" in text:
        for a, b in lines:
            if b > a:
                _line_single_quotes(text, a, b, doubles, singles)
    spans = sorted(doubles + singles)
    return spans
