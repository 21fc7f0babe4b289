"""Fast paths of the scoring code against the plain definitions they stand in for."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.scoring.specificity import (
    _MASK, _WORD, _WORDS_SHIFT, _get_counts, _leading_words, _words,
)

_ODD = list("aZ9_ .,'’-–\u00a0\u2028\u0301é٣\n\t\x1c\x85½²")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ODD), max_size=60) | st.text(max_size=60))
def test_words_equal_word_regex(sentence):
    assert _words(sentence) == _WORD.findall(sentence)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ODD), max_size=60) | st.text(max_size=60))
def test_piece_counts_are_the_sum_of_their_words(sentence):
    words = _WORD.findall(sentence)
    by_piece = sum(map(_get_counts, sentence.split()))
    assert by_piece == sum(map(_get_counts, words))
    assert (by_piece >> _WORDS_SHIFT) & _MASK == len(words)
    assert _leading_words(sentence.split(), 3) == words[:3]
