"""Unnamed people named elsewhere: "the president" is Obama when the text calls one person
"President Obama", so that ``distinct_sources`` counts him once and "he" cites him.

``titled_mentions`` reads a text's tokens for a role or title standing before a name ("President
Barack Obama", "Vermont Sen. Bernie Sanders", "Republican nominee Donald Trump", "Attorney
General Loretta Lynch"), or after a full name between commas ("Chris Christie, the New Jersey
governor,"): the role, the name's surname and the few words before the role.
``named_by_role`` gives an unnamed source's key ("president", "vermont senator", "former
president") the surname of the one person the text titles so, with every modifier of the key
among the words before the title; with none or two such people it gives "". A title with
"former" (or "late", "vice", ...) before it is not the same role without it: "the president" is not
"former President Bill Clinton", nor is "the nominee" a vice presidential one, nor "the
general" the attorney general. A "chief" stands for any head (minister, secretary, director, ...)
of what its modifiers name: "the Japanese defense chief" is "Defense Minister Gen Nakatani".
"""

from __future__ import annotations

import re

from .genders import surname_key
from .lexicons import NATIONALITIES, ORGANISATION_WORDS, PERSON_ROLE_NOUNS, TITLE_WORDS
from .lowercase_words import LOWERCASE_WORDS

# Roles that stand before names; everyday nouns ("man", "friend") seldom title anyone.
_ROLES = (TITLE_WORDS | PERSON_ROLE_NOUNS) - frozenset("man woman boy girl friend".split())
# Abbreviated titles and their words; congressmen are titled "Rep."
_CANONICAL = {
    "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
    "gen": "general", "sec": "secretary", "atty": "attorney", "lt": "lieutenant", "col": "colonel",
    "capt": "captain", "sgt": "sergeant", "dr": "doctor", "prof": "professor", "rev": "reverend",
    "adm": "admiral", "cmdr": "commander", "amb": "ambassador", "maj": "major",
    "congressman": "representative", "congresswoman": "representative",
}
# Qualifiers that make another role: "the president" is not "former President Bill Clinton",
# nor "the nominee" "vice presidential nominee Tim Kaine".
_QUALIFIERS = frozenset("former late vice deputy assistant".split())
# Lower-case words inside a name ("Bill de Blasio") and suffixes after it ("Joseph R. Biden Jr.")
_PARTICLES = frozenset("de del der di da van von le la bin al".split())
_SUFFIXES = frozenset("jr sr ii iii iv".split())
# Longer runs of capitalised words are headlines in title case, not names (initials and
# suffixes apart).
_MAX_NAME_WORDS = 4
# Days and months after a name are when, not who ("President Obama Monday signed")
_DATES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december""".split())
# Owners and post-modifiers make a key some other role than the titled one ("his spokesman",
# "president of the company").
_NOT_LINKED = frozenset("his her their its our my your of at for from in with".split())
_MODIFIER_WINDOW = 4
# initials, dotted or not ("J.", "H.W.", "J")
_INITIALS = re.compile(r"(?:[A-Z]\.?)+")


# Every role word as news text writes it, so that the scan tests a token without lower-casing it.
_ROLE_FORMS = frozenset(f for w in _ROLES | frozenset(_CANONICAL) for f in (w, w.capitalize(), w.upper()))


def _role(low: str) -> str:
    """The canonical role of a lower-case word, or ""."""
    role = _CANONICAL.get(low, low)
    return role if role in _ROLES or low in _CANONICAL else ""


def _is_name(word: str) -> bool:
    """A capitalised word of letters, apostrophes and hyphens ("Trump's", "O'Rourke")."""
    return word[:1].isupper() and word.replace("'", "").replace("’", "").replace("-", "").isalpha()


def titled_mentions(words: list[str]) -> list[tuple[str, str, frozenset[str], str]]:
    """[(role, surname, lower-cased words before the name, lower-cased first name or "")] for each
    role or title before a capitalised name in a text's word and mark tokens ``words``. A run of
    roles is one role ("Attorney General": "attorney general"), except that an abbreviated title
    after a spelled-out role is a second one ("Defense Minister Gen. Nakatani": minister and
    general); the words before it are those back to a mark or an earlier name, at most
    _MODIFIER_WINDOW ("Vermont Sen.", "former President")."""
    found = []
    n = len(words)
    i = 0
    floor = 0  # where the words before a role may start: after the last name or mark
    while i < n:
        word = words[i]
        if word not in _ROLE_FORMS:
            if not word[:1].isalnum():
                floor = i + 1
            i += 1
            continue
        # a run of roles ("Attorney General", "Sen."), one role made of their words
        parts: list[str] = []
        split = 0  # where a second title starts ("Defense Minister Gen. Nakatani": minister, general)
        j = i
        while j < n:
            low = words[j].lower()
            head = _role(low)
            if not head:
                break
            abbreviated = low in _CANONICAL and len(low) <= 4
            if parts and abbreviated and not split and head != low and _role(words[j - 1].lower()) == words[j - 1].lower():
                split = len(parts)
            parts.append(head)
            j += 1
            if j < n and words[j] == "." and abbreviated:
                j += 1  # an abbreviated title's full stop ("Sen.")
        # the name: capitalised words (not words news text writes in lower case, as a headline
        # in title case does: "Judge Just Gave", nor an organisation's: "Justice Department",
        # nor a date), particles and initials ("Donald J. Trump", "George H.W. Bush")
        last = ""
        first = ""
        count = 0
        while j < n:
            word = words[j]
            low = surname_key(word)  # lower case, without a possessive ("Department's")
            if low in _PARTICLES and j + 1 < n and _is_name(words[j + 1]):
                j += 1
                continue
            if _INITIALS.fullmatch(word) and len(word) <= 4:
                j += 1
                if j < n and words[j] == ".":
                    j += 1
                continue
            if (not _is_name(word) or _role(low) or low in LOWERCASE_WORDS or low in ORGANISATION_WORDS
                    or low in _DATES):
                break
            j += 1
            if low in _SUFFIXES:
                if j < n and words[j] == ".":
                    j += 1
                continue
            count += 1
            last = word
            first = first or low
        if last and count <= _MAX_NAME_WORDS:
            before = frozenset(w.lower() for w in words[max(floor, i - _MODIFIER_WINDOW):i] if w[:1].isalpha())
            first = first if count > 1 else ""
            roles = [parts[:split], parts[split:]] if split else [parts]
            for role in roles:
                found.append((" ".join(role), surname_key(last), before | frozenset(role), first))
            floor = j
        i = max(j, i + 1)
    return found + _apposed_mentions(words)


def _plain_name(word: str) -> bool:
    return _is_name(word) and not _role(word.lower()) and word.lower() not in LOWERCASE_WORDS


def _apposed_mentions(words: list[str]) -> list[tuple[str, str, frozenset[str], str]]:
    """``titled_mentions``' rows for a full name with its role after it, between commas: "Chris
    Christie, the New Jersey governor," (the words between "the" and the role are its modifiers)."""
    found = []
    n = len(words)
    for i in range(2, n - 2):
        if words[i] != "," or words[i + 1].lower() != "the":
            continue
        if not (_plain_name(words[i - 1]) and _plain_name(words[i - 2])):
            continue  # a first name and a surname before the comma
        j = i + 2
        while j < n and j - i <= 2 + _MODIFIER_WINDOW and not _role(words[j].lower()):
            if not words[j][:1].isalnum():
                break
            j += 1
        parts = []
        k = j
        while k < n and _role(words[k].lower()):
            parts.append(_role(words[k].lower()))
            k += 1
        if parts and k < n and words[k] in (",", ".", ";"):
            modifiers = frozenset(w.lower() for w in words[i + 2:j])
            found.append((" ".join(parts), surname_key(words[i - 1]), modifiers | frozenset(parts),
                          words[i - 2].lower()))
    return found


