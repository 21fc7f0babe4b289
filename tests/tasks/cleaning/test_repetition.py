import pytest

from tasks.cleaning import clean
from tasks.cleaning.repetition import line_fingerprint, line_fingerprints

BODY = [
    "The county board voted 4-1 on Monday to extend the library's weekend hours through June.",
    "The Gazette is independent and funded by readers like you.",
    "Board chair Lena Ortiz said the change would cost about $85,000 a year in staff time.",
]


@pytest.mark.parametrize(
    "left, right, same",
    [
        ("© 2025 Harbor Gazette", "© 2026 harbor  gazette", True),
        ("Support the Gazette today.", "  SUPPORT the Gazette today.  ", True),
        ("Support the Gazette today.", "Support the Gazette tomorrow.", False),
    ],
)
def test_fingerprint_ignores_case_spacing_and_digits(left, right, same):
    assert (line_fingerprint(left) == line_fingerprint(right)) is same


def test_fingerprints_are_distinct_per_line_and_skip_blanks():
    assert line_fingerprints("a\n\nb\na\n") == sorted({line_fingerprint("a"), line_fingerprint("b")})


def test_a_learned_line_is_removed_only_with_the_learned_set():
    text = "\n".join(BODY)
    assert "independent and funded" in clean(text).text
    learned = frozenset({line_fingerprint(BODY[1])})
    cleaned = clean(text, known_boilerplate=learned)
    assert "independent and funded" not in cleaned.text and BODY[0] in cleaned.text and BODY[2] in cleaned.text
    assert [(s.category, s.text) for s in cleaned.removed] == [("source_repeated", BODY[1])]
