import math

import pytest

from tasks.scoring import sentence_specificity
from tasks.scoring.specificity import specificity_features

# (more specific, less specific): each pair says the same kind of thing at two levels of detail.
PAIRS = [
    (
        "Defense Secretary Pete Hegseth met Defense Minister Gen Nakatani in Tokyo on March 30.",
        "Officials met to discuss many important issues.",
    ),
    (
        "Japan plans to raise defense spending to 2% of GDP by fiscal 2027, up from 1.6%.",
        "Japan is likely to spend significantly more on defense in the coming years.",
    ),
    (
        "The company cut 1,200 jobs at its plant in Ohio, the union said on Tuesday.",
        "Some companies may cut jobs as things get harder.",
    ),
    (
        "The bill passed the Senate 52-48 on Thursday and goes to the House next week.",
        "Experts say the bill could be a game changer.",
    ),
    (
        "Prices at the pump rose 12 cents to $3.45 a gallon in April, AAA reported.",
        "Prices have been rising for a while, which worries many people.",
    ),
    (
        "Under the treaty, more than 50,000 U.S. troops are based in Japan.",
        "In a significant move, the alliance remains a cornerstone of stability.",
    ),
]


@pytest.mark.parametrize("specific, general", PAIRS)
def test_specific_beats_general(specific, general):
    assert sentence_specificity(specific) > sentence_specificity(general)


@pytest.mark.parametrize("specific, general", PAIRS)
def test_threshold_side(specific, general):
    assert sentence_specificity(specific) >= 0.5 > sentence_specificity(general)


@pytest.mark.parametrize(
    "sentence, feature, minimum",
    [
        ("Shares rose 5% to $10 on Monday.", "digits", 2),
        ("Shares rose 5% to $10 on Monday.", "units", 2),
        ("Shares rose 5% to $10 on Monday.", "dates", 1),
        ("He met Angela Merkel in Berlin.", "capitals", 3),
        ("Many experts say some things may change.", "vague_rate", 0.5),
        ("But the outlook is bad.", "connective", 1),
    ],
)
def test_features(sentence, feature, minimum):
    assert specificity_features(sentence)[feature] >= minimum


@pytest.mark.parametrize("sentence", ["", "   ", "!!!", "“”", "1", "a" * 10000, "Ⅻ ½ ٣", "\x00\n\t"])
def test_bounds(sentence):
    v = sentence_specificity(sentence)
    assert 0.0 <= v <= 1.0 and math.isfinite(v)


def test_empty_is_zero():
    assert sentence_specificity("") == 0.0
