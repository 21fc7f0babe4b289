"""Reporting cues: which tokens introduce an attribution, by a sparse logistic model.

A token is a candidate when its lower-case form is in ``cue_model.CUE_WORDS``, or when train never
weighted the word itself and its lemma (-s/-ed/-ing/-d stripped) is in ``cue_model.CUE_LEMMAS``.
Its score is

    z = INTERCEPT + Σ WEIGHTS[k]   over the feature keys k of ``cue_keys``

(the word and its lemma, the words and word shapes around it, word pairs, the subject class to its
left, inside a quote, ...). ``sentence_scores`` then rescores each candidate against the others of
its sentence (a lone candidate is likelier a cue, one outscored by a rival less likely); a candidate
whose sentence score exceeds SENTENCE_THRESHOLD is a cue (``attributions`` keeps the stricter
z > THRESHOLD + SOURCELESS_MARGIN for a cue that cites no one). Weights, thresholds and candidate
words come from ``benchmarks/scoring_sourcing.py --fit`` (logistic regressions on PolNeAR train;
see ``cue_model``).
"""

from __future__ import annotations

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

_SPEECH = frozenset(REPORTING_VERBS_1)
_BELIEF = frozenset(REPORTING_VERBS_2) - _SPEECH
_QUOTES = frozenset(['"', "“", "”", "``", "''", "'", "‘", "’"])
_AUX = frozenset("has have had is was were are been be will would also not n't did does do".split())
_SUBJ = frozenset("he she they i we it who you".split())
_SOURCE_NOUNS = PERSON_ROLE_NOUNS | ANONYMOUS_NOUNS | VAGUE_NOUNS | ORGANISATION_NOUNS | OUTLET_NOUNS
_SUFFIXES = ("ing", "ed", "es", "s", "d")


