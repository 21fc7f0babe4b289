"""The fast paths of the line features give exactly what the plain definitions give."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.cleaning import lines as L
from tasks.cleaning.patterns import CLOSERS, RULES, RULE_TESTS, SEPARATOR_CHARS, TERMINAL_CHARS, WORD, top_level_branches

SAMPLES = [
    "Home | World | Sport", "By Jane Doe, Staff Writer", "Posted on January 5, 2009 at 6:02 PM", "Advertisement",
    "Copyright © 2024 Example Media. All rights reserved.", "Follow her on Twitter @jdoe", "jane.doe@example.com",
    "Sign up for our newsletter to get the latest news delivered to your inbox.", "3 of 12", "12:04",
    "Photo: AP Photo/Evan Vucci", "Read more: Council votes on bridge", "We use cookies on this site.",
    "Already a subscriber? Log in to continue reading.", "snake_case and C3PO, 2-for-1 (deal) \"quoted.\"",
    "Home > News > Local", "10/12/2008", "The council voted on Tuesday to rebuild the bridge.", "Comments (12)",
    "Café “Olé” – 东京", "“Why?” she asked.)", "Read this...", "Ends with a closing quote”", "«»", "...)",
]
_TEXT = st.text(alphabet=st.sampled_from("aB_9 .,;:!?|/>•·»›-–'\"”’)]([@©é东\t"), min_size=1, max_size=60)


def _reference_terminal(text):
    end = text.rstrip(CLOSERS)
    return (end[-1:] in TERMINAL_CHARS and end != "") or text[-1] in "\"”"


def _check_line(text):
    text = text.strip()
    if not text:
        return
    ln = L.Line(text)
    if text.count(" ") < L.RULE_MAX_WORDS:
        assert ln.tokens == WORD.findall(text.lower())  # the ASCII byte-table tokeniser
        assert ln.key == " ".join(WORD.findall(text.lower()))
    assert ln.terminal == _reference_terminal(text)
    if ln.words < 60:
        assert ln.seps == sum(text.count(c) for c in SEPARATOR_CHARS)


def test_line_features_on_samples():
    for text in SAMPLES:
        _check_line(text)


@settings(max_examples=400, deadline=None, database=None)
@given(_TEXT)
def test_line_features_on_random_text(text):
    _check_line(text)


def test_top_level_branches_respects_groups_classes_and_escapes():
    assert top_level_branches(r"^a|(b|c)|[|]|\||[]|]x|[^]|]") == ["^a", "(b|c)", "[|]", r"\|", "[]|]x", "[^]|]"]
    for rule in RULES:
        assert "|".join(top_level_branches(rule[3].pattern)) == rule[3].pattern


@settings(max_examples=300, deadline=None, database=None)
@given(st.one_of(st.sampled_from(SAMPLES), _TEXT))
def test_split_rules_agree_with_whole_regexes(text):
    for (_, _, _, rx), (_, _, match, search) in zip(RULES, RULE_TESTS):
        split = bool((match and match(text)) or (search and search(text)))
        assert split == bool(rx.search(text)), rx.pattern


def test_split_rules_agree_on_samples():
    for text in SAMPLES:
        for (_, _, _, rx), (_, _, match, search) in zip(RULES, RULE_TESTS):
            assert bool((match and match(text)) or (search and search(text))) == bool(rx.search(text))


def test_repeated_lines_share_one_analysis_and_get_the_same_labels():
    texts = list(enumerate(["Home | World | Sport", "Headline of the day here", "Home | World | Sport"]
                           + ["The council voted on Tuesday to rebuild the old bridge over the river, ending a debate."] * 3
                           + ["Home | World | Sport"]))
    lines = L._make_lines(texts)
    assert lines[0] is lines[2] is lines[6]
    labels, _ = L.classify(texts)
    assert labels[0] == labels[2] == labels[6] is not None


def test_function_word_check_matches_the_full_sum():
    texts = [(i, t) for i, t in enumerate(["a b c d e f g h i j k l", "the of and", "Menu", "Search"] * 4)]
    lines = L._make_lines(texts)
    full = sum(L._stop_share(ln.tokens) * ln.words for ln in lines)
    for needed in (0.0, full - 0.5, full + 0.5, 1e9):
        assert L._has_function_words(lines, needed) == (full > needed)


def test_non_ascii_tokens_fall_back_to_the_regex():
    assert L.Line("Café Olé, naïve résumé").tokens == re.findall(r"\w+", "café olé, naïve résumé")
