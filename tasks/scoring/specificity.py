"""Sentence specificity: how much concrete, checkable detail a sentence carries.

``sentence_specificity(s)`` is a logistic model over a few surface features, in [0, 1]:

    z = INTERCEPT + Σ w_i · f_i(s),   specificity = 1 / (1 + e^-z)

Features (``FEATURES``, in order) that mark detail a reader could check: sentence length (log
words), tokens with digits, currency and percent signs or a unit word after a number ("5
percent", "19 cents": a measured amount), capitalised non-initial tokens (names), spelled-out
numbers, word rarity (IDF over the news articles of PolNeAR train; Li & Nenkova 2015 found it a
strong cue) as its mean, its log sum (the amount of rare content) and the log count of rare
words, and a double quotation mark (a quoted instance).
Features that mark general statements: mean word length (at a given rarity, long words are
abstract vocabulary such as "administration" or "implementation", while names and figures are
short), vague quantifiers, hedges and buzzwords ("many", "may", "significant", "experts say") and
evaluative words as shares of words, present-tense auxiliaries, generic plural nouns, and a
leading discourse connective ("But", "However", "In fact"; a leading "In" that opens a place
or time, "In 2008", does not count).

How the numbers were set, from PolNeAR *train* text only (``benchmarks/specificity_fit.py``
rebuilds both generated modules and documents the method): the document frequencies
(``specificity_rarity.py``) are counted on its 840 unlabelled articles; the weights
(``specificity_weights``) are equal, sign-fixed weights on features standardised over its
sentences, scaled and offset by a logistic fit to weak labels harvested from it (a sentence opened
by "For example" and the like is specific, the one before it general). The WSJ/PDTB sentences of
shared/bench are used only to evaluate. Counts enter through log1p (or a cap) so one long list of
numbers cannot dominate.
"""

from __future__ import annotations

import math
import re

from .lexicons import EVALUATIVE_WORDS, NUMBER_WORDS, VAGUE_PHRASES, VAGUE_WORDS
from .specificity_weights import INTERCEPT, WEIGHTS

FEATURES = (
    "log_words", "log_digits", "log_money", "log_names", "number_words", "mean_idf", "log_idf_sum",
    "log_rare", "quote", "word_length", "vague_rate", "evaluative_rate", "present", "plural_rate",
    "connective",
)

# (possessive: the matches of greedy \w+(?:['’.\-]\w+)*, without backtracking points to keep)
_WORD = re.compile(r"\w++(?:['’.\-]\w++)*+")
_DIGIT = re.compile(r"\d")
_VAGUE_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in VAGUE_PHRASES) + r")\b", re.I)
_PRESENT = frozenset("is are isn't aren't do does don't doesn't has have can will".split())
_CONNECTIVES = frozenset(
    "but and however rather indeed still yet so instead meanwhile also moreover thus "
    "therefore".split()
)
# A leading "In" is a connective only before these ("In addition"); in PolNeAR train 9 in 10
# sentences opened by "In" start a place or time ("In the ...", "In 2008", "In Florida").
_IN_CONNECTIVES = frozenset("addition fact contrast short general turn sum".split())
# Unit words that make the number before them a measured amount, as "$" and "%" do.
_AMOUNT_UNITS = frozenset(
    "percent cent cents dollar dollars yen euro euros pound pounds yuan".split()
)
# (a feature missing from an older weights file counts 0, so the fit script can rebuild it)
_WEIGHTS = tuple(WEIGHTS.get(f, 0.0) for f in FEATURES)

# Per-word counts, packed one field of _BITS bits each so that a sentence's totals are one
# C-level ``sum(map(...))`` over its words; _F_IDF holds 100 × IDF (at most ~700 per word), so a
# field would overflow only past ~6 million words. _F_RUNS counts the ``\w+`` runs of a word (the
# word count of ``analyse``). The unbounded top field, _F_LINEAR, holds the
# weighted per-word terms of the score in fixed point (see ``_word_counts``).
_BITS = 32
_MASK = (1 << _BITS) - 1
(_F_DIGITS, _F_NUMBER_WORDS, _F_VAGUE, _F_EVALUATIVE, _F_PRESENT, _F_PLURAL, _F_IDF, _F_RARE,
 _F_CAPITAL, _F_RUNS, _F_CHARS, _F_UNIT, _F_LINEAR) = (1 << (_BITS * k) for k in range(13))
