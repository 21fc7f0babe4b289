"""Sources: the noun phrase that is cited next to a reporting cue, and what kind of source it is.

- ``left_np`` / ``right_np`` / ``clause_subject``: the source phrase left of a cue (after skipping
  auxiliaries and adverbs, "has also said"): a pronoun, a run of capitalised words (with titles,
  initials and "and" between names) or a lower-case phrase back to its determiner; right of a cue
  for inversions ("..., said Hegseth") and "according to X". (The clause subject after a comma,
  "Colby, Trump's nominee, said", is in ``subjects``.)
- ``classify_source``: outlet (lexicon of news organisations, or a capitalised name ending in
  Times/Post/News/... that no title or role makes a person's: "Mayor Don Guardian"; "media
  reports"), anonymous (unnamed officials/sources/aides, or markers such
  as "who asked not to be named"), vague (experts, analysts, critics, many, some...), organisation
  (capitalised names with organisation words, countries and capitals used for governments, "the
  ministry", and records such as "a recent poll of Indiana voters" or "the results"), otherwise
  person (names, titles before a name, role nouns, he/she).
- ``normalise_source``: a key for distinct-source counts (surname for people).
"""

from __future__ import annotations

import re

from .lexicons import (
    ANONYMOUS_MARKERS,
    ANONYMOUS_NOUNS,
    NATIONALITIES,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    OUTLET_HEADS,
    OUTLET_INITIALS,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACE_NAMES,
    PLACE_PREFIXES,
    PLACE_SECONDS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    VAGUE_DETERMINERS,
    VAGUE_NOUNS,
)
from .first_names import EITHER_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES
from .lowercase_words import LOWERCASE_WORDS

Token = tuple[str, int, int]
Span = tuple[int, int]

