import pytest

from tasks.scoring.genders import FEMALE, MALE, UNKNOWN
from tasks.scoring.people import read_people
from tasks.scoring.sources import _TOKEN


def people(text):
    return read_people(_TOKEN.findall(text))


TWO_TRUMPS = "Donald Trump spoke first. Ivanka Trump spoke next. Ivanka Trump left."


# (text, source phrase, its surname key, the person key)
@pytest.mark.parametrize(
    "text, phrase, surname, key",
    [
        # one person of a surname keeps the surname
        ("Donald Trump spoke. Mr. Trump left.", "Mr. Trump", "trump", "trump"),
        # two: each keyed by first name, and a bare surname is the one named first
        (TWO_TRUMPS, "Ivanka Trump", "trump", "ivanka trump"),
        (TWO_TRUMPS, "Donald Trump", "trump", "donald trump"),
        (TWO_TRUMPS, "Trump", "trump", "donald trump"),
        # a title of the other gender is the one other person of that gender
        ("Hillary Clinton spoke. Bill Clinton spoke.", "Mr. Clinton", "clinton", "bill clinton"),
        ("Hillary Clinton spoke. Bill Clinton spoke.", "Mrs. Clinton's aides", "clinton", "hillary clinton"),
        ("Bill Clinton spoke. Hillary Clinton spoke.", "Mrs. Clinton", "clinton", "hillary clinton"),
        # a lone first name that the text gives one surname is that person
        ("Hillary Clinton spoke.", "Hillary", "hillary", "clinton"),
        (TWO_TRUMPS, "Donald", "donald", "donald trump"),
        # ... but not a word that is no first name, nor one that is a surname in the text
        ("Xi Jinping spoke.", "Xi", "xi", "xi"),
        ("Warren Buffett and Elizabeth Warren spoke.", "Warren", "warren", "warren"),
        # a middle name is no second person, nor a misspelt first name, nor a headline's word
        ("Debbie Wasserman Schultz spoke. Wasserman Schultz left. Wasserman Schultz won.",
         "Wasserman Schultz", "schultz", "schultz"),
        ("Hillary Clinton spoke. Hilary Clinton left.", "Hilary Clinton", "clinton", "clinton"),
        ("Star Norbert Leo Butz spoke. Norbert Leo Butz left.", "Butz", "butz", "butz"),
        ("Cleveland Says Goodbye.", "Cleveland", "cleveland", "cleveland"),  # a headline
        # a headline's words after a name end it ("Clinton Accused Of"), so Hillary is named first
        ("Hillary Clinton Accused Of Fraud. An aide to President Bill Clinton spoke.", "Clinton",
         "clinton", "hillary clinton"),
        # nicknames and spellings of one person are one key; names a letter apart are two people
        ("Michael R. Pence spoke. Mike Pence left. Karen Pence stayed.", "Mike Pence", "pence",
         "michael pence"),
        ("Ivana Trump spoke. Ivanka Trump left. Ivanka Trump stayed.", "Ivanka Trump", "trump",
         "ivanka trump"),
        # a first name the text gives once is someone still, where the surname is shared
        ("Donald Trump spoke. Eric Trump left. Ivanka Trump stayed.", "Ivanka Trump", "trump",
         "ivanka trump"),
        # a first name the Census lists lack counts only when the text gives it twice
        ("Donald Trump spoke. Washington Post Trump coverage.", "Trump", "trump", "trump"),
    ],
)
def test_person_key(text, phrase, surname, key):
    assert people(text).key(phrase, surname) == key


def test_person_key_from_a_known_first_name():
    assert people(TWO_TRUMPS).key("the businesswoman", "trump", "ivanka") == "ivanka trump"


@pytest.mark.parametrize(
    "text, key, gender",
    [
        ("Hillary Clinton spoke. Bill Clinton spoke.", "hillary clinton", FEMALE),
        ("Hillary Clinton spoke. Bill Clinton spoke.", "bill clinton", MALE),
        (TWO_TRUMPS, "ivanka trump", UNKNOWN),  # a name the Census lists lack
        ("Mr. Pence spoke.", "pence", MALE),  # one person: what the text tells of the surname
        ("", "pence", UNKNOWN),
    ],
)
def test_person_gender(text, key, gender):
    assert people(text).gender(key) == gender


def test_surname():
    found = people(TWO_TRUMPS)
    assert [found.surname(k) for k in ("ivanka trump", "trump", "florida senator")] == [
        "trump", "trump", "florida senator"]


@pytest.mark.parametrize(
    "text, key, named",
    [
        ("Keith Lamont Scott was shot.", "scott", True),
        ("Mr. Pence spoke.", "pence", True),
        ("Goldman Sachs paid. Goldman Sachs left.", "sachs", False),  # no Census first name
        ("Florent Groberg spoke. Groberg left.", "groberg", True),  # ... but the surname alone
        ("Great Britain voted. Britain left.", "britain", False),  # a place is no surname
        ("Crops are withering.", "crops", False),
    ],
)
def test_names_someone(text, key, named):
    assert people(text).names_someone(key) is named
