import pytest

from tasks.scoring import split_sentences


def texts(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Smith went to Washington. He said hi.", ["Mr. Smith went to Washington.", "He said hi."]),
        ("Dr. Jones met Gen. Nakatani in Tokyo. Talks ended.", ["Dr. Jones met Gen. Nakatani in Tokyo.", "Talks ended."]),
        ("He lives in the U.S. and Japan. Ok.", ["He lives in the U.S. and Japan.", "Ok."]),
        ("Troops left the U.S. The war began.", ["Troops left the U.S.", "The war began."]),
        ("On Jan. 5 he left. Then he came back!", ["On Jan. 5 he left.", "Then he came back!"]),
        ("George W. Bush spoke. Crowds cheered.", ["George W. Bush spoke.", "Crowds cheered."]),
        ("Shares rose 2.5% to $3.10. Good.", ["Shares rose 2.5% to $3.10.", "Good."]),
        ("It closed at 5 p.m. The next day it opened.", ["It closed at 5 p.m.", "The next day it opened."]),
        ("Acme Inc. said profits rose. Rivals fell.", ["Acme Inc. said profits rose.", "Rivals fell."]),
        ('"We are ready." She left.', ['"We are ready."', "She left."]),
        ("“Is it over?” he asked. Nobody knew.", ["“Is it over?” he asked.", "Nobody knew."]),
        ("Line one without stop\nLine two.", ["Line one without stop", "Line two."]),
        ("Wait... what happened? Nothing.", ["Wait... what happened?", "Nothing."]),
        ("", []),
        ("   \n\n  ", []),
        ("...", []),
    ],
)
def test_split(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text", ["  Leading space. Trailing space.  ", "A.\n\nB c.", "x"])
def test_spans_are_trimmed_and_inside(text):
    for a, b in split_sentences(text):
        assert 0 <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
