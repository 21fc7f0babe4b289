"""Which person a name names, where a surname alone would not say: a text that names two people of
one surname ("Donald Trump" and "Ivanka Trump"), or a person by first name alone ("Hillary said").

Person keys are surnames (``sources.normalise_source``). Where a text gives one surname two or more
first names, each of them is keyed "first surname" ("donald trump", "ivanka trump"), so that
``distinct_sources`` counts them apart, and a bare surname is the person named first (news style
names the main person first and the others in full). A first name counts when the Census lists
have it or the text gives it twice. A title overrules the order when it tells a gender that the
first does not have and exactly one of the others has ("Mr. Clinton" in a text about Hillary
Clinton).
A lone Census first name that the text gives one surname only, and that is no surname in it, is
that person ("Hillary" is "clinton").
"""

from __future__ import annotations

from .first_names import EITHER_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from .lowercase_words import LOWERCASE_WORDS
from .genders import (
    UNKNOWN,
    first_name_gender,
    genders_of,
    name_mentions,
    name_title_gender,
    phrase_first_name,
)

KNOWN_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | EITHER_FIRST_NAMES


class People:
    """The people a text names, read once from its tokens (``read_people``)."""

    def __init__(self, titles: dict[str, str], names: dict[str, dict[str, int]], middles: set[str]) -> None:
        self.surname_genders = genders_of(titles, names)
        # surnames the text gives a first name or a title somewhere: names of people
        self.named = frozenset(names) | frozenset(titles)
        # {surname: its first names in the order the text gives them} for surnames of two people
        self.shared: dict[str, list[str]] = {}
        # {first name: its one surname}, for first names that are no surname in the text
        self.surname_of_first: dict[str, str] = {}
        seen: dict[str, str] = {}
        for surname, counts in names.items():
            if surname in LOWERCASE_WORDS:
                continue  # a headline's words in title case ("Cleveland With"), not a name
            # a first name the Census lists lack counts when the text gives it twice ("Ivanka"),
            # as a capitalised word before a name once may be a headline's ("Post Trump"); a
            # middle name is none ("Wasserman Schultz" of "Debbie Wasserman Schultz")
            firsts: list[str] = []
            for f, n in counts.items():
                if (n > 1 or f in KNOWN_FIRST_NAMES) and f + " " + surname not in middles:
                    if not any(_variant(f, g) for g in firsts):  # "Hilary" is "Hillary" misspelt
                        firsts.append(f)
            if len(firsts) > 1:
                self.shared[surname] = firsts
            for first in firsts:
                seen[first] = "" if first in seen else surname
        self.surname_of_first = {f: s for f, s in seen.items()
                                 if s and f in KNOWN_FIRST_NAMES and f not in names and f not in titles}

    def key(self, phrase: str, surname: str, first: str = "") -> str:
        """The person key of a person source ``phrase`` whose surname key is ``surname`` (and
        whose first name is ``first``, when the caller knows it)."""
        if surname in self.surname_of_first:
            first, surname = surname, self.surname_of_first[surname]  # "Hillary" is Clinton
        firsts = self.shared.get(surname)
        if firsts is None:
            return surname
        first = first or phrase_first_name(phrase, surname)
        first = next((f for f in firsts if _variant(first, f)), first)
        if not first:
            # "Mr. Clinton" is the one other person of that surname who is a man
            said = name_title_gender(phrase, surname)
            if said and said != first_name_gender(firsts[0]):
                others = [f for f in firsts[1:] if first_name_gender(f) == said]
                if len(others) == 1:
                    first = others[0]
        if not first or first not in firsts:
            first = firsts[0]
        return first + " " + surname

    def gender(self, key: str) -> str:
        """The gender the text gives the person ``key``: the first name's for a surname of two
        people, else what its titles and first names tell (``genders.article_genders``)."""
        first, _, surname = key.rpartition(" ")
        if first in self.shared.get(surname, ()):
            return first_name_gender(first)
        return self.surname_genders.get(key, UNKNOWN)

    def names_someone(self, key: str) -> bool:
        """Whether the text gives the surname of person key ``key`` a first name or a title
        somewhere ("Scott" after "Keith Lamont Scott"; not "Crops", nor "Harvard")."""
        return self.surname(key) in self.named

    def surname(self, key: str) -> str:
        """The surname of a person key ("trump" for "ivanka trump")."""
        first, _, surname = key.rpartition(" ")
        return surname if first in self.shared.get(surname, ()) else key


def read_people(words: list[str]) -> People:
    """The people of a text whose word and mark tokens are ``words``."""
    titles, names, middles = name_mentions(words)
    return People(titles, names, middles)


def _variant(a: str, b: str) -> bool:
    """Whether two first names are one spelt two ways (same first three letters, lengths within
    one: "hilary" and "hillary", not "don" and "donald")."""
    return a == b or (len(a) > 3 and a[:3] == b[:3] and abs(len(a) - len(b)) <= 1)

