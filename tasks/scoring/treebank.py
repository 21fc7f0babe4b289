"""Penn Treebank tokenisation undone, so that a sentence scores the same in either form.

Treebank data (the WSJ sentences of the specificity benchmark, most labelled sentence sets) comes
split into tokens: ``does n't``, ``company 's``, ``-LRB-`` for "(", ``` `` ``` and ``''`` for
quotes, a space before every comma. Counted as written, "n't" and "'s" are extra short words and
"LRB" a capitalised name, which skews the word-level features of ``sentence_specificity``.
"""

from __future__ import annotations

import re

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
# What only treebank tokenisation writes: a bracket name, a split-off clitic, a space before
# punctuation, or a quote pair (`` and '' are quote marks wherever they stand).
_TREEBANK_TOKEN = re.compile(
    r"(?:^| )-[LR][RSC]B-(?= |$)| (?:n't|N'T|'(?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M))(?= |$)|``|''| [,.;:?!%](?: |$)"
)
# Substrings that every match of _TREEBANK_TOKEN contains: a cheap test before the regex.
_HINTS = ("``", "''", "B-", " n't", " N'T", " '", " ,", " .", " ;", " :", " ?", " !", " %")
_SPACE_BEFORE = re.compile(r" ([,.;:?!%)\]}])")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_CLITIC = re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.I)
_QUOTED = re.compile(r'" (.*?) "')


def looks_tokenised(text: str) -> bool:
    """True when ``text`` holds a token, a quote pair or a spacing that treebank tokenisation writes."""
    for hint in _HINTS:
        if hint in text:
            return _TREEBANK_TOKEN.search(text) is not None
    return False


def untokenise(text: str) -> str:
    """``text`` with treebank tokens joined back as written prose: brackets and quotes restored,
    clitics reattached, no space inside brackets and quotes or before punctuation."""
    s = " ".join(_BRACKETS.get(t, t) for t in text.split())
    s = s.replace("``", '"').replace("''", '"')
    s = _SPACE_BEFORE.sub(r"\1", s)
    s = _SPACE_AFTER.sub(r"\1", s)
    s = _CLITIC.sub(r"\1", s)
    return _QUOTED.sub(r'"\1"', s)
