"""Penn Treebank tokenisation undone, so that a sentence scores the same in either form.

Treebank data (the WSJ sentences of the specificity benchmark, most labelled sentence sets) comes
split into tokens: ``does n't``, ``company 's``, ``-LRB-`` for "(", ``` `` ``` and ``''`` for
quotes, a space before every comma. Counted as written, "n't" and "'s" are extra short words and
"LRB" a capitalised name, which skews the word-level features of ``sentence_specificity``.
"""

from __future__ import annotations

import re

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
# What only treebank tokenisation writes: a quote pair (`` and '' are quote marks wherever they
# stand), a bracket name, or a split-off clitic. (A space before punctuation changes no feature.)
# Each check opens with a literal string, so that re finds its candidates by a fast scan.
_CHECKS = (
    re.compile(r"``"),
    re.compile(r"''"),
    re.compile(r"-[LR][RSC]B-(?= |$)"),
    re.compile(r" '(?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)(?= |$)"),
    re.compile(r" n't(?= |$)"),
)
_SPACE_BEFORE = re.compile(r" ([,.;:?!%)\]}])")
_SPACE_AFTER = re.compile(r"([(\[{$]) ")
_CLITIC = re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.I)
_QUOTED = re.compile(r'" (.*?) "')


def looks_tokenised(text: str) -> bool:
    """True when ``text`` holds a quote pair or a token that treebank tokenisation writes."""
    return any(check.search(text) for check in _CHECKS)


def untokenise(text: str) -> str:
    """``text`` with treebank tokens joined back as written prose: brackets and quotes restored,
    clitics reattached, no space inside brackets and quotes or before punctuation."""
    s = " ".join(_BRACKETS.get(t, t) for t in text.split())
    s = s.replace("``", '"').replace("''", '"')
    s = _SPACE_BEFORE.sub(r"\1", s)
    s = _SPACE_AFTER.sub(r"\1", s)
    s = _CLITIC.sub(r"\1", s)
    return _QUOTED.sub(r'"\1"', s)
