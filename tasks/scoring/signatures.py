"""Signed quotes: a quotation that a dash and a name close, as a letter's signature closes it.

Reader round-ups, epigraphs and quoted posts attribute a quote with no reporting verb at all:

    “He represents our greatest shame.” ― Sonya Herridge

The dash is the cue, the name the source, the quotation the content. The name must end its line
(after an optional short tail, ", 34, of Phoenix"), so that a dash inside running prose ("the
bank ― 5,300 employees were fired") is no signature.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# horizontal bar, em dash, en dash or a double hyphen (typewriter em dash)
_DASHES = ("\u2015", "\u2014", "\u2013", "--")
# a name word: capitalised, or an initial with its period ("Mark B. Monsky")
_NAME_WORD = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’\-]*)"
# lower-case particles inside names ("Oscar de la Hoya", "Ludwig van Beethoven")
_PARTICLE = r"(?:de|da|del|della|der|di|du|la|le|van|von|bin|al|y)"
_WORD = re.compile(r"\w")
_SIGNATURE = re.compile(
    r"[ \t\u00a0]*(\u2015|\u2014|\u2013|--)[ \t\u00a0]*"
    rf"({_NAME_WORD}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)*{_NAME_WORD}){{0,4}})"
    r"(?:,[^\n\"“”.!?]{1,60})?[ \t\u00a0.]*(?:\n|$)"
)


def signed_quotes(text: str, quotes: list[Span]) -> list[tuple[Span, Span, Span]]:
    """(dash, name, quotation) spans of each quotation in ``quotes`` (spans with their marks, as
    ``find_quotes`` gives them) signed by a dash and a name that ends the line."""
    if not any(d in text for d in _DASHES):
        return []
    out = []
    for q in quotes:
        m = _SIGNATURE.match(text, q[1])
        if m is not None and _WORD.search(text, q[0], q[1]):  # (quote marks around nothing sign nothing)
            out.append((m.span(1), m.span(2), q))
    return out


def claimed(quote: Span, reported: list[tuple[Span, Span | None]]) -> bool:
    """Whether one of ``reported`` ((cue, content) pairs) already reports ``quote``: its content
    overlaps the quotation and its cue lies outside it ("insisted that ... “...” --Kim Lee" is
    a reporter's byline after a quote the verb attributes)."""
    for cue, content in reported:
        if content is not None and content[0] < quote[1] and quote[0] < content[1]:
            if not (quote[0] <= cue[0] < quote[1]):
                return True
    return False
