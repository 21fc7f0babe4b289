import pytest

from tasks.scoring.roles import key_role, named_by_role, titled_mentions
from tasks.scoring.sources import _TOKEN, names_a_person


def mentions(text):
    return titled_mentions(_TOKEN.findall(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("President Barack Obama spoke.", [("president", "obama")]),
        ("Vermont Sen. Bernie Sanders spoke.", [("senator", "sanders")]),
        ("Republican nominee Donald J. Trump's aides spoke.", [("nominee", "trump")]),
        ("Attorney General Loretta Lynch spoke.", [("attorney general", "lynch")]),
        ("President George H.W. Bush spoke.", [("president", "bush")]),
        ("President Barack Hussein Obama Jr. spoke.", [("president", "obama")]),
        ("President Obama Monday signed the bill.", [("president", "obama")]),  # a day is no name
        ("Mayor Bill de Blasio spoke.", [("mayor", "blasio")]),
        ("Vice President Joseph R. Biden Jr. spoke.", [("president", "biden")]),
        ("Rep. Beto O'Rourke spoke.", [("representative", "o'rourke")]),
        # an abbreviated title after a spelled-out role is a second title of the same person
        ("Defense Minister Gen. Ken Ono spoke.", [("minister", "ono"), ("general", "ono")]),
        ("Defense Minister Gen Ono spoke.", [("minister", "ono"), ("general", "ono")]),
        # an organisation, a headline in title case, and no name at all are no titled person
        ("The Justice Department's lawyers spoke.", []),
        ("BREAKING: Federal Judge Just Gave Hillary Some News", []),
        ("Chairman Xavier Quentin Yardley Zebulon Smith spoke.", []),  # five names: a title-case run
        ("The president spoke.", []),
        # a full name with its role after it, between commas
        ("Chris Christie, the New Jersey governor, spoke.", [("governor", "christie")]),
        ("Chris Christie, the governor of New Jersey, spoke.", []),  # only a role that ends there
        ("Yesterday Christie, the governor, spoke.", []),  # a first name and a surname before the comma
        ("", []),
    ],
)
def test_titled_mentions(text, expected):
    assert [(role, surname) for role, surname, _, _ in mentions(text)] == expected


TEXT = ("Former President Bill Clinton and President Barack Obama spoke. Vermont Sen. Bernie "
        "Sanders and Florida Sen. Marco Rubio left. Democratic vice presidential nominee Tim Kaine stayed. "
        "Attorney General Loretta Lynch came. He met Defense Minister Nakatani and U.S. Defense "
        "Secretary Pete Hegseth. Libertarian presidential candidate Gary Johnson spoke.")


@pytest.mark.parametrize(
    "key, surname",
    [
        ("president", "obama"),  # not the former one, whose "Former" does not reach past "Clinton and"
        ("former president", "clinton"),
        ("vermont senator", "sanders"),
        ("florida senator", "rubio"),
        ("senator", ""),  # two senators: no one
        ("nominee", ""),  # the vice presidential nominee is another role
        ("vice presidential nominee", "kaine"),
        ("attorney general", "lynch"),
        ("general", ""),  # another role than the attorney general
        ("his spokesman", ""),  # someone else's role
        ("president of company", ""),
        ("voters", ""),  # no role
        # a nationality the title lacks may go, when another modifier still tells the role
        ("japanese defense minister", "nakatani"),
        ("french president", ""),  # a nationality alone tells too little
        ("japanese defense secretary", ""),  # the one defense secretary is another country's
        ("republican presidential candidate", ""),  # a party is no nationality
        # a "chief" is whoever heads what its modifiers name
        ("japanese defense chief", "nakatani"),
        ("defense chief", ""),  # the defense minister and the defense secretary
        ("chief", ""),  # heads nothing named
        ("vermont chief", ""),  # a senator heads nothing
    ],
)
def test_named_by_role(key, surname):
    assert named_by_role(key, mentions(TEXT))[0] == surname


@pytest.mark.parametrize(
    "key, role",
    [("president", "president"), ("vermont senator", "senator"), ("sen", "senator"), ("congressman", "representative"),
     ("attorney general", "attorney general"), ("former attorney general", "attorney general"),
     ("his spokesman", ""), ("voters", ""), ("", "")],
)
def test_key_role(key, role):
    assert key_role(key) == role


@pytest.mark.parametrize(
    "source, named",
    [("Mr. King", True), ("Billie Jean King", True), ("King", True), ("the president", False),
     ("The Florida senator", False), ("his spokesman", False)],
)
def test_names_a_person(source, named):
    assert names_a_person(source) is named


def test_named_by_role_gives_the_first_name():
    assert named_by_role("former president", mentions(TEXT)) == ("clinton", "bill")
    assert named_by_role("senator", mentions(TEXT)) == ("", "")


def test_titled_mentions_give_the_first_name():
    assert [m[3] for m in mentions("President Barack Obama and President Obama spoke.")] == ["barack", ""]


def test_a_chief_needs_what_it_heads_named():
    one = mentions("Defense Minister Gen Nakatani spoke.")
    assert named_by_role("defense chief", one)[0] == "nakatani"
    assert named_by_role("chief", one)[0] == ""
