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

from .first_names import EITHER_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from .lexicons import NATIONALITIES, ORGANISATION_WORDS, PERSON_ROLE_NOUNS, PLACE_NAMES, TITLE_WORDS
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
# Words that end a name: dates, parties, suffixes, titles and organisations ("Obama Monday",
# "Clinton Foundation")
_NOT_NAMES = (
    frozenset("""january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday democrat democrats
    republican republicans gop independent libertarian jr sr ii iii""".split())
    | TITLE_WORDS | ORGANISATION_WORDS
)
# Capitalised words before a surname that are no first name: those, places, roles and words news
# text writes in lower case ("On Monday Clinton", "Democrat Clinton", "Pastor Scott"; "May" and
# "Georgia" are Census first names too)
_NOT_FIRST_NAMES = _NOT_NAMES | PLACE_NAMES | NATIONALITIES | LOWERCASE_WORDS | PERSON_ROLE_NOUNS
# A name runs at most this many words past its first ("Hillary Rodham Clinton")
_MAX_NAME_RUN = 3
# words with inner apostrophes and hyphens ("O'Rourke", "Ocasio-Cortez"), as keys are made
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")
_INITIALS = re.compile(r"(?:[A-Z]\.?)+")


def _word_gender(low: str) -> str:
    if low in _MALE_WORDS:
        return MALE
    if low in _FEMALE_WORDS:
        return FEMALE
    return UNKNOWN


def first_name_gender(low: str) -> str:
    if low in _NOT_FIRST_NAMES:
        return UNKNOWN
    if low in MALE_FIRST_NAMES:
        return MALE
    if low in FEMALE_FIRST_NAMES:
        return FEMALE
    return UNKNOWN


def _own_words(phrase: str) -> list[str]:
    """The words of ``phrase`` after its last possessive ("Mr. Trump's spokeswoman" is a woman)."""
    words = [w.replace("’", "'") for w in _WORD.findall(phrase)]
    for i in range(len(words) - 1, -1, -1):
        if words[i].endswith("'s") or words[i].endswith("'S"):
            return words[i + 1:]
    return words


def _name_start(words: list[str], lows: list[str], i: int) -> int:
    """Where the name ending at ``words[i]`` starts: back over its capitalised words; titles,
    places and parties end it."""
    while i > 0 and words[i - 1][:1].isupper() and lows[i - 1] not in _NOT_FIRST_NAMES:
        i -= 1
    return i


def phrase_first_name(phrase: str, surname: str) -> str:
    """The lower-cased first name that opens the name before ``surname`` in ``phrase`` ("hillary"
    in "Hillary Rodham Clinton", past middle names and initials), or ""."""
    words = _own_words(phrase)
    lows = [w.lower() for w in words]
    if surname not in lows:
        return ""
    end = lows.index(surname)
    start = _name_start(words, lows, end)
    names = [low for w, low in zip(words[start:end], lows[start:end]) if not _INITIALS.fullmatch(w)]
    return names[0] if names else ""


def name_title_gender(phrase: str, surname: str) -> str:
    """The gender of the title before the name that ends in ``surname`` in ``phrase`` ("Mrs." of
    "Mrs. Clinton's aides"), or UNKNOWN."""
    words = [possessive_stripped(w.replace("’", "'")) for w in _WORD.findall(phrase)]
    lows = [w.lower() for w in words]
    if surname not in lows:
        return UNKNOWN
    i = _name_start(words, lows, lows.index(surname))
    return _word_gender(lows[i - 1]) if i > 0 else UNKNOWN


def phrase_gender(phrase: str, key: str) -> str:
    """MALE, FEMALE or UNKNOWN for a person source phrase whose surname is ``key``: by a title or
    gendered role noun among its own words (``_own_words``), else by the first name before the
    surname. (A lone name tells nothing: "Clinton" and "Warren" are first names too.)"""
    for word in _own_words(phrase):
        gender = _word_gender(word.lower())
        if gender:
            return gender
    return first_name_gender(phrase_first_name(phrase, key))


def possessive_stripped(word: str) -> str:
    """A name without its possessive ("Trump's" -> "Trump")."""
    if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


