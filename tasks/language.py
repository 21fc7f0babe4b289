"""Guess an article's language from its function words, to flag scores that assume English.

Pure and cheap: counts very common words of a few European languages; no model, no download.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse, repeat

_WORD = re.compile(r"[^\W\d_]+")
# UTF-8 byte table: ASCII letters kept, every other ASCII byte a space; bytes of non-ASCII
# characters pass unchanged (they never contain an ASCII byte).
_ASCII_LETTERS = bytes(b if b >= 128 or chr(b).isalpha() else 32 for b in range(256))
# The most frequent function words of each language, few of which are shared across them.
_FUNCTION_WORDS = {
    "en": "the of and to in is that for it was on with as by at from this be are have not but which were has they their said".split(),
    "fr": "le la les des est dans pour qui une sur pas que avec du au aux ce sont par plus ont été cette mais elle ils".split(),
    "de": "der die das und ist nicht mit sich auf für dem den ein eine auch von zu im bei sie wird wurde sind nach".split(),
    "es": "el los las del que en por con una para es se su al lo como más pero sus fue este está han ha".split(),
    "it": "il di che è per una della con non sono del gli le più alla anche nel come questo ha ma dei".split(),
    "pt": "o os as do da dos das em que para com uma não por se mais foi ao como mas seu sua são".split(),
    "nl": "de het een van en in is dat op te zijn voor met niet die aan er ook als bij door wordt werd".split(),
}

# The guess reads the opening this many characters (~500 words): enough, and it keeps long texts cheap.
SAMPLE_CHARS = 3_000
# Below this many words a guess is noise.
MIN_WORDS = 20
# The winner needs this share of all words, and a clear lead over the runner-up.
MIN_SHARE = 0.08
MIN_LEAD = 1.5
UNKNOWN = "unknown"


def _words(low: str) -> list[str]:
    """The ``_WORD`` runs of ``low`` (in another order): white-space tokens of the text with ASCII
    non-letters blanked are runs already when ASCII; only the others need the regex."""
    blanked = low.encode("utf-8", "surrogatepass").translate(_ASCII_LETTERS).decode("utf-8", "surrogatepass")
    tokens = blanked.split()
    if low.isascii():
        return tokens
    words = list(filter(str.isascii, tokens))
    for token in filterfalse(str.isascii, tokens):
        words += _WORD.findall(token)
    return words


def detect_language(text: str) -> str:
    """ISO 639-1 code of the likeliest language among en, fr, de, es, it, pt, nl; else 'unknown'.

    Only the opening SAMPLE_CHARS characters are read: the language an article opens in.
    """
    words = _words(text[:SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS:
        return UNKNOWN
    # Count every word once in C (Counter), then sum each language's function words.
    get = Counter(words).get
    hits = {language: sum(map(get, function_words, repeat(0))) for language, function_words in _FUNCTION_WORDS.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_SHARE * len(words) or top < MIN_LEAD * second:
        return UNKNOWN
    return best
