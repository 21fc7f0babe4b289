"""The gender a news text gives a person source, so that "he" and "she" can skip people of the
other gender when they look back for whom they cite.

A phrase tells by a title or a gendered role noun ("Mrs. Clinton", "his spokeswoman") or by the
first name before the surname ("Hillary Clinton"); a bare surname ("Clinton") by the titles and
first names that stand before it elsewhere in the article (two first names are two people). A
first name counts when the 1990 US Census lists give it to one gender about nine times in ten
(``first_names.py``). A surname that the text gives to both ("Donald Trump" and "Melania
Trump") is MIXED; that and anything unknown either pronoun may cite.
"""

from __future__ import annotations

import re

from .first_names import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from .lexicons import TITLE_WORDS
from .lowercase_words import LOWERCASE_WORDS
from .sources import _TOKEN

MALE = "m"
FEMALE = "f"
UNKNOWN = ""
MIXED = "?"

# "chairman" is left out: news text gives it to women too
_MALE_WORDS = frozenset(
    """mr sir spokesman congressman assemblyman councilman businessman father husband son brother
    uncle nephew grandfather grandson boyfriend king prince man boy gentleman""".split()
)
_FEMALE_WORDS = frozenset(
    """mrs ms miss madam lady spokeswoman congresswoman assemblywoman councilwoman businesswoman
    chairwoman mother wife daughter sister aunt niece grandmother granddaughter girlfriend queen
    princess woman girl""".split()
)
_WORD = re.compile(r"[A-Za-z]+")


def _word_gender(low: str) -> str:
    if low in _MALE_WORDS:
        return MALE
    if low in _FEMALE_WORDS:
        return FEMALE
    return UNKNOWN


def _first_name_gender(low: str) -> str:
    if low in MALE_FIRST_NAMES:
        return MALE
    if low in FEMALE_FIRST_NAMES:
        return FEMALE
    return UNKNOWN


def phrase_gender(phrase: str, key: str) -> str:
    """MALE, FEMALE or UNKNOWN for a person source phrase whose key is ``key`` (its surname)."""
    lows = [w.lower() for w in _WORD.findall(phrase)]
    for low in lows:
        gender = _word_gender(low)
        if gender:
            return gender
    if key in lows:
        # the first name: the word before the surname, past a middle initial ("Donald J. Trump")
        i = len(lows) - 1 - lows[::-1].index(key) - 1
        if i >= 1 and len(lows[i]) == 1:
            i -= 1
        if i >= 0:
            return _first_name_gender(lows[i])
    return UNKNOWN


def _possessive_stripped(word: str) -> str:
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


def article_genders(words: list[str]) -> dict[str, str]:
    """{lower-cased surname: MALE, FEMALE or MIXED} by the titles and first names that stand
    before the surnames in a text's word and mark tokens ``words`` ("Mr. Trump", "Hillary
    Clinton", "Donald J. Trump"). Two first names before one surname are two people ("Chris
    Murphy", "Marie Murphy"): MIXED unless both tell the same gender. Surnames that nothing tells
    of are left out."""
    titles: dict[str, str] = {}
    names: dict[str, dict[str, str]] = {}
    n = len(words)
    for i in range(n - 1):
        word = words[i]
        initial = ord(word[0])
        # (a cheap test of the first letter before the method calls: most words are lower case)
        if initial < 65 or initial > 90 or len(word) < 2 or not word.istitle() or not word.isalpha():
            continue  # not a capitalised word of letters ("Hillary", "Mr")
        low = word.lower()
        gender = _word_gender(low)
        j = i + 1
        if words[j] == ".":
            if not gender:
                continue  # a sentence's last word, not a title ("... Clinton. Trump said")
            j += 1
        # past a middle initial ("Donald J. Trump")
        if j + 2 < n and len(words[j]) == 1 and words[j].isupper() and words[j + 1] == ".":
            j += 2
        if j >= n or not words[j][:1].isupper():
            continue
        surname = _possessive_stripped(words[j]).lower().replace("’", "'")
        if gender:
            titles[surname] = combine(titles.get(surname, UNKNOWN), gender)
        elif low not in TITLE_WORDS and low not in LOWERCASE_WORDS:
            names.setdefault(surname, {})[low] = _first_name_gender(low)
    found: dict[str, str] = {}
    for surname in titles.keys() | names.keys():
        gender = titles.get(surname, UNKNOWN)
        firsts = names.get(surname, {})
        for first in firsts.values():
            gender = combine(gender, first if first or len(firsts) == 1 else MIXED)
        if gender:
            found[surname] = gender
    return found


def article_gender(text: str, key: str) -> str:
    """MALE, FEMALE, MIXED or UNKNOWN for the surname ``key`` in ``text`` (``article_genders``
    over its tokens)."""
    return article_genders(_TOKEN.findall(text)).get(key, UNKNOWN)


def combine(known: str, new: str) -> str:
    """What two mentions of one surname tell together: MIXED when they disagree."""
    if not known or known == new:
        return new or known
    if not new:
        return known
    return MIXED


def compatible(pronoun: str, gender: str) -> bool:
    """Whether "he" or "she" may cite a person of ``gender``."""
    return gender == UNKNOWN or gender == MIXED or gender == (MALE if pronoun == "he" else FEMALE)
