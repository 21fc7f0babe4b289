"""Sentence specificity: how much concrete, checkable detail a sentence carries.

``sentence_specificity(s)`` is a logistic model over surface features, in [0, 1]:

    z = b + Σ w_i · f_i(s),   specificity = 1 / (1 + e^-z)

Features that raise it (detail a reader could check): sentence length (log words), tokens with
digits, capitalised non-initial tokens (names of people, places, organisations), money/percent/
unit markers, spelled-out numbers, dates and times. Features that lower it (the marks of general
statements): vague quantifiers, hedges and buzzwords ("many", "some", "may", "significant",
"game changer", "experts say") as a share of words, evaluative words as a share of words,
present-tense auxiliaries (generic statements), generic plural nouns, and a leading discourse
connective ("But", "However").

The weights are rounded coefficients of a 5-fold cross-validated L2 logistic regression on these
standardised features, fitted on the WSJ/PDTB specificity sentences in shared/bench (the only
labelled set there), then rounded by hand; the intercept puts 0.5 at the typical split between
general and specific news sentences. Count features enter through log1p so one long list of
numbers cannot dominate.
"""

from __future__ import annotations

import math
import re

from .lexicons import (
    EVALUATIVE_WORDS,
    MONTHS,
    NUMBER_WORDS,
    TIME_WORDS,
    UNIT_WORDS,
    VAGUE_PHRASES,
    VAGUE_WORDS,
    WEEKDAYS,
)

_WORD = re.compile(r"\w+(?:['’.\-]\w+)*")
_DIGIT = re.compile(r"\d")
_SYMBOL = re.compile(r"[$€£¥%]")
_VAGUE_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in VAGUE_PHRASES) + r")\b", re.I)
_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d(?:s)?$")
# Chars that, before a capitalised word, mark it as the start of a quoted or listed sentence.
_RESTART = set("\"“‘:;([`—–")
_PRESENT = frozenset("is are isn't aren't do does don't doesn't has have can will".split())
_PAST = frozenset("was were had did said".split())
_CONNECTIVES = frozenset(
    "but and however rather indeed still yet so instead meanwhile also moreover thus therefore "
    "in".split()
)
_DATE_WORDS = MONTHS | WEEKDAYS | TIME_WORDS

# Weights (see module docstring).
INTERCEPT = -3.45
W_LOG_WORDS = 0.85
W_LOG_DIGITS = 1.4
W_LOG_CAPITALS = 0.6
W_UNITS = 0.3
W_NUMBER_WORDS = 0.4
W_DATES = 0.3
W_VAGUE_RATE = -3.5
W_EVAL_RATE = -7.0
W_PRESENT = -0.25
W_PAST = 0.12
W_CONNECTIVE = -0.9
W_PLURAL_RATE = -1.7
W_COMMAS = 0.15


# Per-word counts, packed one field of _BITS bits each so that a sentence's totals are one
# C-level ``sum(map(...))`` over its words (a field would overflow only past 2**32 words).
_BITS = 32
_MASK = (1 << _BITS) - 1
(_F_DIGITS, _F_DATES, _F_UNITS, _F_NUMBER_WORDS, _F_VAGUE, _F_EVALUATIVE, _F_PRESENT, _F_PAST,
 _F_PLURAL, _F_CAPITAL) = (1 << (_BITS * k) for k in range(10))
_CACHE_MAX = 300_000
# A capitalised word right after a quote, colon, bracket or dash (spaces between) starts a quoted
# or listed sentence: it is not counted as a name.
_RESTART_WORD = re.compile(r"""["“‘:;(\[`—–] *(\w+(?:['’.\-]\w+)*)""")
_WORD_CHAR = re.compile(r"\w")
# Non-ASCII characters that re.IGNORECASE matches to a letter of VAGUE_PHRASES (İ ı ſ K); without
# them a case-insensitive match of a phrase is also a substring of the lower-cased text, which is
# a cheap test before the (slow) phrase regex.
_FOLD_SPECIAL = ("\u0130", "\u0131", "\u017f", "\u212a")


def vague_phrase_hints(text: str) -> tuple[str, ...] | None:
    """The VAGUE_PHRASES that may occur in ``text`` (case-insensitively); None when the cheap
    test cannot tell (a case-folding special character is present)."""
    if not text.isascii():
        for c in _FOLD_SPECIAL:
            if c in text:
                return None
    low = text.lower()
    return tuple(p for p in VAGUE_PHRASES if p in low)


def _word_counts(w: str) -> int:
    """The packed per-word counts of one ``_WORD`` token (``_F_CAPITAL``: a capitalised word that
    counts as a name when it is not the first word and does not follow a quote or colon)."""
    low = w.lower()
    first = w[0]
    v = 0
    if not w.isalpha() and _DIGIT.search(w):
        v += _F_DIGITS
        if _YEAR.match(w):
            v += _F_DATES
    elif first.isupper() and w != "I":
        v += _F_CAPITAL
    if low in UNIT_WORDS:
        v += _F_UNITS
    if low in NUMBER_WORDS:
        v += _F_NUMBER_WORDS
    if low in _DATE_WORDS and (low != "may" or first == "M"):
        v += _F_DATES
    if low in VAGUE_WORDS and not (low == "may" and first == "M"):
        v += _F_VAGUE
    if low in EVALUATIVE_WORDS:
        v += _F_EVALUATIVE
    if low in _PRESENT:
        v += _F_PRESENT
    elif low in _PAST or (low.endswith("ed") and len(low) > 4):
        v += _F_PAST
    if first.islower() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        v += _F_PLURAL
    return v


