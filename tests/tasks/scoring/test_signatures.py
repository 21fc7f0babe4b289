import pytest

from tasks.scoring import find_attributions
from tasks.scoring.quotes import find_quotes
from tasks.scoring.signatures import claimed, signed_quotes


def _signatures(text):
    return [(text[d[0]:d[1]], text[n[0]:n[1]], text[q[0]:q[1]]) for d, n, q in signed_quotes(text, find_quotes(text))]


@pytest.mark.parametrize(
    "text, dash, name, quote",
    [
        ("“He represents our greatest shame.” ― Sonya Herridge", "―", "Sonya Herridge",
         "“He represents our greatest shame.”"),
        ("“He is ignorant of our culture.”― Pamela Padilla \n", "―", "Pamela Padilla", "“He is ignorant of our culture.”"),
        ('"Be kind." -- Mark B. Twain.', "--", "Mark B. Twain", '"Be kind."'),
        ("“Vote.” — Oscar de la Hoya, 43, of Los Angeles", "—", "Oscar de la Hoya", "“Vote.”"),
        ("“Vote.” – Reuters\nNext line.", "–", "Reuters", "“Vote.”"),
    ],
)
def test_a_dash_and_a_name_that_end_the_line_sign_the_quote(text, dash, name, quote):
    assert _signatures(text) == [(dash, name, quote)]


@pytest.mark.parametrize(
    "text",
    [
        "The bank fired workers ― 5,300 employees were fired.",  # no quotation before the dash
        "“We will win” ― Lee said so, and more, on Monday.",  # the line goes on past a name
        "“We will win” ― then nothing happened.",  # no capitalised name after the dash
        "“We will win” Sonya Herridge",  # no dash
        "“We will win.”",
        "“” — Ann Bo",  # quote marks around nothing
    ],
)
def test_no_signature(text):
    assert _signatures(text) == []


def test_a_quote_reported_by_a_cue_outside_it_is_claimed_and_one_inside_is_not():
    quote = (10, 40)
    assert claimed(quote, [((0, 5), (6, 45))])
    assert not claimed(quote, [((20, 24), (25, 38))])  # nested: "Trump said ..." inside the quote
    assert not claimed(quote, [((50, 54), (55, 70))])
    assert not claimed(quote, [((0, 5), None)])


def _rows(text):
    get = lambda s: text[s[0]:s[1]] if s else None  # noqa: E731
    return [(a.kind, get(a.cue), get(a.source), a.source_type, get(a.content)) for a in find_attributions(text)]


def test_a_signed_quote_is_a_direct_quote_of_the_signer():
    text = "Readers wrote in.\n“He is ignorant of our culture.” ― Pamela Padilla\n“Vote.” — Reuters"
    rows = _rows(text)
    assert ("direct_quote", "―", "Pamela Padilla", "person", "“He is ignorant of our culture.”") in rows
    assert ("direct_quote", "—", "Reuters", "outlet", "“Vote.”") in rows


def test_a_byline_after_a_quote_a_verb_reports_is_no_signature():
    text = 'Rajoy insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.'
    assert [r[1] for r in _rows(text)] == ["insisted"]


def test_a_byline_after_a_quote_reported_sentences_before_is_no_signature():
    text = 'Rajoy said: "We will win. We always do."--Kim Hjelmgaard'
    assert [r[1] for r in _rows(text)] == ["said"]


def test_a_speaker_does_not_go_on_through_a_quote_someone_else_signs():
    text = "“We will win,” Lee said. “We always do.” — Ann Bo"
    rows = _rows(text)
    assert ("direct_quote", "said", "Lee", "person", "“We will win,”") in rows
    assert ("direct_quote", "—", "Ann Bo", "person", "“We always do.”") in rows


def test_a_signer_is_no_antecedent_of_a_later_he():
    text = ("Donald Trump said on Monday that the wall would rise.\n“I worry.” ― Steve Quinlan\n"
            "“He can lie. He said the wall would be free.” ― Ana Cruz")
    keys = [(text[a.cue[0]:a.cue[1]], a.source_key) for a in find_attributions(text)]
    assert keys == [("said", "trump"), ("―", "quinlan"), ("said", "trump"), ("―", "cruz")]
