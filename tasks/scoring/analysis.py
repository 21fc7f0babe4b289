"""Per-article analysis: every score, plus the sentence and attribution rows behind them."""

from __future__ import annotations

import math
import re

from .attributions import KINDS, SOURCE_TYPES, find_attributions
from .composite import quality_score
from .readability import readability
from .records import Analysis, Attribution
from .sentences import split_sentences
from .specificity import sentence_specificity, specificity_and_word_runs, vague_phrase_hints
from .treebank import looks_tokenised

_WORD = re.compile(r"\w+")
SPECIFIC_THRESHOLD = 0.5
NAMED_TYPES = ("person", "organisation")
_DISTINCT_TYPES = frozenset(("person", "organisation", "outlet"))


def distinct_sources(attrs: list[Attribution]) -> list[tuple[str, str]]:
    """The distinct (source type, key) pairs of the named people, organisations and outlets that
    ``attrs`` cite, in the order first cited: what ``distinct_sources`` counts."""
    seen: dict[tuple[str, str], None] = {}
    for attr in attrs:
        if attr.source_type in _DISTINCT_TYPES:
            for key in attr.source_keys:
                seen[(attr.source_type, key)] = None
    return list(seen)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def analyse(text: object) -> Analysis:
    """Score ``text`` (cleaned article text); never raises on a str, empty text gives zeros."""
    if not isinstance(text, str):
        text = ""
    spans = split_sentences(text)
    text_hints = vague_phrase_hints(text)
    hints: tuple[str, ...] | bool = True if text_hints is None else text_hints  # True: per sentence
    sentences = []
    spec = []
    runs = 0
    tokenised = looks_tokenised(text)
    for i, (a, b) in enumerate(spans):
        s = text[a:b]
        v, n = specificity_and_word_runs(s, hints)
        if tokenised and looks_tokenised(s):
            v = sentence_specificity(s)  # treebank tokens read as prose, as sentence_specificity does
        runs += n
        spec.append(v)
        sentences.append((i, s, v))
    attrs: list[Attribution] = find_attributions(text, sentences=spans)
    # Every word character is in a sentence (the rest of a line holds no letter or digit) unless
    # "_", the one non-alphanumeric one, is left out: then the sentences' runs are the word count.
    words = runs if "_" not in text else len(_WORD.findall(text))
    n_attr = len(attrs)
    by_kind = dict.fromkeys(KINDS, 0)
    by_type = dict.fromkeys(SOURCE_TYPES, 0)
    for attr in attrs:
        by_kind[attr.kind] += 1
        by_type[attr.source_type] += 1
    scores: dict = {
        "word_count": words,
        "sentence_count": len(sentences),
        "specificity": 100.0 * sum(spec) / len(spec) if spec else 0.0,
        "specific_sentence_share": _share(len([v for v in spec if v >= SPECIFIC_THRESHOLD]), len(spec)),
        "attributions": n_attr,
        "sourcing_density": 100.0 * n_attr / words if words else 0.0,
        "direct_quotes": by_kind["direct_quote"],
        "indirect": by_kind["indirect"],
        "according_to": by_kind["according_to"],
        "named_sources": by_type["person"] + by_type["organisation"],
        "person_sources": by_type["person"],
        "organisation_sources": by_type["organisation"],
        "anonymous_sources": by_type["anonymous"],
        "vague_sources": by_type["vague"],
        "outlet_sources": by_type["outlet"],
        "distinct_sources": len(distinct_sources(attrs)),
        "anonymous_or_vague_share": _share(by_type["anonymous"] + by_type["vague"], n_attr),
        "secondhand_share": _share(by_type["outlet"], n_attr),
    }
    scores.update(readability(text))
    scores["quality_score"] = quality_score(scores)
    for k, v in scores.items():  # belt and braces: the contract promises finite numbers
        if isinstance(v, float) and not math.isfinite(v):
            scores[k] = 0.0
    return Analysis(scores=scores, sentences=sentences, attributions=attrs)


def score_text(text: object) -> dict:
    """Every per-article score of ``text`` (see ``tasks.scoring`` for the keys)."""
    return analyse(text).scores
