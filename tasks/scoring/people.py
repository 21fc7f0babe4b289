"""Which person a name names, where a surname alone would not say: a text that names two people of
one surname ("Donald Trump" and "Ivanka Trump"), or a person by first name alone ("Hillary said").

Person keys start as surnames (``sources.normalise_source``). Where a text gives one surname two
or more first names, each person is keyed "first surname" ("donald trump", "ivanka trump"), so
that ``distinct_sources`` counts them apart; a nickname or a spelling with a doubled letter is
the same person ("Mike" and "Michael", "Hilary" and "Hillary"). A first name counts when the
Census lists have it or the text gives it twice. A bare surname is the person named first (news
style names the main person first and the others in full), unless its title tells a gender that
the first does not have and exactly one of the others has ("Mr. Clinton" in a text about Hillary
Clinton). A lone Census first name that the text gives one surname only, and that is no surname
in it, is that person ("Hillary" is "clinton").
"""

from __future__ import annotations

from .genders import (
    UNKNOWN,
    first_name_gender,
    genders_of,
    name_mentions,
    name_title_gender,
    phrase_first_name,
    surname_key,
)
from .lexicons import NATIONALITIES, ORGANISATION_WORDS, PLACE_NAMES
from .lowercase_words import LOWERCASE_WORDS
from .sources import KNOWN_FIRST_NAMES

# last words of places and organisations, not of people
_NO_SURNAMES = PLACE_NAMES | NATIONALITIES | ORGANISATION_WORDS

# Common English nicknames and the names they shorten ("Mike Pence" is "Michael R. Pence")
_NICKNAMES = {
    short: full
    for full, shorts in (
        ("william", "bill billy will willie"), ("robert", "bob bobby rob robby"),
        ("james", "jim jimmy jamie"), ("michael", "mike mikey mick"), ("charles", "chuck charlie"),
        ("kenneth", "ken kenny"), ("thomas", "tom tommy"), ("richard", "dick rick rich ricky"),
        ("joseph", "joe joey"), ("edward", "ed eddie ted teddy"), ("daniel", "dan danny"),
        ("david", "dave"), ("steven", "steve stephen"), ("anthony", "tony"),
        ("christopher", "chris"), ("elizabeth", "liz beth betsy betty"),
        ("katherine", "kate katie kathy catherine cathy"), ("andrew", "andy drew"),
        ("matthew", "matt"), ("nicholas", "nick"), ("benjamin", "ben"), ("samuel", "sam"),
        ("alexander", "alex"), ("lawrence", "larry"), ("gerald", "jerry"), ("ronald", "ron ronnie"),
        ("donald", "don donnie"), ("jeffrey", "jeff"), ("gregory", "greg"), ("peter", "pete"),
        ("frederick", "fred"), ("henry", "hank"), ("john", "jack johnny"), ("jonathan", "jon"),
        ("margaret", "peggy maggie"), ("susan", "sue susie"), ("deborah", "debbie deb"),
        ("jennifer", "jen jenny"), ("timothy", "tim"), ("jacob", "jake"), ("mitchell", "mitch"),
        ("newton", "newt"), ("bernard", "bernie"), ("patricia", "patty"), ("joshua", "josh"),
        ("walter", "walt"), ("raymond", "ray"), ("philip", "phil"), ("douglas", "doug"),
        ("vincent", "vince"), ("martin", "marty"), ("zachary", "zach"),
    )
    for short in shorts.split()
}


def _canonical(first: str) -> str:
    """One spelling for the names of one person: nicknames as the name they shorten, doubled
    letters single ("Mike" and "Michael", "Hilary" and "Hillary"; not "Ivana" and "Ivanka")."""
    full = _NICKNAMES.get(first, first)
    return "".join(c for i, c in enumerate(full) if i == 0 or c != full[i - 1])


