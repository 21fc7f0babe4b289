import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.scoring import analyse, sentence_specificity
from tasks.scoring.treebank import looks_tokenised, untokenise
from tasks.scoring.specificity import (
    FEATURES,
    INTERCEPT,
    WEIGHTS,
    specificity_and_word_runs,
    specificity_features,
    vague_phrase_hints,
)

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
    # PTB-tokenised input, as in the WSJ benchmark
    (
        "Assets of the 400 taxable funds grew by $ 1.5 billion during the latest week .",
        "But many investors are still worried about the outlook .",
    ),
    (
        "`` We lost $ 2 million in October , '' said Mr. Smith , the chief executive .",
        "Analysts say things could get worse for some companies .",
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
        ("Shares rose 5% to $10 on Monday.", "log_digits", math.log1p(2)),
        ("He met Angela Merkel in Berlin.", "log_names", math.log1p(3)),
        ("Ten people and two dogs.", "number_words", 2),
        ('"We will win," he said.', "quote", 1),
        ("`` We will win , '' he said .", "quote", 1),
        ("Asbestos reinsurance claims hit the Outhwaite syndicate.", "mean_idf", 3.0),
        ("Asbestos reinsurance claims hit the Outhwaite syndicate.", "log_rare", math.log1p(3)),
        ("Asbestos reinsurance claims hit the Outhwaite syndicate.", "log_idf_sum", math.log1p(15)),
        ("Many experts say some things may change.", "vague_rate", 0.5),
        ("But the outlook is bad.", "connective", 1),
    ],
)
def test_features(sentence, feature, minimum):
    assert specificity_features(sentence)[feature] >= minimum


# Exact values of the newest features: amounts marked by currency or percent signs or a unit word
# after a number, a leading connective ("In" only as "In fact" and the like), and the mean
# characters per word (capped at 20 per word).
@pytest.mark.parametrize(
    "sentence, feature, value",
    [
        ("Shares rose 5% to $10 on Monday.", "log_money", math.log1p(2)),
        ("Assets grew by $ 1.5 billion , or 3 % .", "log_money", math.log1p(2)),
        ("It cost €5, £4 and ¥300.", "log_money", math.log1p(3)),
        ("Shares rose on Monday.", "log_money", 0.0),
        ("Turnout rose 5 percent, or two percent of voters, to 19 cents.", "log_money", math.log1p(3)),
        ("The percent of dollars rose.", "log_money", 0.0),
        ("In fact, the outlook is bad.", "connective", 1.0),
        ("In other words, the outlook is bad.", "connective", 1.0),
        ("In 2008, the outlook was bad.", "connective", 0.0),
        ("In Florida the outlook is bad.", "connective", 0.0),
        ("In", "connective", 0.0),
        ("The cat sat on a mat.", "word_length", 15 / 6),
        ("I won't go.", "word_length", 8 / 3),
        ("a" * 10000, "word_length", 20.0),
        ("", "word_length", 0.0),
    ],
)
def test_new_feature_values(sentence, feature, value):
    assert specificity_features(sentence)[feature] == pytest.approx(value)


# (with, without) a currency or percent sign, and (shorter, longer) words at the same rarity
# level: a measured amount adds detail; long abstract wording marks a general statement.
@pytest.mark.parametrize(
    "higher, lower",
    [
        ("Sales rose 5% to 10 in May.", "Sales rose 5 to 10 in May."),
        ("The fee is $ 40 .", "The fee is 40 ."),
        ("The plan got a cut.", "The administration considered implementation."),
    ],
)
def test_money_and_short_words_raise_specificity(higher, lower):
    assert sentence_specificity(higher) > sentence_specificity(lower)


# (rarer, commoner) sentences of the same length: rare words are read as concrete detail.
@pytest.mark.parametrize(
    "rarer, commoner",
    [
        ("Asbestos reinsurance claims hit the syndicate.", "These problems hurt the people."),
        ("Nonperforming loans swelled at the thrift.", "Many things got worse for them."),
        ("The winery sold its vineyard to a distiller.", "The company sold its business to a rival."),
    ],
)
def test_rare_words_raise_specificity(rarer, commoner):
    assert specificity_features(rarer)["mean_idf"] > specificity_features(commoner)["mean_idf"]
    assert sentence_specificity(rarer) > sentence_specificity(commoner)


# Nouns by the WordNet supersense of their first sense (specificity_nouns.py), as shares of words:
# only lower-case words, plurals included; a word more often a verb ("shares", "rose"), a group
# noun ("people", "government") and a function word count as neither.
@pytest.mark.parametrize(
    "sentence, concrete, abstract",
    [
        ("The truck hit a tree near the bridge.", 3 / 8, 0.0),
        ("Trucks carried cattle to two cities.", 2 / 6, 0.0),
        ("The idea reflects a belief about freedom.", 0.0, 3 / 7),
        ("The senator sold her house and her ideas.", 2 / 8, 1 / 8),
        ("Shares rose as people and the government watched.", 0.0, 0.0),
        ("Rose Tree met Bridge.", 0.0, 0.0),
        ("It may be.", 0.0, 0.0),
        # a pronoun is not a noun, though WordNet files "us" as one
        ("They told us about the truck.", 1 / 6, 0.0),
        # a lower-case word is a common noun: "gates" are gates, not Bill Gates
        ("Guards opened the gates of the farm.", 2 / 7, 0.0),
    ],
)
def test_noun_kinds(sentence, concrete, abstract):
    features = specificity_features(sentence)
    assert features["concrete_rate"] == pytest.approx(concrete)
    assert features["abstract_rate"] == pytest.approx(abstract)