def surname_key(word: str) -> str:
    """A surname as person keys spell it: lower case, straight apostrophe, no possessive."""
    return possessive_stripped(word).lower().replace("’", "'")


def name_mentions(words: list[str]) -> tuple[dict[str, str], dict[str, dict[str, int]], set[str]]:
    """What the titles and first names before the surnames in a text's word and mark tokens
    ``words`` tell ("Mr. Trump", "Hillary Clinton", "Donald J. Trump"): ({surname: the gender its
    titles give}, {surname: {lower-cased first name: how often it stands before the surname}}, the
    "middle surname" pairs of middle and maiden names), first names in the order the text first
    gives them. Days, months, places and parties are no first names ("On Monday Clinton")."""
    # (a word that follows another capitalised name word is a middle or maiden name: "Hillary
    # Rodham Clinton"; after a title or party it is a first name: "Democrat Elijah Cummings")
    titles: dict[str, str] = {}
    names: dict[str, dict[str, int]] = {}
    middles: set[str] = set()
    n = len(words)
    for i in range(n - 1):
        word = words[i]
        if not word:
            continue
        initial = ord(word[0])
        # (cheap tests of first letters before the method calls: most words are lower case, and
        # most capitalised ones have no name or title's full stop after them)
        if initial < 65 or initial > 90:
            continue
        following = words[i + 1]
        after = ord(following[0]) if following else 0
        if (after < 65 or after > 90) and following != ".":
            continue
        if len(word) < 2 or not word.istitle() or not word.isalpha():
            continue  # not a capitalised word of letters ("Hillary", "Mr")
        low = word.lower()
        gender = _word_gender(low)
        if not gender:
            if low in _NOT_FIRST_NAMES:
                continue
            if i > 0 and words[i - 1].istitle() and words[i - 1].lower() not in _NOT_FIRST_NAMES:
                continue  # a middle name
        j = i + 1
        if words[j] == ".":
            if not gender:
                continue  # a sentence's last word, not a title ("... Clinton. Trump said")
            j += 1
        # the surname: the last word of the name run, past middle names and initials ("Hillary
        # Rodham Clinton", "Donald J. Trump"); a possessive ends it
        surname = ""
        middle = ""
        run = 0
        while j < n and run < _MAX_NAME_RUN:
            word = words[j]
            if len(word) == 1 and word.isupper() and j + 1 < n and words[j + 1] == ".":
                j += 2
                continue
            stripped = possessive_stripped(word)
            if not stripped[:1].isupper() or stripped.lower() in _NOT_NAMES:
                break
            if stripped.lower() in LOWERCASE_WORDS and (surname or j + 1 < n and words[j + 1][:1].isupper()):
                # a headline's words in title case ("Hillary Clinton Accused Of ...", "Cleveland
                # Says Goodbye"); a last one is a surname ("George Will")
                break
            middle = surname
            surname = surname_key(stripped)
            run += 1
            j += 1
            if stripped != word:
                break
        if not surname:
            continue
        if middle:
            middles.add(middle + " " + surname)  # "Wasserman" of "Debbie Wasserman Schultz"
        if gender:
            titles[surname] = combine(titles.get(surname, UNKNOWN), gender)
        elif run < _MAX_NAME_RUN:  # (four capitalised words: a headline's, "Star Norbert Leo Butz")
            firsts = names.setdefault(surname, {})
            firsts[low] = firsts.get(low, 0) + 1
    return titles, names, middles


def genders_of(titles: dict[str, str], names: dict[str, dict[str, int]]) -> dict[str, str]:
    """{lower-cased surname: MALE, FEMALE or MIXED} by what ``name_mentions`` read: the titles and
    first names before the surnames. Two first names before one surname are two people ("Chris
    Murphy", "Marie Murphy", or "Donald Trump" and "Ivanka Trump", a name the Census lists lack):
    MIXED unless both tell the same gender. Surnames that nothing tells of are left out."""
    found: dict[str, str] = {}
    for surname in titles.keys() | names.keys():
        gender = titles.get(surname, UNKNOWN)
        firsts = names.get(surname, {})
        for first in firsts:
            told = first_name_gender(first)
            gender = combine(gender, told if told or len(firsts) == 1 else MIXED)
        if gender:
            found[surname] = gender
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
