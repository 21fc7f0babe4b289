"""Abbreviation-aware sentence splitting.

Rules, in order:
- every line break ends a sentence (cleaned text keeps one paragraph per line);
- a run of ``.``, ``!``, ``?`` (plus any closing quotes/brackets) followed by space ends a sentence,
  unless the next word starts in lower case or the token before a single ``.`` is
  * a title (``Mr.``, ``Dr.``, ``Gen.``) or an initial (``George W. Bush``): never a boundary;
  * a soft abbreviation (``Inc.``, ``Jan.``, ``No.``, ``U.S.``, ``a.m.``): a boundary only when the
    next word is a typical sentence opener (``the U.S. The ...``) and not a number.
Spans are ``(start, end)`` character offsets into the input, trimmed of surrounding white space.
"""

from __future__ import annotations

import re

from .lexicons import SENTENCE_STARTERS, SOFT_ABBREVIATIONS, TITLE_ABBREVIATIONS

_LINE = re.compile(r"[^\n]+")
# Terminal punctuation (a run of .!? or one …), optional closing quotes/brackets, then white
# space and the next token. Written to start with a character set, which lets the regex engine
# skip ahead to candidate characters instead of trying a match at every position.
_BOUNDARY = re.compile(r"""[.!?…](?:(?<=…)|(?<=[.!?])[.!?]*+)(?:["'”’)\]]|'')*(?=\s+(\S+))""")
_PREV_TOKEN = re.compile(r"""[^\s"'“‘(\[`]+$""")
_ACRONYM = re.compile(r"^(?:[a-z]\.)+[a-z]$")
_LEADING = "\"'“‘([`"  # opening quotes and brackets, stripped before the next word
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum() for one character
_HEAD = re.compile(r"[\w']+")
_PREV_WINDOW = 48


def _is_boundary(line: str, m: re.Match[str], line_start: int) -> bool:
    nxt = m.group(1).lstrip(_LEADING)
    if not nxt:
        return True
    first = nxt[0]
    if first.islower():
        return False
    punct = m.group(0)
    if not punct.startswith(".") or punct.startswith(".."):
        return True
    if punct.rstrip("\"'”’)]") != ".":
        return True
    end = m.start()
    # the token before the mark: search a short window first (a token longer than the window
    # reaches its start, and then the whole line is searched, so the result is the same)
    lo = end - _PREV_WINDOW
    prev = None
    if lo > 0:
        prev = _PREV_TOKEN.search(line, lo, end)
        if prev is not None and prev.start() == lo:
            prev = None
            lo = 0
    if lo <= 0:
        prev = _PREV_TOKEN.search(line, 0, end)
    if prev is None:
        return True
    word = prev.group(0).lower().rstrip(".")
    if not word:
        return True
    if word in TITLE_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial, "John F. Kennedy"
        return False
    if word in SOFT_ABBREVIATIONS or _ACRONYM.match(word):
        if first.isdigit():
            return False
        head = _HEAD.match(nxt)
        return bool(head) and head.group(0).lower() in SENTENCE_STARTERS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text`` (see module doc for the rules)."""
    spans: list[tuple[int, int]] = []
    if not isinstance(text, str) or not text:
        return spans
    for lm in _LINE.finditer(text):
        line = lm.group(0)
        base = lm.start()
        start = 0
        for m in _BOUNDARY.finditer(line):
            if _is_boundary(line, m, base):
                _append(spans, line, base, start, m.end())
                start = m.end()
        _append(spans, line, base, start, len(line))
    return spans


def _append(spans: list[tuple[int, int]], line: str, base: int, a: int, b: int) -> None:
    seg = line[a:b]
    stripped = seg.strip()
    if not stripped or _ALNUM.search(stripped) is None:
        return
    lead = len(seg) - len(seg.lstrip())
    spans.append((base + a + lead, base + a + lead + len(stripped)))
