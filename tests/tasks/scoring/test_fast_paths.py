"""Fast paths of the scoring code against the plain definitions they stand in for."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.scoring.specificity import _WORD, _words

_ODD = list("aZ9_ .,'’-–\u00a0\u2028\u0301é٣\n\t\x1c\x85½²")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ODD), max_size=60) | st.text(max_size=60))
def test_words_equal_word_regex(sentence):
    assert _words(sentence) == _WORD.findall(sentence)