def lemma(word: str) -> str:
    """Crude lemma for backing off to unseen inflections ("testifying" -> "testify")."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def shape(tok: str) -> str:
    """Q for a quote mark, the mark itself for other punctuation, C/D/l for words; _ for none."""
    if not tok:
        return "_"
    if tok in _QUOTES:
        return "Q"
    c = tok[0]
    if not c.isalnum():
        return tok
    return "C" if c.isupper() else "D" if c.isdigit() else "l"


def _lexicon_class(low: str) -> str:
    return "sp" if low in _SPEECH else "be" if low in _BELIEF else "o"


def cue_keys(strs: list[str], i: int, lo: int, hi: int, in_quote: bool, sentence_quote: bool) -> list[str]:
    """Feature keys of token ``strs[i]`` in the sentence whose tokens are ``strs[lo:hi]``."""
    t = strs[i]
    low = t.lower()
    lem = lemma(low)
    p = strs[i - 1] if i > lo else ""
    n = strs[i + 1] if i + 1 < hi else ""
    pl = p.lower() if p else "<s>"
    nl = n.lower() if n else "</s>"
    p2 = strs[i - 2].lower() if i - 1 > lo else "<s>"
    n2 = strs[i + 2].lower() if i + 2 < hi else "</s>"
    # subject: the token left of the cue after skipping auxiliaries and adverbs ("has also said")
    j = i - 1
    while j >= lo:
        s = strs[j].lower()
        if s in _AUX or (len(s) > 4 and s.endswith("ly")):
            j -= 1
        else:
            break
    if j < lo:
        subj = "NONE"
    else:
        s = strs[j].lower()
        subj = s if s in _SUBJ else "SRC" if s in _SOURCE_NOUNS or s.rstrip("s") in _SOURCE_NOUNS else shape(strs[j])
    q = "1" if in_quote else "0"
    return [
        "w=" + low, "l=" + lem, "p=" + pl, "n=" + nl, "pp=" + p2, "nn=" + n2,
        "wn=" + low + "|" + nl, "pw=" + pl + "|" + low, "s=" + subj, "ws=" + lem + "|" + subj,
        "q=" + q, "sq=1" if sentence_quote else "sq=0", "ps=" + shape(p), "ns=" + shape(n),
        "cap=1" if i > lo and t[0].isupper() else "cap=0", "lex=" + _lexicon_class(low),
        "wq=" + lem + "|" + q, "suf=" + low[-3:], "nn2=" + nl + "|" + n2,
    ]


WEIGHTS: dict[str, float] = cue_model.WEIGHTS
_CUE_WORDS = frozenset(cue_model.CUE_WORDS)
_CUE_LEMMAS = frozenset(cue_model.CUE_LEMMAS)
_get = WEIGHTS.get


def cue_score(keys: list[str]) -> float:
    return cue_model.INTERCEPT + sum(_get(k, 0.0) for k in keys)


def _pair_index(kind: str, by_second: bool = False) -> dict[str, dict[str, float]]:
    """WEIGHTS of the ``kind + "=" + a + "|" + b`` keys as {a: {b: weight}} ({b: {a: weight}} when
    ``by_second``), so that a look-up needs no new string. A key is filed under every split at a
    "|" (a token may be "|"), which makes the entry exist exactly when the key built from a and b
    does."""
    index: dict[str, dict[str, float]] = {}
    prefix = kind + "="
    for key, w in WEIGHTS.items():
        if key.startswith(prefix):
            rest = key[len(prefix):]
            i = rest.find("|")
            while i >= 0:
                a, b = rest[:i], rest[i + 1:]
                if by_second:
                    a, b = b, a
                index.setdefault(a, {})[b] = w
                i = rest.find("|", i + 1)
    return index


_WN, _WS, _NN2 = (_pair_index(k) for k in ("wn", "ws", "nn2"))
_PW = _pair_index("pw", by_second=True)  # looked up by the candidate word, then the word before
_NO_PAIRS: dict[str, float] = {}


def is_candidate(low: str) -> bool:
    if low in _CUE_WORDS:
        return True
    return "w=" + low not in WEIGHTS and lemma(low) in _CUE_LEMMAS


class _CandidateTable(dict):
    """token (as written) -> (lower-case token, lemma, the word's own terms of z, the quote terms
    (outside, inside), its pair weights by next word, by previous word and by subject class) for
    candidates, else None."""

    def __missing__(self, tok: str):
        low = tok.lower()
        v = None
        if low and is_candidate(low):
            lem = lemma(low)
            own = (cue_model.INTERCEPT + _get("w=" + low, 0.0) + _get("l=" + lem, 0.0)
                   + _get("lex=" + _lexicon_class(low), 0.0) + _get("suf=" + low[-3:], 0.0))
            quote = tuple(_get("q=" + q, 0.0) + _get("wq=" + lem + "|" + q, 0.0) for q in "01")
            v = (low, lem, own, quote, _WN.get(low, _NO_PAIRS), _PW.get(low, _NO_PAIRS), _WS.get(lem, _NO_PAIRS))
        if len(self) < 200_000:
            self[tok] = v
        return v


class _TokenTable(dict):
    """token (as written) -> (lower-case form, weights of its keys as a neighbour: p=, n=, pp=, nn=,
    ps=, ns=, and its nn2= pair weights as the next word), so that each neighbour costs one look-up."""

    def __missing__(self, tok: str):
        low = tok.lower()
        sh = shape(tok)
        v = (low, *(_get(k + low, 0.0) for k in ("p=", "n=", "pp=", "nn=")), _get("ps=" + sh, 0.0), _get("ns=" + sh, 0.0),
             _NN2.get(low, _NO_PAIRS))
        if len(self) < 200_000:
            self[tok] = v
        return v


CANDIDATES = _CandidateTable()
_TOKENS = _TokenTable()
_START = ("<s>", _get("p=<s>", 0.0), 0.0, _get("pp=<s>", 0.0), 0.0, _get("ps=_", 0.0), 0.0, _NN2.get("<s>", _NO_PAIRS))
_END = ("</s>", 0.0, _get("n=</s>", 0.0), 0.0, _get("nn=</s>", 0.0), 0.0, _get("ns=_", 0.0), _NN2.get("</s>", _NO_PAIRS))
_SQ = (_get("sq=0", 0.0), _get("sq=1", 0.0))
_CAP = (_get("cap=0", 0.0), _get("cap=1", 0.0))
_SUBJ_CLASS = {w: w for w in _SUBJ} | {w: "SRC" for w in _SOURCE_NOUNS if w not in _SUBJ}
_SUBJ_W = {c: _get("s=" + c, 0.0) for c in ["NONE", "SRC", "Q", "C", "D", "l", *_SUBJ]}


def fast_cue_score(strs: list[str], i: int, lo: int, hi: int, info: tuple, in_quote: bool,
                   sentence_quote: bool) -> float:
    """``cue_score(cue_keys(strs, i, lo, hi, ...))`` for candidate ``strs[i]`` (``info`` from
    ``CANDIDATES``), with the word's own terms cached and neighbours looked up once; the terms
    are added in one fixed order, so the score is the same float every time."""
    low, lem, own, quote, wn, pw, ws = info
    g = _get
    tt = _TOKENS
    pt = tt[strs[i - 1]] if i > lo else _START
    nt = tt[strs[i + 1]] if i + 1 < hi else _END
    pl = pt[0]
    nl = nt[0]
    p2 = tt[strs[i - 2]] if i - 1 > lo else _START
    n2 = tt[strs[i + 2]] if i + 2 < hi else _END
    j = i - 1
    sl = pl
    while j >= lo and (sl in _AUX or (len(sl) > 4 and sl.endswith("ly"))):
        j -= 1
        sl = tt[strs[j]][0] if j >= lo else ""
    if j < lo:
        subj = "NONE"
    else:
        subj = _SUBJ_CLASS.get(sl) or ("SRC" if sl.rstrip("s") in _SOURCE_NOUNS else shape(strs[j]))
    sw = _SUBJ_W.get(subj)
    if sw is None:
        sw = g("s=" + subj, 0.0)
    return (own + quote[in_quote] + _SQ[sentence_quote] + pt[5] + nt[6] + _CAP[i > lo and strs[i][0].isupper()]
            + pt[1] + nt[2] + p2[3] + n2[4] + sw
            + wn.get(nl, 0.0) + pw.get(pl, 0.0) + ws.get(subj, 0.0) + nt[7].get(n2[0], 0.0))


def sentence_features(zs: list[float], threshold: float) -> list[tuple[float, ...]]:
    """Per candidate of one sentence, from the token scores ``zs`` of all its candidates: (z, 1 if
    it is the only candidate, the best other z (0 when alone), 1 if z beats every other, how many
    others pass ``threshold``). Sentences seldom hold two attributions, so a candidate outscored in
    its sentence is likelier a false cue, and a lone one likelier a true one."""
    n = len(zs)
    if n <= 1:
        return [(z, 1.0, 0.0, 1.0, 0.0) for z in zs]
    n_pass = sum(z > threshold for z in zs)
    i1 = max(range(n), key=zs.__getitem__)
    top1 = zs[i1]
    top2 = max(zs[j] for j in range(n) if j != i1)
    out: list[tuple[float, ...]] = []
    for i, z in enumerate(zs):
        m = top2 if i == i1 else top1
        out.append((z, 0.0, m, 1.0 if z > m else 0.0, float(n_pass - (z > threshold))))
    return out


_S_B, _S_WZ, _S_WA, _S_WM, _S_WB, _S_WN = cue_model.SENTENCE_WEIGHTS
_S_ALONE = _S_B + _S_WA + _S_WB  # the terms of a lone candidate but its own score


def sentence_scores(zs: list[float], threshold: float = cue_model.THRESHOLD) -> list[float]:
    """The second-stage score of each candidate of a sentence: ``cue_model.SENTENCE_WEIGHTS`` over
    ``sentence_features(zs, threshold)``, without building them (this runs for every candidate)."""
    if len(zs) <= 1:
        return [_S_ALONE + _S_WZ * z for z in zs]
    n_pass = sum(z > threshold for z in zs)
    i1 = max(range(len(zs)), key=zs.__getitem__)
    top1 = zs[i1]
    top2 = max(zs[:i1] + zs[i1 + 1:])
    rest = _S_B + _S_WM * top1  # outscored by the best: the best is its rival
    out = [rest + _S_WZ * z + _S_WN * (n_pass - (z > threshold)) for z in zs]
    out[i1] = _S_B + _S_WM * top2 + _S_WZ * top1 + (_S_WB if top1 > top2 else 0.0) + _S_WN * (n_pass - (top1 > threshold))
    return out
