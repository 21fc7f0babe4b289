import pytest
from hypothesis import given
from hypothesis import strategies as st

from tasks.scoring import sentence_specificity
from tasks.scoring.specificity import specificity_features
from tasks.scoring.treebank import looks_tokenised, untokenise


@pytest.mark.parametrize(
    "tokenised, prose",
    [
        ("It does n't matter .", "It doesn't matter."),
        ("The company 's shares fell 5 % .", "The company's shares fell 5%."),
        ("Sales rose -LRB- in dollars -RRB- to $ 4 million .", "Sales rose (in dollars) to $4 million."),
        ("`` We 're ready , '' he said .", '"We\'re ready," he said.'),
        ("A -LCB- braced -RCB- and -LSB- bracketed -RSB- word", "A {braced} and [bracketed] word"),
        ("I 'm sure they 've gone and we 'll see", "I'm sure they've gone and we'll see"),
    ],
)
def test_untokenise(tokenised, prose):
    assert untokenise(tokenised) == prose


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It does n't matter .", True),
        ("Sales rose -LRB- in dollars -RRB- .", True),
        ("``Quoted'' without spaces", True),
        ("The firm 's chief", True),
        ("Prices rose , then fell", False),
        ("It doesn't matter.", False),
        ("The firm's chief said \"yes\" (twice).", False),
        ("Rock 'n' roll in the '90s", False),
        ("", False),
    ],
)
def test_looks_tokenised(text, expected):
    assert looks_tokenised(text) is expected


@pytest.mark.parametrize(
    "tokenised, prose",
    [
        ("Assets of the 400 taxable funds grew by $ 1.5 billion .", "Assets of the 400 taxable funds grew by $1.5 billion."),
        ("`` It 's a lifetime job , '' Dr. Forward said .", '"It\'s a lifetime job," Dr. Forward said.'),
        ("Profit -LRB- before taxes -RRB- was n't disclosed .", "Profit (before taxes) wasn't disclosed."),
    ],
)
def test_specificity_is_the_same_in_either_form(tokenised, prose):
    assert sentence_specificity(tokenised) == sentence_specificity(prose)
    assert specificity_features(tokenised) == specificity_features(prose)


def test_clitics_are_not_counted_as_words():
    # "n't" split off is one more short word: it would lower the mean word length
    assert specificity_features("It does n't work .")["log_words"] == specificity_features("It doesn't work.")["log_words"]


@given(st.text())
def test_untokenise_never_raises(text):
    assert isinstance(untokenise(text), str)
    assert isinstance(looks_tokenised(text), bool)
