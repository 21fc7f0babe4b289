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


def specificity_features(sentence: str) -> dict[str, float]:
    """The raw feature values of one sentence (also used by tests and benchmarks)."""
    words = [(m.group(0), m.start()) for m in _WORD.finditer(sentence)]
    n = len(words)
    digits = capitals = units = number_words = dates = vague = evaluative = 0
    present = past = plural = 0
    for i, (w, pos) in enumerate(words):
        low = w.lower()
        first = w[0]
        if not w.isalpha() and _DIGIT.search(w):
            digits += 1
            if _YEAR.match(w):
                dates += 1
        elif first.isupper():
            if i > 0 and w != "I":
                j = pos - 1
                while j >= 0 and sentence[j] == " ":
                    j -= 1
                if j < 0 or sentence[j] not in _RESTART:
                    capitals += 1
        if low in UNIT_WORDS:
            units += 1
        if low in NUMBER_WORDS:
            number_words += 1
        if low in _DATE_WORDS and (low != "may" or first == "M"):
            dates += 1
        if low in VAGUE_WORDS and not (low == "may" and first == "M"):
            vague += 1
        if low in EVALUATIVE_WORDS:
            evaluative += 1
        if low in _PRESENT:
            present += 1
        elif low in _PAST or (low.endswith("ed") and len(low) > 4):
            past += 1
        if first.islower() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
            plural += 1
    units += len(_SYMBOL.findall(sentence))
    vague += len(_VAGUE_PHRASE.findall(sentence))
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
        "connective": 1.0 if n and words[0][0].lower() in _CONNECTIVES else 0.0,
        "plural_rate": plural / denom,
        "commas": float(sentence.count(",")),
    }


def sentence_specificity(sentence: str) -> float:
    """Specificity of one sentence in [0, 1]; 0.0 for text without words."""
    if not isinstance(sentence, str):
        return 0.0
    f = specificity_features(sentence)
    if f["words"] == 0:
        return 0.0
    z = (
        INTERCEPT
        + W_LOG_WORDS * math.log1p(f["words"])
        + W_LOG_DIGITS * math.log1p(f["digits"])
        + W_LOG_CAPITALS * math.log1p(f["capitals"])
        + W_UNITS * min(f["units"], 5.0)
        + W_NUMBER_WORDS * min(f["number_words"], 5.0)
        + W_DATES * min(f["dates"], 5.0)
        + W_VAGUE_RATE * f["vague_rate"]
        + W_EVAL_RATE * f["evaluative_rate"]
        + W_PRESENT * min(f["present"], 5.0)
        + W_PAST * min(f["past"], 8.0)
        + W_CONNECTIVE * f["connective"]
        + W_PLURAL_RATE * f["plural_rate"]
        + W_COMMAS * min(f["commas"], 8.0)
    )
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))
