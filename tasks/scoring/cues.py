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


# --- fast path (same values as cue_score(cue_features(...)), used by find_attributions) -----------
def _pos(name: str) -> float:
    return max(0.0, cue_model.WEIGHTS.get(name, 0.0))


def _bounds() -> tuple[float, float, float, float, float]:
    """Upper bounds of the context features' contribution to z over every possible sentence
    (mutually exclusive features take the best of their group): (everything but the next token,
    the next token for ":", for other words, extra for "-ing" words, extra for "-ed" words)."""
    bound = _pos("prev_to") + _pos("prev_det") + _pos("prev_aux")
    # subject: none, a comma, a quote mark, or a word (capitalised, pronoun, source noun...)
    word_classes = [_pos("subj_source_noun")]
    for w in _SUBJ | _PERSON_PRONOUNS:
        word_classes.append(_pos("subj_pronoun") * (w in _SUBJ)
                            + _pos("subj_source_noun") * (w in _SOURCE_NOUNS or w.rstrip("s") in _SOURCE_NOUNS)
                            + _pos("subj_person_pronoun") * (w in _PERSON_PRONOUNS))
    bound += max(_pos("subj_none"), _pos("subj_comma"), _pos("subj_quote"), _pos("subj_capital") + max(word_classes))
    bound += _pos("sentence_quote") + _pos("in_quote") + _pos("capitalised")
    # next token: a quote mark, ",", ":", ".", "that", or another word
    nxt = [_pos("next_comma") + _pos("next_quote"), _pos("next_colon") + _pos("next_quote"),
           _pos("next_period"), _pos("next_that") + _pos("next_capital"),
           _pos("next_capital") + _pos("next_object")]
    next_colon = max(nxt + [_pos("next_quote") + _pos("colon_quote")])
    next_other = max(nxt + [_pos("next_quote")])
    return bound, next_colon, next_other, _pos("participle_after_comma"), _pos("participle_first")


_CTX_BOUND, _NEXT_BOUND_COLON, _NEXT_BOUND, _ING_BOUND, _PARTICIPLE_BOUND = _bounds()


def next_token_terms(nxt: str, nxt2: str, colon: bool) -> float:
    """The next-token features' contribution to z (for the cheap pre-check)."""
    W = _W
    v = 0.0
    nl = nxt.lower()
    if nl == "that":
        v += W[13]
    if nxt in _QUOTES or (nxt in (",", ":") and nxt2 in _QUOTES):
        v += W[14]
    if nxt == ":":
        v += W[15]
    if nxt == ".":
        v += W[16]
    if nxt == ",":
        v += W[17]
    if nxt[:1].isupper():
        v += W[18]
    if nl in _OBJ:
        v += W[19]
    if colon and nxt in _QUOTES:
        v += W[22]
    return v


_BOUND_MARGIN = 1e-6


def candidate_info(low: str) -> tuple | None:
    """For a lower-case token: None when it is not a candidate or can never score above
    ``cue_model.THRESHOLD`` in any context, else (logits, word-only terms of z in feature order)."""
    if not low:
        return None
    logits = candidate_logits(low, cue_model.WORD_LOGIT, cue_model.LEMMA_LOGIT)
    if logits is None:
        return None
    lw, ll, seen = logits
    w = cue_model.WEIGHTS
    terms = [_W[0] * lw, _W[1] * ll]
    if not seen and low in _SPEECH:
        terms.append(_W[2])
    if not seen and low in _BELIEF:
        terms.append(_W[3])
    if not seen and low not in _SPEECH and low not in _BELIEF:
        terms.append(_W[4])
    colon = low == ":"
    base = cue_model.INTERCEPT + sum(terms) + (w.get("colon", 0.0) if colon else 0.0) + _CTX_BOUND
    if low.endswith("ing"):
        base += _ING_BOUND + _PARTICIPLE_BOUND
    elif low.endswith("ed"):
        base += _PARTICIPLE_BOUND
    if base + (_NEXT_BOUND_COLON if colon else _NEXT_BOUND) <= cue_model.THRESHOLD - _BOUND_MARGIN:
        return None
    # (logits, word terms, bound of z without the next token's terms)
    return logits, tuple(terms), base


