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

# a line break, or a mark (run of .!? or one …) and closers before the next in-line token (group 1);
# one scan finds both cuts, and the leading character set lets the regex engine skip ahead
_CUT = re.compile(
    r"""[\n.!?…](?:(?<=\n)|(?:(?<=…)|(?<=[.!?])[.!?]*+)(?:["'”’)\]]|'')*(?=[^\S\n]+(\S+)))"""
)
# the token before a mark, matched backwards in the reversed text: anchored, so no search
_PREV_TOKEN_REVERSED = re.compile(r"""[^\s"'“‘(\[`]*""")
_ACRONYM = re.compile(r"^(?:[a-z]\.)+[a-z]$")
_LEADING = "\"'“‘([`"  # opening quotes and brackets, stripped before the next word
_CLOSING = "\"'”’)]"  # closing quotes and brackets after a mark
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum() for one character
_TRIMMED = re.compile(r"\s*+(\S(?:.*\S)?)", re.S)  # group 1: the span without edge white space
_HEAD = re.compile(r"[\w']+")


def _is_boundary(m: re.Match[str], reversed_text: str) -> bool:
    nxt = m.group(1).lstrip(_LEADING)
    if not nxt:
        return True
    first = nxt[0]
    if first.islower():
        return False
    if m.group(0).rstrip(_CLOSING) != ".":  # "?", "!", "…", "..." and the like always end one
        return True
    before = _PREV_TOKEN_REVERSED.match(reversed_text, len(reversed_text) - m.start())
    prev = before.group(0) if before else ""  # never None: the pattern matches empty text
    word = prev[::-1].lower().rstrip(".")
    if not word:
        return True
    if word in TITLE_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial, "John F. Kennedy"
        return False
    if word in SOFT_ABBREVIATIONS or ("." in word and _ACRONYM.match(word)):  # "in" spares most words the regex
        if first.isdigit():
            return False
        head = _HEAD.match(nxt)
        return head is not None and head.group(0).lower() in SENTENCE_STARTERS
    return True


def split_sentences(text: object) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``text`` (see module doc for the rules)."""
    spans: list[tuple[int, int]] = []
    if not isinstance(text, str) or not text:
        return spans
    reversed_text = text[::-1]
    start = 0
    for m in _CUT.finditer(text):
        if m.group(1) is None:  # a line break: the sentence ends before it
            if m.start() > start:  # blank lines between paragraphs hold nothing to append
                _append(spans, text, start, m.start())
            start = m.end()
        elif _is_boundary(m, reversed_text):
            _append(spans, text, start, m.end())
            start = m.end()
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[tuple[int, int]], text: str, a: int, b: int) -> None:
    t = _TRIMMED.match(text, a, b)
    if t is not None and _ALNUM.search(text, t.start(1), t.end(1)) is not None:
        spans.append(t.span(1))
