import re

import pytest

from tasks.explain import explain_lines
from tasks.scoring import analyse

TEXT = (
    "The council voted 7-2 on Tuesday to spend $4.1 million on the Harbor Street bridge.\n"
    "\"We cannot wait another winter,\" said Mayor Ana Ruiz.\n"
    "Many experts say the plan is a game changer."
)


@pytest.mark.parametrize("weights", [None, {"specificity": 1, "sourcing": 0, "named_sources": 0, "readability": 0}])
def test_the_arithmetic_reproduces_the_stored_scores(weights):
    analysis = analyse(TEXT)
    out = "\n".join(explain_lines(TEXT, analysis, weights))
    sentence_values = [float(v) for v in re.findall(r"^\s+\d+\. \[(\d\.\d\d)\]", out, re.M)]
    assert len(sentence_values) == analysis.scores["sentence_count"]
    shown_quality = float(re.search(r"quality_score\s+= 100 × [\d.]+ = ([\d.]+)", out).group(1))
    from tasks.scoring.composite import quality_score

    assert shown_quality == pytest.approx(quality_score(analysis.scores, weights), abs=0.05)
    assert f"{analysis.scores['attributions']} / {analysis.scores['word_count']} × 100" in out


def test_every_attribution_is_listed_with_kind_and_type():
    analysis = analyse(TEXT)
    out = explain_lines(TEXT, analysis)
    listed = [line for line in out if re.match(r"^\s+\d+\. (direct_quote|indirect|according_to) ", line)]
    assert len(listed) == len(analysis.attributions) >= 1


def test_empty_text_explains_zeros():
    out = "\n".join(explain_lines("", analyse("")))
    assert "specificity      = 0 (no sentences)" in out and "quality_score    = 100 × 0.000 = 0.0" in out


def test_distinct_sources_are_listed_by_key():
    text = "Mayor Ana Ruiz said the bridge would open. She added that it was safe. Ruiz left."
    analysis = analyse(text)
    out = "\n".join(explain_lines(text, analysis))
    assert 'source "She" [ruiz]' in out
    assert "distinct_sources = distinct people, organisations and outlets cited, by key = 1: ruiz" in out