class _WordCounts(dict):
    def __missing__(self, w: str) -> int:
        v = _word_counts(w)
        if len(self) < _CACHE_MAX:
            self[w] = v
        return v


_WORD_COUNTS = _WordCounts()
_get_counts = _WORD_COUNTS.__getitem__


def _vague_phrases(sentence: str, hints: tuple[str, ...] | None) -> int:
    """Matches of _VAGUE_PHRASE in ``sentence``; ``hints``: phrases that may occur in a text
    that contains the sentence (``vague_phrase_hints``), None for unknown."""
    if hints is not None:
        if not hints:
            return 0
        low = sentence.lower()
        if not any(p in low for p in hints):
            return 0
    return len(_VAGUE_PHRASE.findall(sentence))


def _raw_features(sentence: str, hints: tuple[str, ...] | None | bool = True) -> tuple:
    """(words, digits, capitals, units, number_words, dates, vague, evaluative, present, past,
    connective, plural, commas) as numbers; see ``specificity_features``. ``hints``: see
    ``_vague_phrases`` (True: work them out from the sentence)."""
    if hints is True:
        hints = vague_phrase_hints(sentence)
    words = _WORD.findall(sentence)
    n = len(words)
    if not n:
        return (0, 0, 0, len(_SYMBOL.findall(sentence)), 0, 0, _vague_phrases(sentence, hints),
                0, 0, 0, 0.0, 0, sentence.count(","))
    v = sum(map(_get_counts, words))
    capitals = (v >> (9 * _BITS)) - (_get_counts(words[0]) >> (9 * _BITS))
    first_start = -1
    for m in _RESTART_WORD.finditer(sentence):
        if _get_counts(m.group(1)) >> (9 * _BITS):
            if first_start < 0:
                first_start = _WORD_CHAR.search(sentence).start()
            if m.start(1) > first_start:
                capitals -= 1
    return (
        n,
        v & _MASK,
        capitals,
        ((v >> (2 * _BITS)) & _MASK) + len(_SYMBOL.findall(sentence)),
        (v >> (3 * _BITS)) & _MASK,
        (v >> _BITS) & _MASK,
        ((v >> (4 * _BITS)) & _MASK) + _vague_phrases(sentence, hints),
        (v >> (5 * _BITS)) & _MASK,
        (v >> (6 * _BITS)) & _MASK,
        (v >> (7 * _BITS)) & _MASK,
        1.0 if words[0].lower() in _CONNECTIVES else 0.0,
        (v >> (8 * _BITS)) & _MASK,
        sentence.count(","),
    )


def specificity_features(sentence: str) -> dict[str, float]:
    """The raw feature values of one sentence (also used by tests and benchmarks)."""
    (n, digits, capitals, units, number_words, dates, vague, evaluative, present, past, connective,
     plural, commas) = _raw_features(sentence)
    denom = max(1, n)
    return {
        "words": float(n),
        "digits": float(digits),
        "capitals": float(capitals),
        "units": float(units),
        "number_words": float(number_words),
        "dates": float(dates),
        "vague_rate": vague / denom,
        "evaluative_rate": evaluative / denom,
        "present": float(present),
        "past": float(past),
        "connective": connective,
        "plural_rate": plural / denom,
        "commas": float(commas),
    }


def sentence_specificity(sentence: str) -> float:
    """Specificity of one sentence in [0, 1]; 0.0 for text without words."""
    if not isinstance(sentence, str):
        return 0.0
    return specificity_in_text(sentence, True)


def specificity_in_text(sentence: str, hints: tuple[str, ...] | bool) -> float:
    """``sentence_specificity`` of a sentence of a text whose ``vague_phrase_hints`` are
    ``hints`` (True: unknown)."""
    (n, digits, capitals, units, number_words, dates, vague, evaluative, present, past, connective,
     plural, commas) = _raw_features(sentence, hints)
    if n == 0:
        return 0.0
    z = (
        INTERCEPT
        + W_LOG_WORDS * math.log1p(float(n))
        + W_LOG_DIGITS * math.log1p(float(digits))
        + W_LOG_CAPITALS * math.log1p(float(capitals))
        + W_UNITS * min(float(units), 5.0)
        + W_NUMBER_WORDS * min(float(number_words), 5.0)
        + W_DATES * min(float(dates), 5.0)
        + W_VAGUE_RATE * (vague / n)
        + W_EVAL_RATE * (evaluative / n)
        + W_PRESENT * min(float(present), 5.0)
        + W_PAST * min(float(past), 8.0)
        + W_CONNECTIVE * connective
        + W_PLURAL_RATE * (plural / n)
        + W_COMMAS * min(float(commas), 8.0)
    )
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))
