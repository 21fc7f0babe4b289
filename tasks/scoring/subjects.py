"""Clause subjects: who a participle or a coordinated verb cites when no source stands next to
its cue ("X, role, said", "Trump took to Twitter and accused", "..., saying").

``clause_subject`` skips a dateline ("TOKYO —"), an opening quotation and the adverbials that open
a clause ("In response,", "Late Friday night,"), then reads the subject: a run of names with any
role words between them ("Democratic presidential candidate Hillary Clinton"), or a described
phrase through its source noun ("the governor", "Clinton's campaign manager"). A name in
apposition to that subject, or to a role phrase just before the cue, is the person cited ("Trump's
attorney, Alan Garten, said").
"""

from __future__ import annotations

from .lowercase_words import LOWERCASE_WORDS
from .lexicons import PLACE_NAMES, PLACE_PREFIXES, PLACE_SECONDS, REPORTING_VERBS_1, TITLE_WORDS
from .sources import (
    _CLAUSE_STOP,
    _DAY_WORDS,
    _DETERMINERS,
    _PRONOUNS,
    FINITE_AUXILIARIES,
    KNOWN_FIRST_NAMES,
    Span,
    is_source_head,
)

_OPENING_QUOTES = frozenset(("“", "``", '"', "‘"))
_CLOSING_QUOTES = frozenset(("”", "''", '"', "’"))


# words that end a time adverbial opening a sentence ("Hours later,", "On Tuesday,")
_TIME_WORDS = frozenset(
    """later earlier ago today yesterday tonight monday tuesday wednesday thursday friday saturday
    sunday week month year morning afternoon evening night weekend""".split()
)


_CONNECTIVES = frozenset("and but yet so even".split())
# words that open a clause whose subject follows them
_SUBORDINATORS = frozenset("although though because unless whether if while once as when".split())
_PREPOSITIONS = frozenset(
    """to in on at with for from about during by through of into including despite amid amidst
    inside outside throughout since before until without within among against under
    beyond""".split()
)
# words that open a sentence-initial adverbial, not a subject ("Instead, the senator ...")
_OPENERS = _CLAUSE_STOP | _PREPOSITIONS | _SUBORDINATORS | frozenset(
    """after meanwhile however instead still now later earlier separately today yesterday also then
    again afterward afterwards finally overall indeed moreover nonetheless nevertheless besides
    likewise similarly additionally furthermore ultimately perhaps""".split()
)
# object pronouns: an -ing word before one is a participle with its object ("telling them")
_OBJECT_PRONOUNS = frozenset("him her them us me".split())
# words after which an -ing word is a participle with its object or particle ("standing behind")
_PARTICLES = frozenset(
    "behind across near toward towards around along outside inside beyond past up down out off".split()
)
# A subject led by one of these names a few of a group ("One of the authors, Ari Fleischer,").
_PARTITIVES = frozenset("one some several many most few two three".split())
# words that stand for a group on their own ("All of the candidates", "Both")
_GROUP_WORDS = _PARTITIVES | frozenset("all both each either neither none".split())
_SPEECH_VERBS = frozenset(REPORTING_VERBS_1)


# An opening adverbial ends at a comma within this many tokens ("Speaking at a rally in Iowa on
# Monday,"); the bound keeps a long sentence without commas linear.
_ADVERBIAL_TOKENS = 40


def _adverbial_end(toks: list[tuple[str, int, int]], i: int, k: int) -> int | None:
    """The index after the comma that closes an adverbial opening at token i (an opener word, a
    participle, or a phrase ending in a time word), or None."""
    first = toks[i][0] if i < k else ""
    low = first.lower()
    opener = low in _OPENERS or _contraction(first) or (first[:1].isupper() and low.endswith("ing"))
    # an adverb in -ly may open an adverbial too ("Initially a Democrat,"), when a lower-case word
    # and no source noun follow it before the comma
    adverb = (first[:1].isupper() and low.endswith("ly") and low in LOWERCASE_WORDS and i + 1 < k
              and toks[i + 1][0][:1].islower())
    # (the comma at k counts: a clause that is all adverbial, "On Tuesday, telling", has no subject)
    for j in range(i, min(k + 1, len(toks), i + _ADVERBIAL_TOKENS)):
        if adverb and is_source_head(toks[j][0].lower()):
            adverb = False
        if toks[j][0] == "," and not _in_number(toks, j):
            # (a phrase ending in a time word, unless a participle follows it, which goes on the
            # clause before: "The State Department released the pages Friday night, shedding")
            nxt = toks[j + 1][0] if j + 1 < k else ""
            timed = (j > i and toks[j - 1][0].lower() in _TIME_WORDS
                     and not (nxt.endswith("ing") and nxt[:1].islower()))
            if j == k:
                # a clause that ends in a time word is still a clause ("Lee spoke Monday, saying"),
                # and so is one with a verb ("And now Manafort has taken on a campaign, seeking")
                timed = False
                opener = opener and _verbless([w for w, _, _ in toks[i:j]])
            return j + 1 if opener or timed or (adverb and j < k) else None
    return None