def key_role(key: str) -> str:
    """The role an unnamed source's key names, its last role words ("vermont senator" ->
    "senator", "the attorney general" -> "attorney general"), or "" for a key that names no role
    or someone else's ("his spokesman", "president of the company")."""
    parts = key.split()
    if not parts or not _NOT_LINKED.isdisjoint(parts):
        return ""
    roles: list[str] = []
    for part in reversed(parts):
        role = _role(part)
        if not role:
            break
        roles.insert(0, role)
    return " ".join(roles)


# a country's people, not a party's or a region's ("the Democratic presidential candidate" is no
# other country's candidate)
_DEMONYMS = NATIONALITIES - frozenset(
    "federal state democratic republican democrat democrats republicans gop communist western eastern "
    "northern southern".split())


def _fits(modifiers: frozenset[str], before: frozenset[str]) -> bool:
    """Whether a title with the words ``before`` it fits an unnamed role's ``modifiers``: all of
    them stand before it, or all but a nationality while another modifier does and no other
    nationality stands there ("the Japanese defense minister" is "Defense Minister Gen Nakatani";
    "the French president" is not "President Obama", as a nationality alone tells too little)."""
    if modifiers <= before:
        return True
    rest = modifiers - _DEMONYMS
    return bool(rest) and rest != modifiers and rest <= before and before & _DEMONYMS <= modifiers


# titles a "chief" in news stands for, when its modifiers tell what it heads ("the defense chief"
# is the defense minister or secretary the text names)
_HEADS = frozenset("minister secretary director chairman chairwoman head commander administrator".split())


def named_by_role(key: str, mentions: list[tuple[str, str, frozenset[str], str]]) -> tuple[str, str]:
    """(surname, first name or "") of the one titled person an unnamed source's ``key`` names, or
    ("", "")."""
    role = key_role(key)
    if not role:
        return "", ""
    modifiers = frozenset(key.split()[:-len(role.split())])
    names = {(surname, first) for r, surname, before, first in mentions
             if (r == role or (role == "chief" and modifiers and r.split()[-1] in _HEADS))
             and _fits(modifiers, before) and (before & _QUALIFIERS) <= modifiers}
    surnames = {surname for surname, _ in names}
    if len(surnames) != 1:
        return "", ""
    firsts = {first for _, first in names if first}
    return surnames.pop(), firsts.pop() if len(firsts) == 1 else ""