# (concrete, abstract) nouns in the same frame: a thing a reader could check is a detail, even
# where the abstract words are the rarer ones.
@pytest.mark.parametrize(
    "concrete, abstract",
    [
        ("The senator sold her house and car.", "The senator sold her idea and vision."),
        ("The truck hit a tree near the bridge.", "The idea met a belief about the freedom."),
        ("Workers loaded the trucks at the dock.", "Leaders weighed the ideas at the summit."),
        ("The farmer sold wheat and cattle.", "The thinker sold hope and freedom."),
    ],
)
def test_concrete_nouns_raise_specificity(concrete, abstract):
    assert sentence_specificity(concrete) > sentence_specificity(abstract)


@pytest.mark.parametrize(
    "quoted, plain",
    [
        ('"I never thought it would matter," he said.', "He never thought it would matter, he said."),
        ("`` They look the same . ''", "They look the same ."),
    ],
)
def test_quote_raises_specificity(quoted, plain):
    assert sentence_specificity(quoted) > sentence_specificity(plain)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares rose 5% to $10 on Monday.",
        "It cost €5, £4 and ¥300 — “a 20% rise”.",
        "But many experts say a number of things may change.",
        "`` The guys are being macho , '' -LRB- he said -RRB- .",
        "“Hi,” said Bob: “Go.”",
        "Nonperforming loans swelled at the Outhwaite syndicate, a game changer.",
        "a" * 10000,
    ],
)
def test_fast_score_matches_features(sentence):
    """The scoring path's pre-weighted per-word terms give the model over ``FEATURES``."""
    vec = specificity_features(sentence)
    z = INTERCEPT + sum(WEIGHTS[f] * vec[f] for f in FEATURES)
    assert sentence_specificity(sentence) == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-9)


@pytest.mark.parametrize(
    "sentence",
    ["", "   ", "!!!", "“”", "1", "a" * 10000, "Ⅻ ½ ٣", "\x00\n\t", "`` '' -LRB- -RRB-", "İ ſ K"],
)
def test_bounds(sentence):
    v = sentence_specificity(sentence)
    assert 0.0 <= v <= 1.0 and math.isfinite(v)


def test_empty_is_zero():
    assert sentence_specificity("") == 0.0


def test_empty_gives_zero_score_and_no_words():
    assert specificity_and_word_runs("", True) == (0.0, 0)
    assert specificity_features("") == dict.fromkeys(FEATURES, 0.0)


def test_weights_cover_features_with_their_fixed_signs():
    """The weights file is generated for exactly these features; the learning keeps each sign
    fixed by the definition (detail raises specificity, vague wording lowers it)."""
    assert set(WEIGHTS) == set(FEATURES)
    positive = {"log_words", "log_digits", "log_money", "log_names", "number_words", "mean_idf",
                "log_idf_sum", "log_rare", "quote", "concrete_rate"}
    for f in FEATURES:
        assert (WEIGHTS[f] > 0) == (f in positive), f


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_stays_in_bounds(text):
    v = sentence_specificity(text)
    assert 0.0 <= v <= 1.0 and math.isfinite(v)
    score, runs = specificity_and_word_runs(text, vague_phrase_hints(text) or True)
    if looks_tokenised(text):  # the public function reads treebank tokens as prose first
        score = specificity_and_word_runs(untokenise(text), True)[0]
    assert score == pytest.approx(v, abs=1e-12)
    assert runs == len(re.findall(r"\w+", text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["many", "Tokyo", "1,200", "said", "does", "n't", "'s", "-LRB-", "-RRB-",
                                 "``", "''", "“", "$", "%", ",", ".", "\n"]), max_size=40))
def test_article_sentences_score_as_sentence_specificity(tokens):
    """A sentence stored by ``analyse`` has the value ``sentence_specificity`` gives it alone,
    treebank-tokenised or not."""
    for _, sentence, value in analyse(" ".join(tokens)).sentences:
        assert value == pytest.approx(sentence_specificity(sentence), abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["many", "some", "may", "things", "Tokyo", "1,200", "said", "the",
                                 "But", "“", "”", "``", "''", "$", "%", ",", "."]), max_size=40))
def test_word_soup_never_raises(tokens):
    v = sentence_specificity(" ".join(tokens))
    assert 0.0 <= v <= 1.0


# The weak labels of benchmarks/specificity_fit.py: the connective is removed from the example.
@pytest.mark.parametrize(
    "sentence, stripped",
    [
        ("For example, the agency fined 12 banks.", "The agency fined 12 banks."),
        ("“For instance: we lost,” he said.", "“We lost,” he said."),
        ("The Justice Department, for example, requires addresses.", "The Justice Department requires addresses."),
        ("Specifically, Ohio voted.", "Ohio voted."),
        ("In fact, it is narrow.", None),
        ("Examples abound.", None),
        ("He gave, for example and more, a list.", None),
    ],
)
def test_weak_label_connective_stripping(sentence, stripped):
    from benchmarks.specificity_fit import strip_instantiation

    assert strip_instantiation(sentence) == stripped


def test_weak_pairs_take_the_sentence_before_an_example():
    from benchmarks.specificity_fit import weak_pairs

    article = ["Prices rose.", "Many shops struggled.", "For instance, Acme shut 3 stores.", "Fine."]
    assert weak_pairs([article]) == [("Many shops struggled.", "Acme shut 3 stores.")]
    assert weak_pairs([["For example, the first sentence has nothing before it."]]) == []