_NOUNISH = frozenset(
    """report reports claim claims note notes comment comments remarks remark question estimate
    estimates charge charges call calls hint hints echo echoes counter counters blame threat
    warning support plan plans view views doubt doubts fear fears hope hopes worries concern
    find finds dispute quip tweet tweets posted learned promise promises state""".split()
)
# (possessive quantifiers: the same tokens as with greedy ones, with no backtracking to try)
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}+|\w++(?:[’'&\-]\w++)*+(?:\.\d++)*+|``|''|[^\w\s]")
# Post-modifiers that belong to an anonymous source ("an official who asked not to be named").
_ANON_TAIL = re.compile(
    r"\s(?:who|that)\s+(?:asked|requested|spoke|declined|was|were|is|are|insisted|"
    r"would|did|could|has|have|had)\b[^.;\"“”]{0,80}$|"
    r"\s(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|"
    r"speaking\s+on|involved\s+in)\b[^.;\"“”,]{0,60}$",
    re.I,
)
# Time and setting phrases between a cue and its content ("said earlier this month that").
_CUE_TAIL = re.compile(
    r"(?:\s*,?\s*(?:(?:earlier|later|late|last|this|next)\s+(?:this\s+|last\s+)?"
    r"(?:week|month|year|day|morning|afternoon|evening|night)|(?:on\s+)?\w+day(?:\s+(?:morning|afternoon|"
    r"evening|night))?|yesterday|today|"
    r"(?:in|on|at|during)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,3}?(?:statement|post|tweet|"
    r"interview|letter|speech|conference|briefing|release|appearance|email|call|hearing)"
    r"(?:\s+(?:on|with)\s+[\w.’']+(?:\s+[A-Z][\w.’']*)*)?|"
    r"(?:in|at)\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*))+")
_SKIP_LEFT = frozenset(
    """has have had also later previously reportedly then once again repeatedly publicly
    privately recently earlier would will could did does do not never just already since first
    further quickly flatly bluntly simply had since ultimately initially separately
    is are was were am be been being still now long""".split()
)
_CLAUSE_STOP = frozenset(
    """that which who whom whose when while as because if but or after before than where since
    though although so to of for with by from on in at into about over under between against
    during without is was are were be been being has have had would will could should can may
    might must do did does not said says say told tells added wrote noted also there here this
    what how why it its until unless whether""".split()
)
_ARTICLES = frozenset(("the", "a", "an"))
_DETERMINERS = frozenset(
    """the a an this that these those some many most several few numerous various two three four
    five six seven eight nine ten another other one both his her their its our my your""".split()
)
_PRONOUNS = {
    "he": "person", "she": "person", "i": "person", "you": "person",
    "they": "inherit", "it": "inherit", "we": "inherit",
}
_RIGHT_DETERMINERS = _DETERMINERS - frozenset("this that these those his her their its our my your".split())
_STOP_RIGHT = frozenset(
    """that said says told added in on at with who which when while as because if but and after
    before for to from about during since by through""".split()
)
# Lower-case finite auxiliaries and modals: a noun phrase does not run on through one (unless a
# determiner makes it a noun: "the will of the senator"), and one right after a phrase makes that
# phrase a clause's subject ("said the U.S. would abide").
FINITE_AUXILIARIES = frozenset(
    """is are was were has have had will would can could should must may might shall does did do""".split()
)


# Openers trimmed off the start of a source phrase: conjunctions, subordinators ("While critics
# say", "After campaign aides said") and sentence adverbs. The leftward walk stops at most of them
# in lower case (``_CLAUSE_STOP``) but takes them in as capitalised words, like names.
_OPENERS_TO_TRIM = frozenset(
    """but and so yet then while when after before though although because if as since unless
    until once whether like perhaps instead""".split()
)


def _is_acronym(tok: str) -> bool:
    """An all-capitals token of two or more letters ("AS Roma"): a name, not an opener."""
    return len(tok) > 1 and tok.isupper()


def tokens(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]


def skippable(tok: str) -> bool:
    low = tok.lower()
    return low in _SKIP_LEFT or (low.endswith("ly") and len(low) > 4 and tok.islower())


_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
_DAY_LEADS = frozenset("on last this late early".split())


def _skip_left(toks: list[tuple[str, int, int]], i: int) -> int:
    """The index of the first token at or left of ``i`` that is neither skippable nor part of a
    time of day before the cue ("Trump on Friday endorsed": the subject is Trump, not Friday) nor
    of a short parenthesis ("McCrory (R) said")."""
    while i >= 0:
        low = toks[i][0].lower()
        if skippable(toks[i][0]):
            i -= 1
        elif low in _DAY_WORDS:
            i -= 2 if i >= 1 and toks[i - 1][0].lower() in _DAY_LEADS else 1
        elif low == ")":
            opening = next((j for j in range(i - 1, max(i - 8, -1), -1) if toks[j][0] in "()"), -1)
            if opening < 1 or toks[opening][0] != "(":
                break
            i = opening - 1
        else:
            break
    return i


def _joins_names(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Token i is a slash between two names ("a New York Times/CBS News poll")."""
    return (toks[i][0] == "/" and 0 < i < len(toks) - 1 and toks[i - 1][0][:1].isupper()
            and toks[i + 1][0][:1].isupper())


def left_np(toks: list[tuple[str, int, int]], end: int) -> tuple[int, int] | None:
    """Indices [i, end) of the noun phrase that ends at token index end (exclusive)."""
    i = _skip_left(toks, end - 1)
    if i < 0:
        return None
    last = i
    t = toks[i][0]
    low = t.lower()
    if low in _PRONOUNS:
        return (i, i + 1)
    words = 0
    start = None
    while i >= 0 and words < 9:
        t, _, _ = toks[i]
        low = t.lower().rstrip(".")
        if not (t[0].isalnum()):
            if t == "." and i >= 1 and (toks[i - 1][0].lower() in TITLE_ABBREVIATIONS
                                        or (len(toks[i - 1][0]) == 1 and toks[i - 1][0].isupper())):
                i -= 1
                continue
            if _joins_names(toks, i):
                i -= 1
                continue
            break
        if low in _DETERMINERS:
            start = i
            break
        if t[0].isupper() or t[0].isdigit():
            start = i
            words += 1
            i -= 1
            # "Mr. Hegseth and Mr. Nakatani"
            if i >= 1 and toks[i][0].lower() == "and" and toks[i - 1][0][:1].isupper():
                i -= 1
            continue
        if low == "of" and start is not None and toks[start][0][0].isupper() and i >= 1 and toks[i - 1][0][0].isupper():
            i -= 1  # "Ministry of Foreign Affairs", "University of Michigan"
            continue
        if low in _CLAUSE_STOP or low in _PRONOUNS:
            break
        # a lower-case word: part of "Japanese defense officials", "people familiar with..."
        start = i
        words += 1
        i -= 1
    if start is None:
        return None
    # trim a leading capitalised sentence opener such as "But" / "And" / "While"
    while start <= last and toks[start][0].lower() in _OPENERS_TO_TRIM and not _is_acronym(toks[start][0]):
        start += 1
    if start > last:
        return None
    head = toks[last][0]
    if not (head[0].isupper() or head[0].isdigit() or is_source_head(head.lower())):
        return None  # "the newly laid plans", "dedicated reporting": not a source
    if head.lower() in _ARTICLES:
        return None  # "The so-called deal": a bare article names no one
    return (start, last + 1)


def right_np(toks: list[tuple[str, int, int]], begin: int, any_phrase: bool = False) -> tuple[int, int] | None:
    """Indices [begin, end) of the noun phrase that starts at token begin. ``any_phrase`` (after
    "according to") accepts any phrase there ("the results", "fundraising reports"); otherwise a
    lower-case phrase must name a source ("the official")."""
    i = begin
    n = len(toks)
    if i >= n:
        return None
    t = toks[i][0]
    if t.lower() in _PRONOUNS:
        return (i, i + 1)
    start = i
    words = 0
    while i < n and words < 10:
        t = toks[i][0]
        low = t.lower()
        if not t[0].isalnum():
            if t == "." and words and (toks[i - 1][0].lower() in TITLE_ABBREVIATIONS
                                       or (len(toks[i - 1][0]) == 1 and toks[i - 1][0].isupper())):
                i += 1
                continue
            if words and _joins_names(toks, i):
                i += 1
                continue
            break
        if words and ((low in _STOP_RIGHT and not (low == "of" or low == "and"))
                      or (t in FINITE_AUXILIARIES and toks[i - 1][0].lower() not in _DETERMINERS)):
            break
        if words == 0 and not (any_phrase or t[0].isupper() or low in _RIGHT_DETERMINERS or low in VAGUE_NOUNS
                               or low in ANONYMOUS_NOUNS or low in OUTLET_NOUNS):
            return None
        words += 1
        i += 1
    if words == 0:
        return None
    while i - 1 > start and toks[i - 1][0].lower() in ("of", "and", "the", "a"):
        i -= 1
    first = toks[start][0]
    if not any_phrase and (not first[0].isupper() or first.lower() in _COMMON_FIRST):
        # a lower-case phrase is a source only if it ends in a source noun ("said the official")
        head = toks[i - 1][0].lower()
        if not any(t[0][:1].isupper() for t in toks[start:i]) and not is_source_head(head):
            return None
    return (start, i)


# --- source classification -----------------------------------------------------------------------
_OUTLET_SET = frozenset(OUTLET_NAMES)
_OUTLET_STRIP = re.compile(r"^(?:the|a|an)\s+", re.I)
_ANON_RE = re.compile("|".join(re.escape(m) for m in ANONYMOUS_MARKERS), re.I)
_WORDS = re.compile(r"[\w’'.&\-]+")
_POSSESSIVE = re.compile(r"'s$")
_THAT = re.compile(r"\s*(?:,\s*)?that\b")


def classify_source(source: str, after: str = "", opens_sentence: bool = True) -> str:
    """Source type of a source phrase; ``after`` is the text between the source and its cue;
    ``opens_sentence``: no word comes before the phrase in its sentence, so its first capital
    may be the sentence's and not a name's."""
    s = source.strip()
    low = s.lower()
    bare = _OUTLET_STRIP.sub("", low).replace("’", "'")
    bare = _POSSESSIVE.sub("", bare)
    words = [w.strip(".,").replace("’", "'") for w in _WORDS.findall(s)]
    words = [w for w in words if w]
    lows = [w.lower() for w in words]
    if not lows:
        return "vague"
    if lows[0] in _COMMON_FIRST:  # "Sources said", "Experts say": capitalised only as an opener
        words[0] = lows[0]
    elif opens_sentence and (len(words) == 1 or words[1][:1].islower()) and lows[0] in LOWERCASE_WORDS:
        # "Senior officials", "Crime experts", "Investors": a sentence's capital, not a name
        words[0] = lows[0]
    if _ANON_RE.search(low) or _ANON_RE.search(after):
        return "anonymous"
    if bare in _OUTLET_SET or low in _OUTLET_SET:
        return "outlet"
    caps = [w for w in words if w[:1].isupper()]
    head = lows[-1]
    # (a titled name may end in an outlet's word: "Atlantic City Mayor Don Guardian")
    if caps and not (_has_title(lows) or _role_before_name(words, lows)):
        # a run of capitalised words ending in Times/News/Press... is a news outlet
        if words[-1][:1].isupper() and head in OUTLET_HEADS and len(caps) >= 2:
            return "outlet"
        for k in range(len(lows)):
            if " ".join(lows[k:]) in _OUTLET_SET and words[k][:1].isupper():
                return "outlet"
    if len(lows) > 1 and head in ("paper", "papers") and lows[-2] in _DOCUMENT_PAPERS:
        return "organisation"  # "the 2024 Defense White Paper" is a record that speaks for its authors
    if head in OUTLET_NOUNS or (head in ("report", "reports") and any(w in OUTLET_NOUNS for w in lows)):
        return "outlet"
    if head in ANONYMOUS_NOUNS and not _has_name(words):
        if lows[0] in VAGUE_DETERMINERS and head not in ("source", "sources", "official", "officials"):
            return "vague"
        return "anonymous"
    if lows[0] in VAGUE_DETERMINERS and not caps:
        return "vague"
    if lows[_head_index(lows)] in _RECORD_HEADS:
        # "a recent poll of Indiana voters", "the RealClearPolitics polling average", "No major polls"
        return "organisation"
    if head in VAGUE_NOUNS and not _has_name(words):
        return "vague"
    if caps and _names_a_party_or_people(lows) and not _has_name(words[:-1]):
        # "Democrats", "Some Republicans": a party or a people, not a person; "One Republican"
        return "anonymous" if lows[0] in _ONE else "vague"
    if caps:
        if any(w in ORGANISATION_WORDS for w in lows if w) or any(w.isupper() and len(w) >= 2 and w not in ("US", "UK") and not w.endswith(".") for w in caps if not w.lower() in TITLE_WORDS):
            if _has_title(lows) or _role_before_name(words, lows):
                return "person"
            # one holder of a role there ("the Clinton campaign spokesman") is a person
            # (a capitalised one may be a title-case name: "The New Hampshire Union Leader")
            role_holder = head in PERSON_ROLE_NOUNS and head not in ANONYMOUS_NOUNS and words[-1][:1].islower()
            if head in ANONYMOUS_NOUNS and words[-1][:1].islower():
                return "anonymous"  # an unnamed official of it ("A Defense Ministry official")
            return "person" if role_holder else "organisation"
        if len(caps) == 1 and caps[0].lower().rstrip(".") in PLACE_NAMES and head == caps[0].lower().rstrip("."):
            return "organisation"
        if head in ORGANISATION_NOUNS:
            return "organisation"
        return "person"
    if head in PERSON_ROLE_NOUNS:
        return "person"
    if head in ORGANISATION_NOUNS:
        return "organisation"
    return "vague"


_ONE = frozenset(("one", "a", "an"))


# demonyms with no plural in -s: "the Chinese", "the British" are a people ("the Democrat" is one)
_PLURAL_DEMONYM_ENDINGS = ("ese", "sh", "ch", "ss")


def _names_a_party_or_people(lows: list[str]) -> bool:
    """The phrase's head is a party or nationality word, plural ("Democrats"), after "one"/"a"
    ("One Republican") or a people after "the" ("the Chinese"), and no word makes it an
    organisation ("Senate Republicans" are a caucus)."""
    head = lows[-1]
    pair = len(lows) == 2 and head in NATIONALITIES
    group = ((head.endswith("s") and head[:-1] in NATIONALITIES)
             or (pair and lows[0] in _ONE)
             or (pair and lows[0] == "the" and head.endswith(_PLURAL_DEMONYM_ENDINGS)))
    return group and not any(w in ORGANISATION_WORDS for w in lows)


# indefinite pronouns that cite no one in particular ("Nobody knows"); not in VAGUE_NOUNS, which
# the cue model's subject classes read
_INDEFINITES = frozenset("nobody anyone anybody".split())
_COMMON_FIRST = (VAGUE_NOUNS | ANONYMOUS_NOUNS | VAGUE_DETERMINERS | _DETERMINERS | OUTLET_NOUNS
                 | _INDEFINITES | ORGANISATION_NOUNS) - frozenset(["pentagon", "congress", "senate", "parliament"])


def is_source_head(low: str) -> bool:
    """A lower-case word that can head a source phrase: a source noun or its plural ("leaders",
    "allies", "groups")."""
    if low in _SOURCE_HEADS:
        return True
    if low.endswith("ies"):
        return low[:-3] + "y" in _SOURCE_HEADS
    return low.endswith("s") and (low[:-1] in _SOURCE_HEADS or low.endswith("es") and low[:-2] in _SOURCE_HEADS)


# heads of phrases that cite a record rather than a speaker: typed as the organisation behind it,
# also when a name modifies them ("the Gallup poll", "a national Gallup Poll taken last week")
# papers that are documents, not newspapers: "a white paper", "a position paper"
_DOCUMENT_PAPERS = frozenset("white position working research policy discussion briefing green".split())
_RECORD_HEADS = frozenset(
    """statement report reports study studies survey surveys poll polls document documents data
    filing memo letter lawsuit complaint indictment results figures estimates records analysis
    tally transcript average averages forecast forecasts projection projections count ruling
    rulings video videos footage slide slides chart charts email emails ad ads""".split()
)
# records speak for their authors ("the ruling said", "Another slide shows")
_SOURCE_HEADS = (PERSON_ROLE_NOUNS | ANONYMOUS_NOUNS | VAGUE_NOUNS | ORGANISATION_NOUNS | OUTLET_NOUNS
                 | _RECORD_HEADS)
_POST_MODIFIERS = frozenset("of by from in on at for with released conducted taken filed published".split())


def _head_index(lows: list[str]) -> int:
    """Where the head noun of a phrase is: the word before its first post-modifier ("a recent
    poll of Indiana voters" -> "poll"), else its last word."""
    for i in range(1, len(lows)):
        if lows[i] in _POST_MODIFIERS:
            return i - 1
    return len(lows) - 1


def _role_before_name(words: list[str], lows: list[str]) -> bool:
    """A role noun followed by a capitalised name that ends the phrase ("State Department
    spokesman John Kirby", "Senate Majority Leader Mitch McConnell")."""
    if len(words) < 2 or not words[-1][:1].isupper() or lows[-1] in ORGANISATION_WORDS:
        return False
    return any(w in PERSON_ROLE_NOUNS and words[i + 1][:1].isupper() and lows[i + 1] not in ORGANISATION_WORDS
               for i, w in enumerate(lows[:-1]))


def _has_title(lows: list[str]) -> bool:
    """A title word before a name ("Justice Ginsburg", "Secretary of State John Kerry"); not one
    that ends the phrase or precedes an organisation word ("Department of Justice", "the Justice
    Department")."""
    return any(w.rstrip(".") in TITLE_WORDS and i + 1 < len(lows) and lows[i + 1] not in ORGANISATION_WORDS
               for i, w in enumerate(lows))


def _has_name(words: list[str]) -> bool:
    """A capitalised word that is not just a nationality/organisation modifier, place or title."""
    n = len(words)
    for i, w in enumerate(words):
        if w[:1].isupper():
            lw = w.lower().rstrip(".")
            if lw in TITLE_WORDS or lw in ORGANISATION_WORDS or lw in PLACE_NAMES:
                continue
            # a two-word place ("New Jersey", "South Carolina")
            if lw in PLACE_PREFIXES and i + 1 < n and words[i + 1].lower().rstrip(".") in PLACE_SECONDS:
                continue
            if lw in PLACE_SECONDS and i > 0 and words[i - 1].lower() in PLACE_PREFIXES:
                continue
            if lw in NATIONALITIES:
                continue
            return True
    return False


# Determiners that tell no source from another ("the", "some"), unlike "his" or "other".
_UNOWNED_DETERMINERS = _DETERMINERS - frozenset("his her their its our my your other another".split())


def _source_words(source: str) -> list[str]:
    # (a plural possessive's apostrophe, "Francis'", is no part of the name)
    words = [w.strip(".,").replace("’", "'").rstrip("'") for w in _WORDS.findall(source)]
    return [_POSSESSIVE.sub("", w) for w in words if w]


# what follows a surname without being one: "Robert P. Casey Jr.", "Elizabeth Warren (D-Mass.)"
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*")


# how far after a name a role may stand and still be someone else's ("Mr. Obama's climate advisers")
_ROLE_AFTER_NAME = 3


# first names of either gender in the 1990 US Census lists
KNOWN_FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | EITHER_FIRST_NAMES


def _is_first_name(word: str) -> bool:
    return word.lower() in KNOWN_FIRST_NAMES


def _full_name_in(words: list[str]) -> bool:
    """A first name, a title or another name before a capitalised word ("Ted Cruz", "Mr. Burman",
    "Meenakshi Ganguly"; not "Chief of")."""
    for w, following in zip(words, words[1:]):
        if following[:1].isupper() and following.lower() not in LOWERCASE_WORDS and w[:1].isupper():
            low = w.lower().rstrip(".")
            if _is_first_name(w) or low in TITLE_WORDS or (low not in LOWERCASE_WORDS and _has_name([w])):
                return True
    return False


def _person_name(words: list[str]) -> str:
    """The key of a person source's words: the surname, or "surname role" for a role after a
    name ("obama aides"); "" when they name no one."""
    # a determiner is capitalised only by opening the sentence ("The president"): it names no one
    named = [w for w in words if w.lower() not in _DETERMINERS]
    # "of" after a full name starts where the person is from ("Ted Cruz of Texas"; not "Chief
    # of Staff Reince Priebus")
    if "of" in named:
        i = named.index("of")
        if _full_name_in(named[:i]):
            named = named[:i]
        elif i == 1 and named[0].lower().endswith("s") and is_source_head(named[0].lower()):
            # a group of someone's is not that person: "Supporters of Sanders" -> "sanders supporters"
            name = _person_name(named[2:])
            return name + " " + named[0].lower() if name and " " not in name else ""
    if _has_name(named):
        caps = [w for w in named if w[:1].isupper() and w.lower().rstrip(".") not in TITLE_WORDS
                and w.lower().rstrip(".") not in _NAME_SUFFIXES and not _PARTY_TAG.fullmatch(w)
                and w.lower() not in _PRONOUNS]  # "tax experts I spoke to" name no "I"
        # a headline in title case runs on past the name ("Donald Trump Finally Admits"), but
        # after a first name or an initial a lower-case word is the surname ("George Will",
        # "Douglas J. Band")
        while (len(caps) > 1 and caps[-1].lower() in LOWERCASE_WORDS and len(caps[-2]) > 1
               and not _is_first_name(caps[-2])):
            caps.pop()
        if caps:
            name = caps[-1]
            # a role after the name is someone else's: "Obama's aides", "a top Trump adviser"
            after = named[len(named) - named[::-1].index(name):][:_ROLE_AFTER_NAME]
            if "and" in after:
                after = after[:after.index("and")]  # "Doyle and others" are Doyle and others
            heads = [w.lower() for w in after if w[:1].islower() and is_source_head(w.lower())]
            return name.lower() + " " + heads[-1] if heads else name.lower()
    return ""


def names_a_person(source: str) -> bool:
    """Whether a person source names someone ("Mr. King") rather than a role ("the president")."""
    return _person_name(_source_words(source)) != ""


_DEMONSTRATIVES = frozenset("that this these those".split())


def normalise_source(source: str, source_type: str) -> str:
    """A key for distinct-source counts: for people the surname ("surname role" for a role after
    a name, the role words for an unnamed person), else the bare lower-case name."""
    words = _source_words(source)
    if source_type == "person":
        name = _person_name(words)
        if name:
            return name
        # unnamed: the role or group, kept apart by whose it is ("his spokesman", "the spokesman")
        return " ".join(w.lower() for w in words if w.lower() not in _UNOWNED_DETERMINERS)
    lows = [w.lower() for w in words if w.lower() not in ("the", "a", "an")]
    # and an opening demonstrative, as a clause's "that" may open the phrase ("claimed that China")
    while len(lows) > 1 and lows[0] in _DEMONSTRATIVES:
        lows.pop(0)
    if source_type == "outlet":
        # "The New York Times newspaper" is the Times, and "AP" the Associated Press
        if len(lows) > 1 and lows[-1] in OUTLET_NOUNS and outlet_name(lows[:-1]):
            lows.pop()
        return OUTLET_INITIALS.get(" ".join(lows), " ".join(lows))
    return " ".join(lows)


def outlet_name(lows: list[str]) -> bool:
    """Whether lower-cased words name a news outlet: a known one, or two to four words ending in
    a word such names end in ("new york post"; not "news", nor "atlantic city mayor don
    guardian")."""
    return " ".join(lows) in _OUTLET_SET or (2 <= len(lows) <= 4 and lows[-1] in OUTLET_HEADS)
