"""Scoring: how well reported a cleaned news article is. Pure code (no I/O, no prefect/duckdb).

Public API
- ``sentence_specificity(sentence) -> float`` in [0, 1] (``specificity.py``: logistic model over
  names, numbers, dates, units versus vague words, hedges and evaluative words).
- ``find_attributions(text) -> list[Attribution]`` (``attributions.py``; quote pairing in
  ``quotes.py``, cue model in ``cues.py`` with weights and PolNeAR-train word priors generated into
  ``cue_model.py`` by ``benchmarks/scoring_sourcing.py --fit``, source phrases and types in
  ``sources.py``).
- ``split_sentences(text) -> list[(start, end)]`` (``sentences.py``, abbreviation-aware).
- ``analyse(text) -> Analysis`` with ``.scores``, ``.sentences`` [(position, text, specificity)]
  and ``.attributions``; ``score_text(text) == analyse(text).scores``.
- ``composite.quality_score(scores, weights=None)`` and ``composite.DEFAULT_WEIGHTS``.

Scores (``score_text``), all finite; empty text gives zeros:
- ``word_count``: runs of ``\\w+``; ``sentence_count``: ``len(split_sentences(text))``.
- ``specificity`` (0-100): the MEAN of ``sentence_specificity`` over the sentences, × 100.
  ``specific_sentence_share`` (0-1): share of sentences with specificity ≥ 0.5.
- ``attributions``: count; ``sourcing_density``: attributions per 100 words (≥ 0).
- ``direct_quotes``, ``indirect``, ``according_to``: counts by kind.
- ``person_sources``, ``organisation_sources``, ``outlet_sources``, ``anonymous_sources``,
  ``vague_sources``: counts by source type; ``named_sources`` = person + organisation.
- ``distinct_sources``: distinct source keys among person/organisation/outlet ones (people by
  surname, or first name and surname where two share one; unnamed people by role; pronouns
  resolved to a named person; each person or body of "Mr. Hegseth and Mr. Nakatani" or "The
  Washington Post and ABC News", whose ``Attribution.source_key`` is "hegseth; nakatani";
  ``analysis.distinct_sources`` lists them).
- ``anonymous_or_vague_share``, ``secondhand_share`` (outlet-sourced, including "according to
  <outlet>"): shares of attributions in [0, 1], 0 when there are none.
- ``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``,
  ``dale_chall``: textstat 0.7.13 definitions (``readability.py``).
- ``quality_score`` (0-100): ``composite.quality_score`` with ``DEFAULT_WEIGHTS``.

SCORER_VERSION bump rules (semantic versioning of stored scores):
- MAJOR: a key is removed or renamed, or a score changes meaning or scale.
- MINOR: any change that can change a stored value for some text (lexicons, weights, rules,
  thresholds, a textstat upgrade); rescoring is needed to compare across versions.
- PATCH: changes that leave every value identical (speed, refactoring, docs, tests).
"""

from __future__ import annotations

from .compiled import use_source_when_needed

# before any submodule import: decides whether the mypyc-compiled modules or the sources load
IMPLEMENTATION = use_source_when_needed(__name__)

from .analysis import analyse, score_text  # noqa: E402
from .attributions import find_attributions  # noqa: E402
from .records import Analysis, Attribution  # noqa: E402
from .sentences import split_sentences  # noqa: E402
from .specificity import sentence_specificity  # noqa: E402

SCORER_VERSION = "1.54.0"

__all__ = [
    "IMPLEMENTATION",
    "SCORER_VERSION",
    "Analysis",
    "Attribution",
    "analyse",
    "find_attributions",
    "score_text",
    "sentence_specificity",
    "split_sentences",
]
