import nltk
import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.scoring import readability as r

SENTENCE = "The committee approved the proposal on Tuesday after a long debate."
TEXTS = [
    SENTENCE,
    "Mr. Hegseth said: “We must be prepared.” It isn't over. The U.S.-Japan alliance, he added, remains strong!",
    "Short. Very short. Tiny words here now.",
    "Unbelievably incomprehensible administrative reorganisation considerations proliferate.",
    "x",
]
METRICS = [
    ("flesch_reading_ease", r.flesch_reading_ease, textstat.flesch_reading_ease),
    ("flesch_kincaid_grade", r.flesch_kincaid_grade, textstat.flesch_kincaid_grade),
    ("gunning_fog", r.gunning_fog, textstat.gunning_fog),
    ("smog_index", r.smog_index, textstat.smog_index),
    ("dale_chall", r.dale_chall, textstat.dale_chall_readability_score),
]


def test_no_download_attempted(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download was called")

    monkeypatch.setattr(nltk, "download", refuse)
    fresh = SENTENCE + " Nobody objected."  # not in textstat's caches yet
    assert textstat.syllable_count("committee approved") == 5
    assert textstat.flesch_reading_ease(SENTENCE) == pytest.approx(49.5427, abs=1e-3)
    assert textstat.flesch_reading_ease(fresh) == pytest.approx(r.readability(fresh)["flesch_reading_ease"])


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name, ours, theirs", METRICS)
def test_matches_textstat(text, name, ours, theirs):
    assert ours(r.counts(text)) == pytest.approx(theirs(text), rel=1e-9, abs=1e-9)


def test_known_counts():
    c = r.counts(SENTENCE)
    assert (c.words, c.sentences, c.syllables, c.polysyllables) == (11, 1, 19, 2)


@pytest.mark.parametrize("text", ["", "   ", "...", "!!!", "\n"])
def test_wordless_text_gives_zero(text):
    assert r.readability(text) == {name: 0.0 for name, _, _ in METRICS}


# Characters that exercise the counting rules: sentence marks, apostrophes (contractions), quotes,
# dashes, non-ASCII letters and spaces, and the line breaks of cleaned text.
_ALPHABET = "abcdeiostuvlrnyTIU .!?'’“”\"—-…,;:()\n\t\xa0é1_"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_matches_textstat_on_generated_text(text):
    c = r.counts(text)
    if c.words == 0:  # word-less text scores 0 here by design (see test_wordless_text_gives_zero)
        return
    for _, ours, theirs in METRICS:
        assert ours(c) == pytest.approx(theirs(text), rel=1e-9, abs=1e-9)


def test_matches_textstat_past_one_chunk_of_tokens():
    text = " ".join(TEXTS * 120)  # ~4,700 tokens: several of the summed chunks
    assert len(text.split()) > 2 * r._CHUNK
    for _, ours, theirs in METRICS:
        assert ours(r.counts(text)) == pytest.approx(theirs(text), rel=1e-9, abs=1e-9)
