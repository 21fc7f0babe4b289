import pytest

from tasks.scoring.sources import _TOKEN
from tasks.scoring.genders import (
    phrase_first_name,
    FEMALE,
    MALE,
    MIXED,
    UNKNOWN,
    genders_of,
    name_mentions,
    combine,
    compatible,
    phrase_gender,
)


@pytest.mark.parametrize(
    "phrase, key, gender",
    [
        ("Hillary Clinton", "clinton", FEMALE),
        ("Donald J. Trump", "trump", MALE),
        ("Mrs. Clinton", "clinton", FEMALE),
        ("Mr. Sanders", "sanders", MALE),
        ("Ms. Conway", "conway", FEMALE),
        ("his spokeswoman", "his spokeswoman", FEMALE),
        ("a young man", "young man", MALE),
        ("Trump campaign manager Kellyanne Conway", "conway", UNKNOWN),  # a name the Census lists lack
        ("Clinton", "clinton", UNKNOWN),
        ("Leslie Smith", "smith", UNKNOWN),  # a name borne by men and women alike
        ("the senator", "senator", UNKNOWN),
        ("", "", UNKNOWN),
        # only what follows a possessive tells: the spokeswoman, not Mr. Trump
        ("Mr. Trump's spokeswoman Kellyanne Conway", "conway", FEMALE),
        ("Trump's wife", "trump", FEMALE),
        ("Hillary Rodham Clinton", "clinton", FEMALE),  # the first name, past a maiden name
        ("Rep. Beto O'Rourke", "o'rourke", UNKNOWN),  # one word, as keys are made; Beto tells nothing
        ("Sen. John O'Rourke", "o'rourke", MALE),
    ],
)
def test_phrase_gender(phrase, key, gender):
    assert phrase_gender(phrase, key) == gender


@pytest.mark.parametrize(
    "text, key, gender",
    [
        ("Hillary Clinton spoke first. Later Clinton left.", "clinton", FEMALE),
        ("Mr. Trump spoke. Trump left.", "trump", MALE),
        ("Donald Trump and Melania Trump spoke.", "trump", MIXED),
        ("Bill Clinton spoke, and then Mrs. Clinton did.", "clinton", MIXED),
        ("Clinton spoke.", "clinton", UNKNOWN),
        # two first names are two people, even when one tells no gender
        ("Sen. Chris Murphy spoke. His mother, Marie Murphy, listened.", "murphy", MIXED),
        # a title, or a word that is no Census first name, is no second first name
        ("Sen. Murphy spoke. When Murphy left, Christopher Murphy wept.", "murphy", MALE),
        ("Sen. Elizabeth Warren spoke. Then Warren left.", "warren", FEMALE),
        # a sentence's last word before the next one's surname is no title or first name
        ("Hillary Clinton spoke. Then came Donald. Clinton left.", "clinton", FEMALE),
        # possessives and middle initials
        ("Hillary Clinton's plan and Mr. Trump's plan.", "trump", MALE),
        ("Donald J. Trump spoke.", "trump", MALE),
        # only Census first names count: a day, a month or a state is nobody's
        ("Hillary Clinton spoke. On Monday Clinton spoke in Iowa.", "clinton", FEMALE),
        ("In May Trump spoke. Donald Trump left.", "trump", MALE),
        # a middle name is no second first name; a first name after a party or title is one
        ("Hillary Rodham Clinton spoke.", "clinton", FEMALE),
        ("Democrat Elijah Cummings spoke.", "cummings", MALE),
        # a name the Census lists lack is still a second person of the surname
        ("Donald Trump and Ivanka Trump spoke.", "trump", MIXED),
    ],
)
def test_surname_gender(text, key, gender):
    titles, names, _ = name_mentions(_TOKEN.findall(text))
    assert genders_of(titles, names).get(key, UNKNOWN) == gender


@pytest.mark.parametrize(
    "known, new, combined",
    [
        (UNKNOWN, MALE, MALE),
        (FEMALE, UNKNOWN, FEMALE),
        (MALE, MALE, MALE),
        (MALE, FEMALE, MIXED),
        (MIXED, MALE, MIXED),
        (MIXED, UNKNOWN, MIXED),
        (UNKNOWN, UNKNOWN, UNKNOWN),
    ],
)
def test_combine(known, new, combined):
    assert combine(known, new) == combined


@pytest.mark.parametrize(
    "pronoun, gender, ok",
    [
        ("he", MALE, True),
        ("he", FEMALE, False),
        ("she", FEMALE, True),
        ("she", MALE, False),
        ("he", UNKNOWN, True),
        ("she", MIXED, True),
    ],
)
def test_compatible(pronoun, gender, ok):
    assert compatible(pronoun, gender) is ok


@pytest.mark.parametrize(
    "phrase, surname, first",
    [
        ("Hillary Rodham Clinton", "clinton", "hillary"),
        ("Pastor Darrell Scott", "scott", "darrell"),  # a role is no first name
        ("Democrat Elijah Cummings", "cummings", "elijah"),
        ("Mr. Trump's spokeswoman Hope Hicks", "trump", ""),  # the possessor is not the phrase's person
        ("Clinton", "clinton", ""),
    ],
)
def test_phrase_first_name(phrase, surname, first):
    assert phrase_first_name(phrase, surname) == first