class _CandidateTable(dict):
    """token (as written) -> (lower-case token, *candidate_info) or None."""

    def __missing__(self, tok: str):
        low = tok.lower()
        info = candidate_info(low)
        v = None if info is None else (low, *info)
        if len(self) < 200_000:
            self[tok] = v
        return v


CANDIDATES = _CandidateTable()
_I = {f: k for k, f in enumerate(FEATURES)}


def fast_cue_score(strs: list[str], i: int, lo: int, hi: int, low: str, terms: tuple,
                   in_quote: bool, sentence_quote: bool) -> float:
    """``cue_score(cue_features(toks, i - lo, ...))`` for token ``i`` of a sentence whose tokens
    are ``strs[lo:hi]`` (``terms``: the word terms from ``candidate_info``), summing the same
    non-zero terms in the same order (so the float result is identical)."""
    W = _W
    terms = list(terms)
    prev = strs[i - 1].lower() if i > lo else ""
    j = i - 1
    s = prev
    while j >= lo:
        if s in _AUX or (len(s) > 4 and s.endswith("ly")):
            j -= 1
            if j >= lo:
                s = strs[j].lower()
        else:
            break
    if j >= lo:
        subj = strs[j]
        sl = s
    else:
        subj = sl = ""
    nxt = strs[i + 1] if i + 1 < hi else ""
    nxt2 = strs[i + 2] if i + 2 < hi else ""
    colon = low == ":"
    if prev == "to":
        terms.append(W[5])
    if prev in _DET:
        terms.append(W[6])
    if prev in _AUX:
        terms.append(W[7])
    if sl in _SUBJ:
        terms.append(W[8])
    if j > lo and subj[:1].isupper():
        terms.append(W[9])
    if subj == ",":
        terms.append(W[10])
    if subj in _QUOTES:
        terms.append(W[11])
    if j < lo:
        terms.append(W[12])
    nl = nxt.lower()
    if nl == "that":
        terms.append(W[13])
    if nxt in _QUOTES or (nxt in (",", ":") and nxt2 in _QUOTES):
        terms.append(W[14])
    if nxt == ":":
        terms.append(W[15])
    if nxt == ".":
        terms.append(W[16])
    if nxt == ",":
        terms.append(W[17])
    if nxt[:1].isupper():
        terms.append(W[18])
    if nl in _OBJ:
        terms.append(W[19])
    if sentence_quote:
        terms.append(W[20])
    if colon:
        terms.append(W[21])
        if nxt in _QUOTES:
            terms.append(W[22])
    if i > lo and strs[i][:1].isupper():
        terms.append(W[23])
    if in_quote:
        terms.append(W[24])
    if sl in _SOURCE_NOUNS or sl.rstrip("s") in _SOURCE_NOUNS:
        terms.append(W[25])
    if sl in _PERSON_PRONOUNS:
        terms.append(W[26])
    if prev == "," and low.endswith("ing"):
        terms.append(W[27])
    if i == lo and low.endswith(("ing", "ed")):
        terms.append(W[28])
    return cue_model.INTERCEPT + sum(terms)


assert FEATURES[5:] == (
    "prev_to", "prev_det", "prev_aux",
    "subj_pronoun", "subj_capital", "subj_comma", "subj_quote", "subj_none",
    "next_that", "next_quote", "next_colon", "next_period", "next_comma", "next_capital", "next_object",
    "sentence_quote", "colon", "colon_quote", "capitalised", "in_quote", "subj_source_noun", "subj_person_pronoun",
    "participle_after_comma", "participle_first",
)