class People:
    """The people a text names, read once from its tokens (``read_people``)."""

    def __init__(self, titles: dict[str, str], names: dict[str, dict[str, int]], middles: set[str],
                 words: list[str]) -> None:
        self.surname_genders = genders_of(titles, names)
        self.middles = middles
        # surnames that the text gives a Census first name or a gendered title: names of people
        # (not "Goldman Sachs" or "United States")
        self.named = frozenset(titles) | frozenset(
            s for s, counts in names.items() if not KNOWN_FIRST_NAMES.isdisjoint(counts))
        # {surname: its first names, one per person, in the order the text gives them} for
        # surnames of two people, and {surname: {canonical first name: that first name}}
        self.shared: dict[str, list[str]] = {}
        self.spellings: dict[str, dict[str, str]] = {}
        self.others: dict[tuple[str, str], list[str]] = {}
        seen: dict[str, str] = {}
        for surname, counts in names.items():
            # a first name the Census lists lack counts when the text gives it twice ("Ivanka"),
            # as a capitalised word before a name once may be a headline's ("Post Trump"); a
            # middle name is none ("Wasserman Schultz" of "Debbie Wasserman Schultz")
            spellings: dict[str, str] = {}
            for f, n in counts.items():
                if (n > 1 or f in KNOWN_FIRST_NAMES) and f + " " + surname not in middles:
                    spellings.setdefault(_canonical(f), f)
                    seen[f] = "" if f in seen else surname
            if len(spellings) > 1:
                self.shared[surname] = list(spellings.values())
                self.spellings[surname] = spellings
                for f in self.shared[surname][1:]:
                    # {(surname, gender): the first names after the first that tell it}
                    self.others.setdefault((surname, first_name_gender(f)), []).append(f)
        # {first name: its one surname}, for Census first names that are no surname in the text,
        # and surnames that are no headline's word ("Clinton Ally")
        self.surname_of_first = {f: s for f, s in seen.items() if s and f in KNOWN_FIRST_NAMES
                                 and f not in names and f not in titles and s not in LOWERCASE_WORDS}
        self.words = words
        self.firsts_seen = names
        self.surname_counts: dict[str, int] | None = None
        self.someone: dict[str, bool] = {}  # names_someone by surname, once worked out

    def key(self, phrase: str, surname: str, first: str = "") -> str:
        """The person key of a person source ``phrase`` whose surname key is ``surname`` (and
        whose first name is ``first``, when the caller knows it)."""
        if surname in self.surname_of_first:
            first, surname = surname, self.surname_of_first[surname]  # "Hillary" is Clinton
        firsts = self.shared.get(surname)
        if firsts is None:
            return surname
        first = first or phrase_first_name(phrase, surname)
        if first + " " + surname in self.middles:
            first = ""  # "Wasserman Schultz"
        if first:
            # one of the surname's people, or someone the text names once ("Ivanka Trump")
            return self.spellings[surname].get(_canonical(first), first) + " " + surname
        first = firsts[0]
        # "Mr. Clinton" is the one other person of that surname who is a man
        said = name_title_gender(phrase, surname)
        if said and said != first_name_gender(first):
            others = self.others.get((surname, said), [])
            if len(others) == 1:
                first = others[0]
        return first + " " + surname

    def gender(self, key: str) -> str:
        """The gender the text gives the person ``key``: the first name's for a surname of two
        people, else what its titles and first names tell (``genders.genders_of``)."""
        first, _, surname = key.rpartition(" ")
        if first and surname in self.shared:
            return first_name_gender(first)
        return self.surname_genders.get(key, UNKNOWN)

    def names_someone(self, key: str) -> bool:
        """Whether the surname of person key ``key`` names a person: the text gives it a Census
        first name or a title somewhere ("Keith Lamont Scott"), or a first name and then calls it
        by the surname alone ("Florent Groberg" ... "Groberg"; not "Goldman Sachs", "Crops")."""
        surname = self.surname(key)
        if surname in self.named:
            return True
        firsts = self.firsts_seen.get(surname)
        if not firsts or surname in _NO_SURNAMES:
            return False  # "Great Britain", "Goldman Sachs Group"
        found = self.someone.get(surname)
        if found is None:
            if self.surname_counts is None:
                counts: dict[str, int] = {}
                for word in self.words:
                    if word[:1].isupper():
                        low = surname_key(word)
                        counts[low] = counts.get(low, 0) + 1
                self.surname_counts = counts
            found = self.surname_counts.get(surname, 0) > sum(firsts.values())
            self.someone[surname] = found
        return found

    def surname(self, key: str) -> str:
        """The surname of a person key ("trump" for "ivanka trump")."""
        first, _, surname = key.rpartition(" ")
        return surname if first and surname in self.shared else key


def read_people(words: list[str]) -> People:
    """The people of a text whose word and mark tokens are ``words``."""
    titles, names, middles = name_mentions(words)
    return People(titles, names, middles, words)
