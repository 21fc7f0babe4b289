import math

import pytest

from tasks.scoring.composite import (
    DEFAULT_WEIGHTS,
    components,
    normalise_weights,
    quality_score,
    readability_component,
)

GOOD = {"specificity": 80.0, "sourcing_density": 3.0, "attributions": 20, "anonymous_or_vague_share": 0.1,
        "flesch_reading_ease": 50.0, "word_count": 700}
POOR = {"specificity": 30.0, "sourcing_density": 0.2, "attributions": 1, "anonymous_or_vague_share": 1.0,
        "flesch_reading_ease": 5.0, "word_count": 700}


def test_default_weights_sum_to_one():
    assert math.isclose(sum(normalise_weights(None).values()), 1.0)
    assert set(DEFAULT_WEIGHTS) == {"specificity", "sourcing", "named_sources", "readability"}


@pytest.mark.parametrize(
    "weights, expected",
    [
        ({"specificity": 2, "sourcing": 2}, {"specificity": 0.5, "sourcing": 0.5, "named_sources": 0.0, "readability": 0.0}),
        ({"specificity": 1, "bogus": 5}, {"specificity": 1.0, "sourcing": 0.0, "named_sources": 0.0, "readability": 0.0}),
        ({"specificity": -1, "readability": 1}, {"specificity": 0.0, "sourcing": 0.0, "named_sources": 0.0, "readability": 1.0}),
        ({}, {"specificity": 0.0, "sourcing": 0.0, "named_sources": 0.0, "readability": 0.0}),
        ({"sourcing": float("nan"), "readability": 3}, {"specificity": 0.0, "sourcing": 0.0, "named_sources": 0.0, "readability": 1.0}),
    ],
)
def test_normalise_weights(weights, expected):
    assert normalise_weights(weights) == pytest.approx(expected)


@pytest.mark.parametrize(
    "fre, expected",
    [(-50, 0.0), (0, 0.0), (15, 0.5), (30, 1.0), (50, 1.0), (70, 1.0), (85, 0.5), (100, 0.0), (130, 0.0)],
)
def test_readability_plateau(fre, expected):
    assert readability_component(fre) == pytest.approx(expected)


@pytest.mark.parametrize(
    "scores, key, expected",
    [
        ({"sourcing_density": 2.25}, "sourcing", 0.5),
        ({"sourcing_density": 4.5}, "sourcing", 1.0),
        ({"sourcing_density": 9.0}, "sourcing", 1.0),
        ({"attributions": 0, "anonymous_or_vague_share": 0.0}, "named_sources", 0.0),
        ({"attributions": 4, "anonymous_or_vague_share": 0.25}, "named_sources", 0.75),
        ({"specificity": 250}, "specificity", 1.0),
    ],
)
def test_components(scores, key, expected):
    assert components(scores)[key] == pytest.approx(expected)


def test_single_weight_isolates_component():
    assert quality_score(GOOD, {"specificity": 1}) == pytest.approx(80.0)
    assert quality_score(GOOD, {"sourcing": 5}) == pytest.approx(100 * 3.0 / 4.5)  # 3 of the 4.5 per 100 words that saturate


def test_good_beats_poor_and_bounds():
    assert 0 <= quality_score(POOR) < quality_score(GOOD) <= 100


@pytest.mark.parametrize("scores", [{}, {"specificity": "x"}, {"specificity": float("inf"), "word_count": 1}])
def test_garbage_scores_stay_in_bounds(scores):
    v = quality_score(scores)
    assert 0.0 <= v <= 100.0
