import pytest
from hypothesis import given, strategies as st

from tasks.language import SAMPLE_CHARS, UNKNOWN, detect_language

ENGLISH = ("The council said on Monday that it was not ready to vote on the plan, which has been "
           "debated for months by residents of the town and their representatives at the hall. ")
FRENCH = ("Le conseil a dit lundi qu'il n'est pas prêt à voter sur le plan, qui est débattu depuis "
          "des mois par les habitants de la ville et leurs représentants à la mairie. ")
GERMAN = ("Der Rat sagte am Montag, dass er nicht bereit ist, über den Plan abzustimmen, der seit "
          "Monaten von den Bewohnern der Stadt und ihren Vertretern im Rathaus diskutiert wird. ")
SPANISH = ("El consejo dijo el lunes que no está listo para votar sobre el plan, que se ha debatido "
           "durante meses por los vecinos de la ciudad y sus representantes en el ayuntamiento. ")


@pytest.mark.parametrize(
    "text, expected",
    [
        (ENGLISH * 3, "en"),
        (FRENCH * 3, "fr"),
        (GERMAN * 3, "de"),
        (SPANISH * 3, "es"),
        ("Too short to tell.", UNKNOWN),
        ("1234 5678 " * 40, UNKNOWN),
        ("", UNKNOWN),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_the_language_an_article_opens_in_decides():
    opening = (ENGLISH * 40)[:SAMPLE_CHARS]
    assert detect_language(opening + FRENCH * 100) == "en"
    assert detect_language((FRENCH * 40)[:SAMPLE_CHARS] + ENGLISH * 100) == "fr"


@given(st.text())
def test_any_text_gets_a_known_answer(text):
    assert detect_language(text) in {"en", "fr", "de", "es", "it", "pt", "nl", UNKNOWN}
