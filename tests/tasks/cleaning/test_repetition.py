import hashlib
import re

import pytest
from hypothesis import given, settings, strategies as st

from tasks.cleaning import RemovedSegment, clean, clean_again_with_learned_lines
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


# Warehouses store these values: a faster fingerprint must give the very same numbers.
@pytest.mark.parametrize(
    "line, stored",
    [
        ("© 2025 Harbor Gazette", 7343037589025428072),
        ("Подпишитесь на рассылку ٢٠٢٥", 8555988134757868028),
        ("Sign up\tfor  our NEWSLETTER", 3953782732811239783),
    ],
)
def test_fingerprint_values_stay_those_already_stored(line, stored):
    assert line_fingerprint(line) == stored


def _fingerprint_as_specified(line: str) -> int:
    normal = re.sub(r"\d", "#", re.sub(r"\s+", " ", line).strip().casefold())
    return int.from_bytes(hashlib.blake2b(normal.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


_ODD_CHARACTERS = st.sampled_from(list(" \t\r\x0b\x0c\x85\u2028\u00a0\u3000\u0661\u0663\uff13\u212a\u00df9"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)), _ODD_CHARACTERS, st.just("\n"))))
def test_fingerprints_match_the_specification_on_any_text(text):
    lines = [line for line in text.split("\n") if line.strip()]
    assert line_fingerprints(text) == sorted({_fingerprint_as_specified(line) for line in lines})


def test_fingerprints_are_distinct_per_line_and_skip_blanks():
    assert line_fingerprints("a\n\nb\na\n") == sorted({line_fingerprint("a"), line_fingerprint("b")})


def test_a_learned_line_is_removed_only_with_the_learned_set():
    text = "\n".join(BODY)
    assert "independent and funded" in clean(text).text
    learned = frozenset({line_fingerprint(BODY[1])})
    cleaned = clean(text, known_boilerplate=learned)
    assert "independent and funded" not in cleaned.text and BODY[0] in cleaned.text and BODY[2] in cleaned.text
    assert [(s.category, s.text) for s in cleaned.removed] == [("source_repeated", BODY[1])]


LINES = BODY + [
    "Residents told the board on Tuesday that potholes on Elm Street had damaged at least 40 cars this winter.",
    "Sign up for our morning newsletter.",
    "Home | News | Sports | Opinion",
    "Photo: Jane Roe / Harbor Gazette",
    "© 2026 Harbor Gazette. All rights reserved.",
    "Follow us on social media for updates from the county desk and the courts.",
    "Harbor Gazette",
]


@settings(max_examples=200, deadline=None)
@given(
    picks=st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(["\n", "\n\n", "\n \n"])), min_size=1, max_size=14),
    learned_before=st.sets(st.sampled_from(LINES), max_size=3),
    learned_now=st.sets(st.sampled_from(LINES), max_size=4),
    keep=st.booleans(),
)
def test_cleaning_again_from_the_first_labels_equals_a_full_clean(picks, learned_before, learned_now, keep):
    raw = "".join(line + gap for line, gap in picks)
    before = frozenset(line_fingerprint(line) for line in learned_before)
    # Usually a superset; otherwise the source changed, and its lines are decided afresh.
    now = frozenset(line_fingerprint(line) for line in learned_now | (learned_before if keep else set()))
    first = clean(raw, "text", before)
    if not first.text:  # never stored: nothing to clean again
        return
    again = clean_again_with_learned_lines(raw, _md5(first.text), first.removed, now)
    full = clean(raw, "text", now)
    assert again is not None
    assert (again.text, again.removed) == (full.text, full.removed)


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def test_first_labels_that_do_not_fit_the_text_are_refused():
    raw = "\n".join(BODY)
    first = clean(raw, "text")
    digest = _md5(first.text)
    assert clean_again_with_learned_lines(raw, digest, first.removed, frozenset()) is not None
    assert clean_again_with_learned_lines(raw + "\nA line added since.", digest, first.removed, frozenset()) is None
    moved = [RemovedSegment(seg.position + 1, seg.category, seg.text) for seg in first.removed]
    wrong = moved or [RemovedSegment(0, "navigation", "not this line")]
    assert clean_again_with_learned_lines(raw, digest, wrong, frozenset()) is None