_IDF_SHIFT = 6 * _BITS
_RARE_SHIFT = 7 * _BITS
_CAP_SHIFT = 8 * _BITS
_RUNS_SHIFT = 9 * _BITS
_CHARS_SHIFT = 10 * _BITS
_UNIT_SHIFT = 11 * _BITS
_LINEAR_SHIFT = 12 * _BITS
# A word at least this rare (IDF × 100; about 1 article in 55 or fewer) counts as a rare word.
_RARE_IDF100 = 400
(_W_WORDS, _W_DIGITS, _W_MONEY, _W_NAMES, _W_NUMBER_WORDS, _W_IDF, _W_IDF_SUM, _W_RARE, _W_QUOTE,
 _W_LENGTH, _W_VAGUE, _W_EVALUATIVE, _W_PRESENT, _W_PLURAL, _W_CONNECTIVE) = _WEIGHTS
# A word counts at most this many characters towards the mean word length (a URL is one word).
_MAX_CHARS = 20
# Weights have 3 decimals and IDF is kept to 2, so the fixed-point terms are exact at this scale.
_SCALE = 1_000_000
# Added to every word's fixed-point term so that it is never negative (IDF < 10 always).
_OFFSET = 1 + int(_SCALE * (10 * abs(_W_IDF) + _MAX_CHARS * abs(_W_LENGTH) + abs(_W_VAGUE)
                             + abs(_W_EVALUATIVE) + abs(_W_PLURAL)))
_CACHE_MAX = 300_000
# A capitalised word right after a quote, colon, bracket or dash (spaces between) starts a quoted
# or listed sentence: it is not counted as a name.
_RESTART_WORD = re.compile(r"""["“‘:;(\[`—–] *(\w+(?:['’.\-]\w+)*)""")
_WORD_CHAR = re.compile(r"\w")
# Non-ASCII characters that re.IGNORECASE matches to a letter of VAGUE_PHRASES (İ ı ſ K); without
# them a case-insensitive match of a phrase is also a substring of the lower-cased text, which is
# a cheap test before the (slow) phrase regex.
_FOLD_SPECIAL = ("\u0130", "\u0131", "\u017f", "\u212a")

_rarity: tuple | None = None  # (document frequencies, article count), loaded on first use


def _load_rarity() -> tuple:
    global _rarity
    if _rarity is None:
        from .specificity_rarity import DOC_FREQ, DOCS

        _rarity = (DOC_FREQ, DOCS)
    return _rarity


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
    doc_freq, docs = _rarity or _load_rarity()
    # Words below the table's cut-off (seen in one article or never) count as never seen.
    df = doc_freq.get(low, 0)
    idf100 = round(100 * math.log((docs + 1) / (df + 1)))
    # a _WORD token is \w+ runs joined by single separators
    runs = 1 + w.count("'") + w.count("’") + w.count(".") + w.count("-")
    chars = min(len(w), _MAX_CHARS)
    v = _F_IDF * idf100 + _F_RUNS * runs + _F_CHARS * chars
    if idf100 >= _RARE_IDF100:
        v += _F_RARE
    linear = _W_IDF * idf100 / 100 + _W_LENGTH * chars
    if not w.isalpha() and _DIGIT.search(w):
        v += _F_DIGITS
    elif first.isupper() and w != "I":
        v += _F_CAPITAL
    if low in NUMBER_WORDS:
        v += _F_NUMBER_WORDS
    if low in _AMOUNT_UNITS:
        v += _F_UNIT
    if low in VAGUE_WORDS and not (low == "may" and first == "M"):
        v += _F_VAGUE
        linear += _W_VAGUE
    if low in EVALUATIVE_WORDS:
        v += _F_EVALUATIVE
        linear += _W_EVALUATIVE
    if low in _PRESENT:
        v += _F_PRESENT
    if first.islower() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        v += _F_PLURAL
        linear += _W_PLURAL
    return v + _F_LINEAR * (_OFFSET + round(_SCALE * linear))


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


def _names(sentence: str, words: list[str], v: int) -> int:
    """Capitalised words of ``sentence`` (packed totals ``v``) that are not its first word and
    do not start a quoted or listed sentence."""
    capitals = ((v >> _CAP_SHIFT) & _MASK) - ((_get_counts(words[0]) >> _CAP_SHIFT) & _MASK)
    if capitals:
        first_start = -1
        for m in _RESTART_WORD.finditer(sentence):
            if (_get_counts(m.group(1)) >> _CAP_SHIFT) & _MASK:
                if first_start < 0:
                    first_start = _WORD_CHAR.search(sentence).start()
                if m.start(1) > first_start:
                    capitals -= 1
    return capitals


def _money(sentence: str, words: list[str], v: int) -> int:
    """Currency and percent signs and unit words after a number ("5 percent", "19 cents"): each
    marks a measured amount (packed word totals ``v``)."""
    n = sentence.count("$") + sentence.count("%")
    if not sentence.isascii():
        n += sentence.count("€") + sentence.count("£") + sentence.count("¥")
    if (v >> _UNIT_SHIFT) & _MASK:
        n += _unit_amounts(words)
    return n


