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


def article_gender(text: str, key: str) -> str:
    """MALE, FEMALE, MIXED or UNKNOWN for the surname ``key`` by the titles and first names that
    stand before it in ``text`` ("Mr. Trump", "Hillary Clinton"). Two first names before it are
    two people ("Chris Murphy", "Marie Murphy"): MIXED unless both tell the same gender."""
    if not key.isalpha():
        return UNKNOWN
    pattern = re.compile(r"\b([A-Z][a-z]+)\.?(?:\s+[A-Z]\.)?\s+(?i:" + key + r")\b")
    titles = UNKNOWN
    names: dict[str, str] = {}
    for m in pattern.finditer(text):
        low = m.group(1).lower()
        gender = _word_gender(low)
        if gender:
            titles = combine(titles, gender)
        elif low not in TITLE_WORDS and low not in LOWERCASE_WORDS:
            names[low] = _first_name_gender(low)
    found = titles
    for gender in names.values():
        found = combine(found, gender if gender or len(names) == 1 else MIXED)
    return found


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
