"""Reporting cues: which tokens introduce an attribution, by a small logistic model.

A token is a candidate when its lower-case form (or its lemma: -s/-ed/-ing/-d stripped) has a
prior in ``cue_model`` (share of its occurrences that head a gold cue in PolNeAR *train*, smoothed),
when it is in the hand-written reporting-verb lexicons, or when it is a colon. Its score is

    z = INTERCEPT + Σ WEIGHTS[f] · f(token in context)

over the features of ``cue_features``: the prior's logit plus context (a subject to the left, "to"
or a determiner before it, "that"/a quote/a colon after it, inside a quote, ...). A token with
z > THRESHOLD is a cue. Weights and threshold come from ``benchmarks/scoring_sourcing.py --fit``
(logistic regression on train with cross-fitted priors; see ``cue_model``).
"""

from __future__ import annotations

import math

from . import cue_model
from .lexicons import (
    ANONYMOUS_NOUNS,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    PERSON_ROLE_NOUNS,
    REPORTING_VERBS_1,
    REPORTING_VERBS_2,
    VAGUE_NOUNS,
)

Token = tuple[str, int, int]

FEATURES = (
    "logit_word", "logit_lemma", "unseen_speech", "unseen_belief", "unseen_other",
    "prev_to", "prev_det", "prev_aux",
    "subj_pronoun", "subj_capital", "subj_comma", "subj_quote", "subj_none",
    "next_that", "next_quote", "next_colon", "next_period", "next_comma", "next_capital", "next_object",
    "sentence_quote", "colon", "colon_quote", "capitalised", "in_quote", "subj_source_noun", "subj_person_pronoun",
    "participle_after_comma", "participle_first",
)
_SPEECH = frozenset(REPORTING_VERBS_1)
_BELIEF = frozenset(REPORTING_VERBS_2) - _SPEECH
_QUOTES = frozenset(['"', "“", "”", "``", "''", "'", "‘", "’"])
_DET = frozenset("the a an his her their its our my this these those that's your".split())
_AUX = frozenset("has have had is was were are been be will would also not n't did does do".split())
_SUBJ = frozenset("he she they i we it who you".split())
_PERSON_PRONOUNS = frozenset(("he", "she", "they"))
_OBJ = frozenset("him her them me us reporters".split())
_SOURCE_NOUNS = PERSON_ROLE_NOUNS | ANONYMOUS_NOUNS | VAGUE_NOUNS | ORGANISATION_NOUNS | OUTLET_NOUNS
_SUFFIXES = ("ing", "ed", "es", "s", "d")


def lemma(word: str) -> str:
    """Crude lemma for backing off to unseen inflections ("testifying" -> "testify")."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def candidate_logits(low: str, word_logit: dict, lemma_logit: dict) -> tuple[float, float, bool] | None:
    """(word logit, lemma logit, seen) for a candidate token, None when it is not a candidate."""
    p = word_logit.get(low)
    if p is not None:
        return p, 0.0, True
    if low == ":" or low in _SPEECH or low in _BELIEF:
        return 0.0, lemma_logit.get(lemma(low), 0.0), False
    if low[-1:] in "sdg":
        q = lemma_logit.get(lemma(low))
        if q is not None:
            return 0.0, q, False
    return None


def cue_features(toks: list[Token], i: int, low: str, logits: tuple[float, float, bool],
                 in_quote: bool, sentence_quote: bool) -> list[float]:
    """Feature vector (``FEATURES`` order) of candidate token ``toks[i]`` in its sentence."""
    lw, ll, seen = logits
    n = len(toks)
    t = toks[i][0]
    prev = toks[i - 1][0].lower() if i > 0 else ""
    j = i - 1
    while j >= 0:  # skip auxiliaries and adverbs back to the subject ("has also said")
        s = toks[j][0].lower()
        if s in _AUX or (len(s) > 4 and s.endswith("ly")):
            j -= 1
        else:
            break
    subj = toks[j][0] if j >= 0 else ""
    sl = subj.lower()
    nxt = toks[i + 1][0] if i + 1 < n else ""
    nxt2 = toks[i + 2][0] if i + 2 < n else ""
    next_quote = nxt in _QUOTES or (nxt in (",", ":") and nxt2 in _QUOTES)
    colon = low == ":"
    return [
        lw, ll,
        float(not seen and low in _SPEECH), float(not seen and low in _BELIEF),
        float(not seen and low not in _SPEECH and low not in _BELIEF),
        float(prev == "to"), float(prev in _DET), float(prev in _AUX),
        float(sl in _SUBJ), float(j > 0 and subj[:1].isupper()), float(subj == ","),
        float(subj in _QUOTES), float(j < 0),
        float(nxt.lower() == "that"), float(next_quote), float(nxt == ":"), float(nxt == "."),
        float(nxt == ","), float(nxt[:1].isupper()), float(nxt.lower() in _OBJ),
        float(sentence_quote), float(colon), float(colon and nxt in _QUOTES),
        float(i > 0 and t[:1].isupper()), float(in_quote),
        float(sl in _SOURCE_NOUNS or sl.rstrip("s") in _SOURCE_NOUNS), float(sl in _PERSON_PRONOUNS),
        float(prev == "," and low.endswith("ing")), float(i == 0 and low.endswith(("ing", "ed"))),
    ]


_W = tuple(cue_model.WEIGHTS.get(f, 0.0) for f in FEATURES)


def cue_score(features: list[float]) -> float:
    return cue_model.INTERCEPT + sum(w * f for w, f in zip(_W, features))