def _unit_amounts(words: list[str]) -> int:
    """Words of ``_AMOUNT_UNITS`` right after a number (digits or a number word)."""
    n = 0
    for before, w in zip(words, words[1:]):
        if w.lower() in _AMOUNT_UNITS and (
            before.lower() in NUMBER_WORDS or _DIGIT.search(before)
        ):
            n += 1
    return n


def _connective(words: list[str]) -> bool:
    """The sentence opens with a discourse connective ("But", "However", "In fact")."""
    first = words[0].lower()
    if first == "in":
        second = words[1].lower() if len(words) > 1 else ""
        if second == "other":
            return len(words) > 2 and words[2].lower() == "words"
        return second in _IN_CONNECTIVES
    return first in _CONNECTIVES


def _has_quote(sentence: str) -> bool:
    return '"' in sentence or "“" in sentence or "”" in sentence or "``" in sentence or "''" in sentence


def _vector(sentence: str, hints: tuple[str, ...] | None | bool = True) -> tuple[float, ...] | None:
    """The values of ``FEATURES`` for one sentence; None when it has no words. ``hints``: see
    ``_vague_phrases`` (True: work them out from the sentence)."""
    words = _WORD.findall(sentence)
    n = len(words)
    if not n:
        return None
    if hints is True:
        hints = vague_phrase_hints(sentence)
    v = sum(map(_get_counts, words))
    capitals = _names(sentence, words, v)
    quote = 1.0 if _has_quote(sentence) else 0.0
    idf100 = (v >> _IDF_SHIFT) & _MASK
    return (
        math.log1p(n),
        math.log1p(v & _MASK),
        math.log1p(_money(sentence, words, v)),
        math.log1p(capitals),
        min(float((v >> _BITS) & _MASK), 5.0),
        idf100 / (100.0 * n),
        math.log1p(idf100 / 100.0),
        math.log1p((v >> _RARE_SHIFT) & _MASK),
        quote,
        ((v >> _CHARS_SHIFT) & _MASK) / n,
        (((v >> (2 * _BITS)) & _MASK) + _vague_phrases(sentence, hints)) / n,
        ((v >> (3 * _BITS)) & _MASK) / n,
        min(float((v >> (4 * _BITS)) & _MASK), 5.0),
        ((v >> (5 * _BITS)) & _MASK) / n,
        1.0 if _connective(words) else 0.0,
    )


def specificity_features(sentence: str) -> dict[str, float]:
    """``FEATURES`` of one sentence by name, all 0.0 without words (tests, benchmarks, fitting)."""
    vec = _vector(sentence if isinstance(sentence, str) else "")
    return dict(zip(FEATURES, vec or (0.0,) * len(FEATURES)))


def sentence_specificity(sentence: str) -> float:
    """Specificity of one sentence in [0, 1]; 0.0 for text without words."""
    if not isinstance(sentence, str):
        return 0.0
    return specificity_in_text(sentence, True)


def specificity_in_text(sentence: str, hints: tuple[str, ...] | bool) -> float:
    """``sentence_specificity`` of a sentence of a text whose ``vague_phrase_hints`` are
    ``hints`` (True: unknown)."""
    return specificity_and_word_runs(sentence, hints)[0]


def specificity_and_word_runs(sentence: str, hints: tuple[str, ...] | bool) -> tuple[float, int]:
    """``specificity_in_text`` and the number of ``\\w+`` runs in the sentence (its words are
    counted anyway, so a text's word count comes at no extra pass)."""
    words = _WORD.findall(sentence)
    n = len(words)
    if not n:
        return 0.0, 0
    v = sum(map(_get_counts, words))
    # Same sum as INTERCEPT + Σ w_i · _vector(sentence)[i], with the per-word terms pre-weighted.
    z = (
        INTERCEPT
        + _W_WORDS * math.log1p(n)
        + _W_DIGITS * math.log1p(v & _MASK)
        + _W_NAMES * math.log1p(_names(sentence, words, v))
        + _W_NUMBER_WORDS * min((v >> _BITS) & _MASK, 5)
        + _W_PRESENT * min((v >> (4 * _BITS)) & _MASK, 5)
        + _W_IDF_SUM * math.log1p(((v >> _IDF_SHIFT) & _MASK) / 100.0)
        + _W_RARE * math.log1p((v >> _RARE_SHIFT) & _MASK)
        + ((v >> _LINEAR_SHIFT) - n * _OFFSET) / (_SCALE * n)
    )
    if hints is True:
        hints = vague_phrase_hints(sentence)
    if hints is None or hints:
        z += _W_VAGUE * _vague_phrases(sentence, hints) / n
    if _has_quote(sentence):
        z += _W_QUOTE
    money = _money(sentence, words, v)
    if money:
        z += _W_MONEY * math.log1p(money)
    if _connective(words):
        z += _W_CONNECTIVE
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z)), (v >> _RUNS_SHIFT) & _MASK
