"""The composite quality score (0-100) of an article.

    quality_score = 100 · Σ_k w_k · c_k / Σ_k w_k        (weights normalised to sum 1)

with four components, each in [0, 1]:

- ``specificity``: the article's ``specificity`` / 100 (mean sentence specificity).
- ``sourcing``: saturating sourcing density, ``min(1, sourcing_density / DENSITY_TARGET)``;
  ``DENSITY_TARGET`` = 4.5 attributions per 100 words, beyond which more is not better. It is the
  90th percentile of ``find_attributions`` density over the 840 PolNeAR train articles (4.43;
  gold 4.40), printed by ``benchmarks/scoring_sourcing.py --split train``: only the most heavily
  attributed tenth of news copy scores full marks, so the component tells articles apart (at
  1.5, 96% of those articles scored 1; at 4.5, 9%).
- ``named_sources``: ``1 - anonymous_or_vague_share`` when the article has attributions, and 0
  when it has none (an unsourced article must not score as "all named").
- ``readability``: Flesch reading ease mapped to [0, 1] with a plateau over the normal news range:
  1 for 30 ≤ FRE ≤ 70, falling linearly to 0 at FRE 0 and at FRE 100 (too dense / too choppy).

``weights`` (from config) is the complete specification: missing components weigh 0, unknown
keys are ignored, negative or non-finite weights count as 0; if nothing is left the score is 0.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

DENSITY_TARGET = 4.5
FRE_PLATEAU = (30.0, 70.0)
FRE_RAMP = 30.0

DEFAULT_WEIGHTS: dict[str, float] = {
    "specificity": 0.35,
    "sourcing": 0.30,
    "named_sources": 0.20,
    "readability": 0.15,
}
COMPONENTS = tuple(DEFAULT_WEIGHTS)


def _num(scores: Mapping[str, object], key: str) -> float:
    v = scores.get(key, 0.0)
    try:
        x = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return x if math.isfinite(x) else 0.0


def _clamp01(x: float) -> float:
    return 0.0 if x < 0 else 1.0 if x > 1 else x


def readability_component(fre: float) -> float:
    lo, hi = FRE_PLATEAU
    if fre < lo:
        return _clamp01(1 - (lo - fre) / FRE_RAMP)
    if fre > hi:
        return _clamp01(1 - (fre - hi) / FRE_RAMP)
    return 1.0


def components(scores: Mapping[str, object]) -> dict[str, float]:
    """The four components in [0, 1] (see module doc)."""
    has_attr = _num(scores, "attributions") > 0
    return {
        "specificity": _clamp01(_num(scores, "specificity") / 100.0),
        "sourcing": _clamp01(_num(scores, "sourcing_density") / DENSITY_TARGET),
        "named_sources": _clamp01(1.0 - _num(scores, "anonymous_or_vague_share")) if has_attr else 0.0,
        "readability": readability_component(_num(scores, "flesch_reading_ease")) if _num(scores, "word_count") > 0 else 0.0,
    }


def normalise_weights(weights: Mapping[str, object] | None) -> dict[str, float]:
    """Weights over COMPONENTS summing to 1 (all zeros if none is positive)."""
    src = DEFAULT_WEIGHTS if weights is None else weights
    w = {k: max(0.0, _num(src, k)) for k in COMPONENTS}
    total = sum(w.values())
    if total <= 0:
        return {k: 0.0 for k in COMPONENTS}
    return {k: v / total for k, v in w.items()}


@functools.lru_cache(maxsize=4)
def _normalised_defaults(items: tuple[tuple[str, float], ...]) -> dict[str, float]:
    # keyed on DEFAULT_WEIGHTS' items, so a changed default is never served stale; read-only use
    return normalise_weights(dict(items))


def quality_score(scores: Mapping[str, object], weights: Mapping[str, object] | None = None) -> float:
    """Weighted combination of the components, 0-100 (see module doc)."""
    w = normalise_weights(weights) if weights is not None else _normalised_defaults(tuple(DEFAULT_WEIGHTS.items()))
    c = components(scores)
    return max(0.0, min(100.0, 100.0 * sum(w[k] * c[k] for k in COMPONENTS)))
