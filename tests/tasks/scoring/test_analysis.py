import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.scoring import SCORER_VERSION, analyse, find_attributions, score_text, sentence_specificity
from tasks.scoring.attributions import KINDS, SOURCE_TYPES

KEYS = {
    "word_count", "sentence_count", "specificity", "specific_sentence_share", "attributions",
    "sourcing_density", "direct_quotes", "indirect", "according_to", "named_sources",
    "person_sources", "organisation_sources", "anonymous_sources", "vague_sources",
    "outlet_sources", "distinct_sources", "anonymous_or_vague_share", "secondhand_share",
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "dale_chall",
    "quality_score",
}
SHARES = ("specific_sentence_share", "anonymous_or_vague_share", "secondhand_share")
COUNTS = ("word_count", "sentence_count", "attributions", "direct_quotes", "indirect", "according_to",
          "named_sources", "person_sources", "organisation_sources", "anonymous_sources", "vague_sources",
          "outlet_sources", "distinct_sources")

ARTICLE = (
    "TOKYO — Defense Secretary Pete Hegseth met Defense Minister Gen Nakatani on March 30.\n"
    "“Japan is an indispensable partner,” Hegseth told reporters.\n"
    "Nakatani said the two sides agreed to expand joint drills, according to Kyodo News.\n"
    "Experts say the move could be significant. Officials who asked not to be named said more was planned."
)


def check_bounds(s):
    assert KEYS <= set(s)
    for k, v in s.items():
        if isinstance(v, (int, float)):
            assert math.isfinite(v), k
    for k in COUNTS:
        assert isinstance(s[k], int) and s[k] >= 0, k
    for k in SHARES:
        assert 0.0 <= s[k] <= 1.0, k
    assert 0.0 <= s["specificity"] <= 100.0
    assert 0.0 <= s["quality_score"] <= 100.0
    assert s["sourcing_density"] >= 0.0
    assert s["attributions"] == s["direct_quotes"] + s["indirect"] + s["according_to"]
    assert s["attributions"] == (s["person_sources"] + s["organisation_sources"] + s["outlet_sources"]
                                 + s["anonymous_sources"] + s["vague_sources"])
    assert s["named_sources"] == s["person_sources"] + s["organisation_sources"]


def test_version_string():
    assert SCORER_VERSION.count(".") == 2 and all(p.isdigit() for p in SCORER_VERSION.split("."))


def test_article_scores():
    an = analyse(ARTICLE)
    s = an.scores
    check_bounds(s)
    assert s == score_text(ARTICLE)
    assert s["word_count"] == len(__import__("re").findall(r"\w+", ARTICLE))
    assert s["sentence_count"] == len(an.sentences) == 5
    assert s["direct_quotes"] >= 1 and s["according_to"] >= 1
    assert s["outlet_sources"] >= 1 and s["anonymous_sources"] >= 1 and s["vague_sources"] >= 1
    assert [p for p, _, _ in an.sentences] == list(range(5))
    for _, text, spec in an.sentences:
        assert spec == sentence_specificity(text)
    assert an.attributions == find_attributions(ARTICLE)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "...", "“”"])
def test_empty_gives_zeros(text):
    s = score_text(text)
    check_bounds(s)
    assert all(v == 0 for k, v in s.items() if k in KEYS)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_never_raises_and_stays_in_bounds(text):
    check_bounds(score_text(text))
    v = sentence_specificity(text)
    assert 0.0 <= v <= 1.0
    for a in find_attributions(text):
        assert a.kind in KINDS and a.source_type in SOURCE_TYPES
        for span in (a.cue, a.source, a.content):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)


_PIECES = st.sampled_from([
    "“", "”", '"', "``", "''", "‘", "’", "'", " said ", " says ", "according to ", "Mr. ", "Hegseth",
    ", ", ". ", "\n", "told reporters ", "sources ", "The New York Times ", "who asked not to be named ",
    "experts say ", "U.S. ", "3% ", "$5 ", "that ", "he ", "(", ")", "—", "…", "  ",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_newsy_fragments_never_raise(text):
    check_bounds(score_text(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=80)
       | st.text(alphabet=st.sampled_from(list("a9_ .!?\n\t’'-–—\u00a0\u0301é٣")), max_size=60))
def test_word_count_is_word_runs(text):
    # analyse counts words from the sentences' tokens; it must equal a plain count of \w+ runs
    assert score_text(text)["word_count"] == len(re.findall(r"\w+", text))


# --- seed articles ------------------------------------------------------------------------------
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def _seed_scores():
    gold_path = SHARED / "seeds.gold.json"
    if not gold_path.exists():
        pytest.skip("shared seed corpus not available")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    scores = {}
    for name, info in gold["articles"].items():
        path = SHARED / "seeds" / name
        if not path.exists():
            pytest.skip(f"seed {name} missing")
        drop = {int(k) for k in info["boilerplate"]}
        lines = path.read_text(encoding="utf-8").split("\n")
        text = "\n".join(line for i, line in enumerate(lines, 1) if i not in drop)
        scores[name] = score_text(text)
    return gold["expect"], scores


def test_seed_orderings():
    expect, scores = _seed_scores()
    low_src, low_spec = expect["lowest_sourcing_density"], expect["lowest_specificity"]
    for name, s in scores.items():
        check_bounds(s)
        if name != low_src:
            assert s["sourcing_density"] > scores[low_src]["sourcing_density"], name
        if name != low_spec:
            assert s["specificity"] > scores[low_spec]["specificity"], name
    for name in expect["specificity_above_003"]:
        assert scores[name]["specificity"] > scores["003_ff2eca70195de861.txt"]["specificity"]
    for name in expect["sourcing_above_003"]:
        assert scores[name]["sourcing_density"] > scores["003_ff2eca70195de861.txt"]["sourcing_density"]