def _in_number(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the comma at token j groups a number's digits ("1,500"), with no space around it."""
    return (0 < j < len(toks) - 1 and toks[j - 1][0][-1:].isdigit() and toks[j + 1][0][:1].isdigit()
            and toks[j - 1][2] == toks[j][1] and toks[j][2] == toks[j + 1][1])


_DASHES = frozenset(("—", "–", "--", "-"))
# how far a second dash may follow the first and still close an aside
_ASIDE_TOKENS = 12


def dateline_end(toks: list[tuple[str, int, int]], k: int) -> int:
    """Index after a dateline that opens the sentence ("TOKYO —", "BEDFORD, N.H. (AP) —"): the
    place is where the story was filed, never the clause's subject; 0 when there is none."""
    i = 0
    after_comma = False
    while i < k:
        t = toks[i][0]
        if t in _DASHES:
            # a second dash soon after closes an aside ("NATO — the alliance — said"): no dateline
            if i == 0 or any(toks[j][0] in _DASHES for j in range(i + 1, min(k, i + 1 + _ASIDE_TOKENS))):
                return 0
            return i + 1
        if t == "(":
            # the agency in brackets: "(AP)", "(Reuters)"
            if i + 2 < k and toks[i + 1][0][0].isupper() and toks[i + 2][0] == ")":
                i += 3
                continue
            return 0
        # a place in capitals, and after its comma a state as written ("DES MOINES, Iowa (AP) —")
        if t == ",":
            after_comma = True
        elif not (len(t) > 1 and t[0].isalpha() and (t.isupper() or (after_comma and t[0].isupper()))):
            return 0
        i += 1
    return 0


def clause_subject(toks: list[tuple[str, int, int]], k: int) -> Span | None:
    """Subject at the start of the clause that ends at token k (for "X, role, said" and
    "China rebuked ..., saying")."""
    i = dateline_end(toks, k)
    if i < k and (toks[i][0] in _OPENING_QUOTES or toks[i][0] == "''"):
        # a quotation opens the sentence ("“...,” Trump said, adding"; NYT text opens one with ''
        # too): the subject follows it
        close = next((j for j in range(i + 1, k) if toks[j][0] in _CLOSING_QUOTES), None)
        if close is not None:
            i = close + 1
            while i < k and not toks[i][0][0].isalnum():
                i += 1
    if i + 1 < k and toks[i][0] in _SPEECH_VERBS:
        i += 1  # "“...,” said Trump, adding": the inverted verb is not part of the subject
    else:
        # skip leading adverbials ("In response,", "Speaking in Iowa,", "At the same time,
        # however,") and bare connectives ("Yet some voters said")
        while True:
            while i < k and (not toks[i][0][0].isalnum() or toks[i][0].lower() in _CONNECTIVES):
                i += 1
            end = _adverbial_end(toks, i, k)
            if end is None:
                break
            i = end
    if i >= k:
        return None
    t = toks[i][0]
    if t.lower() in _SUBORDINATORS and i + 1 < k:
        # a clause opened by "though" or "as" that runs on to the cue has its subject next ("As
        # President Obama defended his record and")
        i += 1
        t = toks[i][0]
    if t.lower() in _PRONOUNS:
        return (toks[i][1], toks[i][2])
    if _contraction(t):
        return None  # "What's", "There's": no subject named
    following = toks[i + 1][0] if i + 1 < k else ""
    if t.lower() in _PREPOSITIONS or (t.endswith("ing") and t[:1].islower() and (
            not following[:1].islower() or following in _CLAUSE_STOP or following in _DETERMINERS
            or following in _PARTICLES or following in _PRONOUNS or following in _OBJECT_PRONOUNS)):
        # a phrase opened by a preposition or a participle ("to a surging Sanders", "responding
        # to a rival", "telling CNN") is no subject; an adjective in -ing may open one ("striking
        # coal miners", "leading candidate Donald Trump")
        return None
    j = i
    name_start = t[0].isupper() and t.lower() not in _DETERMINERS
    # a common word capitalised as it opens the sentence ("Gay rights groups"), read as one when
    # the phrase ends in a source noun
    common_start = name_start and following[:1].islower() and t.lower() in LOWERCASE_WORDS
    if common_start:
        name_start = False
    described = not name_start or t.lower() in _PARTITIVES
    owner_end = 0  # after a possessive name ("Clinton's"), where the phrase would end without its head
    # (a run of names, each word capitalised, may be longer than a described subject)
    while j < k and j - i < (12 if name_start else 8):
        w = toks[j][0]
        lw = w.lower()
        if w[0].isalnum():
            if j > i and (lw in _CLAUSE_STOP or lw in _PRONOUNS) and not w[0].isupper():
                break
            if j > i and name_start and not w[0].isupper() and lw not in ("of", "and"):
                role = _role_before_name_at(toks, j, k)
                if role:
                    # a role between name words goes on ("Democratic presidential candidate Hillary
                    # Clinton")
                    j = role
                    continue
                if is_source_head(lw) and not _possessive(toks[j - 1][0]):
                    j += 1  # the phrase ends at its source noun ("European Union leaders met")
                    described = True
                    break
                if not _possessive(toks[j - 1][0]):
                    break
                # after a possessive the phrase goes on to its own head ("Clinton's top aide")
                name_start = False
                described = True
                owner_end = j
        elif not (w == "." or w in ("’", "'", "-")):
            break
        j += 1
        if not name_start and j - 1 > i and is_source_head(lw) and not (
                j < k and toks[j][0][:1].islower() and is_source_head(toks[j][0].lower())):
            following = toks[j][0] if j < k else ""
            # (one person's role only: "The House candidates Sanders endorsed" is no name)
            if (following[:1].isupper() and following.isalpha() and following.lower() not in _DAY_WORDS
                    and not lw.endswith("s")):
                name_start = True  # a name after the role goes on it ("the economist Jared Bernstein")
                continue
            break  # "the governor changed course": the phrase ends at its source noun (or two: "campaign manager")
    while j > i + 1 and toks[j - 1][0] in _DASHES:
        j -= 1  # a dash after the phrase opens an aside ("birther sites - from ... -")
    if j == i:
        return None
    if common_start and not any(is_source_head(w.lower()) for w, _, _ in toks[i:j]):
        # without a source noun the phrase is no subject ("Perhaps more interesting"), unless
        # its first word names a group ("Activists engaged in", "Hundreds of demonstrators")
        low = t.lower()
        if not (low in _GROUP_WORDS or plural_noun(low)):
            return None
        j = i + 1
    if t.endswith("ing") and t[:1].islower() and not (
            is_source_head(toks[j - 1][0].lower()) or any(w[:1].isupper() for w, _, _ in toks[i:j])):
        return None  # a participle and its object ("shedding light"), not a source
    if owner_end and (j - owner_end > _OWNED_WORDS or not is_source_head(toks[j - 1][0].lower())):
        j = owner_end  # no source noun soon after: the owner is the subject ("Starr's remarks")
    # "Trump's attorney, Alan Garten, said": a name in apposition just before k is the person
    name = _appositive_name(toks, i, j, k, described or _possessive(toks[j - 1][0]))
    if name is not None:
        return name
    return (toks[i][1], toks[j - 1][2])


# how many words after a possessive name may come before its source noun ("Clinton's longtime
# communications director")
_OWNED_WORDS = 3
_CONTRACTED = frozenset("that what there here let who where".split())


def plural_noun(low: str) -> bool:
    """Whether a lower-cased word is the plural of a common word ("activists", "allies"), and
    not an adverb in -s ("perhaps")."""
    if low.endswith("ies"):
        return low[:-3] + "y" in LOWERCASE_WORDS
    return low.endswith("s") and not low.endswith("ss") and low[:-1] in LOWERCASE_WORDS


def _role_before_name_at(toks: list[tuple[str, int, int]], j: int, k: int) -> int:
    """The index of the capitalised word after a run of up to three lower-case words from j that
    ends in a source noun ("presidential candidate Hillary"), or 0."""
    for h in range(j, min(j + 3, k - 1)):
        w = toks[h][0]
        # (modifiers and role nouns only: no verb, article or preposition, "released a statement")
        if (not w[:1].islower() or w in _CLAUSE_STOP or w in _DETERMINERS or w in FINITE_AUXILIARIES
                or w.endswith("ed")):
            return 0
        following = toks[h + 1][0]
        if is_source_head(w) and following[:1].isupper() and following.lower() not in _DAY_WORDS:
            return h + 1
    return 0


def _possessive(word: str) -> bool:
    """A word with a possessive "'s" ("Clinton's"), not a contraction ("He's", "It's", "Let's")."""
    base = word[:-2].lower()
    return word.endswith(("'s", "’s")) and base not in _PRONOUNS and base not in _CONTRACTED


def _contraction(word: str) -> bool:
    """A word that contracts "is" or "us" onto a word that names no one ("What's", "Let's")."""
    return word.endswith(("'s", "’s")) and word[:-2].lower() in _CONTRACTED


# at most this many words between a subject and the name in apposition to it ("Trump’s pick to
# be the next ambassador to Japan, George Glass,")
_APPOSITION_GAP = 8
# at most this many words in a role phrase with a name in apposition ("The head of the Super PAC
# backing former Florida Gov. Jeb Bush for president, Mike Murphy,")
_ROLE_PHRASE_WORDS = 16
# words that join clauses: a role phrase before a name in apposition starts after one
_CLAUSE_JOINERS = frozenset(("but", "and", "while"))


def _appositive_name(toks: list[tuple[str, int, int]], i: int, j: int, k: int, described: bool) -> Span | None:
    """The span of a name of two to five capitalised words between commas, in apposition to the
    described subject ``toks[i:j]`` right after it ("the chairman, Tom Hale, told reporters,
    adding"), or ending at the comma ``toks[k]`` after a role phrase of its own ("the campaign
    chief, Paul Manafort,") or a little after the described subject ("One of the authors of that
    report, Ari Fleischer,"); None when there is none."""
    if described:
        # (after a short phrase that goes on the subject: "his best friend at Lehigh, Bruce Turry,")
        c = j
        while c < k and c - j <= _APPOSITION_GAP and toks[c][0] != ",":
            c += 1
        if c < k and toks[c][0] == "," and _verbless([w for w, _, _ in toks[j:c]]):
            m = c + 1
            while m < len(toks) and m - c <= _NAME_TOKENS and toks[m][0] != ",":
                m += 1
            if m < len(toks) and toks[m][0] == "," and _apposed_person(toks, c, m):
                return (toks[c + 1][1], toks[m - 1][2])
    if k >= len(toks) or toks[k][0] != ",":
        return None
    c = k - 1
    while c > i and k - c <= _NAME_TOKENS and toks[c][0] != ",":
        c -= 1
    if c <= i or toks[c][0] != "," or not _apposed_person(toks, c, k):
        return None
    name = (toks[c + 1][1], toks[k - 1][2])
    # a role phrase of its own just before: from a clause's start, a determiner, owner or
    # partitive, through a role noun ("but the state's Democratic senator, Jeanne Shaheen,")
    b = c - 1
    while b >= i and c - b <= _ROLE_PHRASE_WORDS and toks[b][0] != "," and toks[b][0] not in _CLAUSE_JOINERS:
        b -= 1
    phrase = [w for w, _, _ in toks[b + 1:c]]
    if (phrase and (b < i or toks[b][0] == "," or toks[b][0] in _CLAUSE_JOINERS) and _verbless(phrase)
            and is_source_head(phrase[-1])
            and (phrase[0].lower() in _DETERMINERS or phrase[0].lower() in _PARTITIVES or _possessive(phrase[0]))):
        return name
    # else the name must follow the described subject closely, not an object ("fired his chief,
    # Garry McCarthy,")
    if described and j <= c <= j + _APPOSITION_GAP and _verbless([w for w, _, _ in toks[j:c]]):
        return name
    return None


# a name between commas after one of these, or after a capitalised word with no first name or
# title of its own, goes on naming a place ("the state capital, Des Moines,", "Manchester, New
# Hampshire,")
_PLACE_NOUNS = frozenset("capital city town county state village district region province country area".split())
# the most tokens a name in apposition takes ("Vermont Sen . Bernie Sanders")
_NAME_TOKENS = 10


def _apposed_person(toks: list[tuple[str, int, int]], c: int, m: int) -> bool:
    """Whether the tokens between the commas ``toks[c]`` and ``toks[m]`` name a person."""
    if not _is_name_run(toks, c + 1, m):
        return False
    words = [w for w, _, _ in toks[c + 1:m] if w != "."]
    lows = [w.lower().rstrip(".") for w in words]
    if lows[-1] in PLACE_NAMES or (lows[0] in PLACE_PREFIXES and lows[1] in PLACE_SECONDS):
        return False
    before = toks[c - 1][0] if c > 0 else ""
    if before.lower() in _PLACE_NOUNS:
        return False
    if before[:1].isupper() and not (lows[0] in KNOWN_FIRST_NAMES or lows[0] in TITLE_WORDS):
        return False
    return True


def _is_name_run(toks: list[tuple[str, int, int]], a: int, b: int) -> bool:
    """Whether tokens [a, b) are a name of two to five capitalised words ("Vermont Sen. Bernie
    Sanders", "James B. Comey")."""
    words = [w for w, _, _ in toks[a:b] if w != "."]  # (an abbreviation's stop: "Sen.")
    if not 2 <= len(words) <= 5 or not all(w[0].isupper() and w[0].isalpha() for w in words):
        return False
    return any(ch.islower() for w in words for ch in w)  # not initials or a party tag ("D-S.D.")


def _verbless(words: list[str]) -> bool:
    """No finite auxiliary and no past form among ``words`` (a crude test for a noun phrase)."""
    return not any(w in FINITE_AUXILIARIES or (w.endswith("ed") and w[:1].islower()) for w in words)
