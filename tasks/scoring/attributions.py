"""Attribution finding: who is cited, through which reporting cue, saying what.

``find_attributions(text)`` returns one ``Attribution`` per reporting cue that has a source or a
quote next to it. Method (rules and lexicons, no model):

1. Quotes. Quote marks are paired per line: curly (“ ” ‘ ’), straight ("), PTB (`` and '') and
   guillemets. A straight mark opens after space/start/bracket and closes before space/punctuation;
   an opener while a quote is open closes the open one first (mixed or broken marks), an unclosed
   quote ends at the end of its line (news style reopens each paragraph of a long quote), and a
   stray closer quotes from the start of its line. Single curly quotes count only outside double
   quotes (inside they are nested quotes, part of the outer content).
2. Cues. One compiled regex finds reporting phrases ("according to", "told reporters", "said in a
   statement", "pointed out") and reporting verbs in two tiers (``lexicons.REPORTING_VERBS_1``:
   speech verbs; ``REPORTING_VERBS_2``: belief/perception verbs that count only with a subject
   source). Cues inside the content of a previous match, after "to" (infinitive) or after a
   determiner (noun use: "the report", "a claim") are dropped.
3. Source. Left of the cue, after skipping auxiliaries and adverbs ("has also said"), the noun
   phrase ending there: a pronoun, a run of capitalised words (with titles, initials and "and"
   between names), or a lower-case phrase back to its determiner ("the defence minister",
   "people familiar with the matter"). After a comma ("Colby, Trump's nominee, said") the subject
   at the start of the clause is used. Right of the cue, for inversions ("..., said Hegseth") and
   for "according to X".
4. Content. A quote touching the cue (or its source) on the other side makes a ``direct_quote``;
   otherwise the clause after the cue (after "that") or, for a sentence-final cue (", X said."),
   the clause before it; "according to" makes ``according_to``.
5. Source type, from the source words: outlet (lexicon of news organisations, or a capitalised
   name ending in Times/Post/News/Journal/Press/Agency/...; "media reports"), anonymous (unnamed
   officials/sources/aides, or markers such as "who asked not to be named", "familiar with"),
   vague (experts, analysts, critics, many, some, others...), organisation (capitalised names with
   organisation words, countries and capitals used for governments, "the ministry"), otherwise
   person (names, titles, role nouns, he/she). "it"/"they"/"we" take the type of the previous
   named source when there is one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicons import (
    ANONYMOUS_MARKERS,
    ANONYMOUS_NOUNS,
    CUE_PHRASES,
    NATIONALITIES,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    OUTLET_HEADS,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACE_NAMES,
    REPORTING_VERBS_1,
    REPORTING_VERBS_2,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    VAGUE_DETERMINERS,
    VAGUE_NOUNS,
)
from .sentences import split_sentences

KINDS = ("direct_quote", "indirect", "according_to")
SOURCE_TYPES = ("person", "organisation", "outlet", "anonymous", "vague")

Span = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    kind: str
    cue: Span
    source: Span | None
    source_type: str
    content: Span | None
    source_text: str = ""
    source_key: str = ""  # normalised source for distinct counts ("" when unknown)


# --- quotes --------------------------------------------------------------------------------------
_QUOTE_MARK = re.compile(r"``|''|[\"“”„«»]")
_SINGLE_MARK = re.compile(r"[‘’]")
_OPENERS = {"“", "„", "«", "``"}
_CLOSERS = {"”", "»", "''"}


def _line_quotes(text: str, a: int, b: int, out: list[Span]) -> None:
    """Append (start, end) spans of double-quoted stretches (marks included) in text[a:b]."""
    open_at = -1
    for m in _QUOTE_MARK.finditer(text, a, b):
        mark = m.group(0)
        s, e = m.start(), m.end()
        if mark in _OPENERS:
            kind = "open"
        elif mark in _CLOSERS:
            kind = "close"
        else:
            before = text[s - 1] if s > a else " "
            after = text[e] if e < b else " "
            if before.isspace() or before in "([{—–-/" or s == a:
                kind = "open" if not after.isspace() else ("close" if open_at >= 0 else "open")
            elif after.isspace() or after in ".,;:!?)]}—–-" or e == b:
                kind = "close"
            else:
                kind = "close" if open_at >= 0 else "open"
        if kind == "open":
            if open_at >= 0:
                out.append((open_at, s))
            open_at = s
        else:
            if open_at >= 0:
                out.append((open_at, e))
                open_at = -1
            else:
                out.append((a, e))
    if open_at >= 0:
        out.append((open_at, b))


def _line_single_quotes(text: str, a: int, b: int, doubles: list[Span], out: list[Span]) -> None:
    open_at = -1
    for m in _SINGLE_MARK.finditer(text, a, b):
        s, e = m.start(), m.end()
        if _inside(doubles, s):
            continue
        before = text[s - 1] if s > a else " "
        after = text[e] if e < b else " "
        if m.group(0) == "‘":
            if before.isspace() or before in "([{—–-" or s == a:
                open_at = s
        elif open_at >= 0 and not after.isalpha():
            if before != "s" or after in ".,;:!?":
                out.append((open_at, e))
                open_at = -1


def _inside(spans: list[Span], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def find_quotes(text: str) -> list[Span]:
    """Spans of quoted stretches, quote marks included, sorted."""
    doubles: list[Span] = []
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        if line:
            _line_quotes(text, pos, pos + len(line), doubles)
        pos += len(line) + 1
    singles: list[Span] = []
    if "‘" in text:
        for a, b in lines:
            if b > a:
                _line_single_quotes(text, a, b, doubles, singles)
    spans = sorted(doubles + singles)
    return spans


# --- cues ----------------------------------------------------------------------------------------
_TIER2 = frozenset(REPORTING_VERBS_2) - frozenset(REPORTING_VERBS_1)
_VERB_SET = frozenset(REPORTING_VERBS_1) | _TIER2
# Phrases keyed by first word: {"according": [["according", "to"]], ...}, longest first.
_PHRASE_TABLE: dict[str, list[list[str]]] = {}
for _p in sorted(CUE_PHRASES, key=lambda p: -len(p.split())):
    _PHRASE_TABLE.setdefault(_p.split()[0], []).append(_p.split())
_CUE_WORD = re.compile(r"(?<![\w’'-])[A-Za-z]+(?![\w’'-])")


def _find_cues(text: str) -> list[Span]:
    """Cue spans in text order: one regex pass over words, set look-ups, phrase extension."""
    out: list[Span] = []
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _CUE_WORD.finditer(text)]
    n = len(words)
    i = 0
    while i < n:
        w, a, b = words[i]
        hit = None
        for phrase in _PHRASE_TABLE.get(w, ()):
            k = len(phrase)
            if i + k <= n and all(words[i + j][0] == phrase[j] for j in range(1, k)):
                # words of a phrase must be adjacent (only white space between them)
                if all(not text[words[i + j - 1][2]:words[i + j][1]].strip() for j in range(1, k)):
                    hit = (a, words[i + k - 1][2], k)
                    break
        if hit is not None:
            out.append((hit[0], hit[1]))
            i += hit[2]
            continue
        if w in _VERB_SET:
            out.append((a, b))
        i += 1
    return out


# Forms that are more often nouns: need a subject right before them.
_NOUNISH = frozenset(
    """report reports claim claims note notes comment comments remarks remark question estimate
    estimates charge charges call calls hint hints echo echoes counter counters blame threat
    warning support plan plans view views doubt doubts fear fears hope hopes worries concern
    find finds dispute quip tweet tweets posted learned promise promises state""".split()
)
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'&\-]\w+)*(?:\.\d+)*|``|''|[^\w\s]")
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
    r"(?:week|month|year|day|morning|afternoon|evening|night)|on\s+\w+day|\w+day|yesterday|today|"
    r"(?:in|on|at|during)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,3}?(?:statement|post|tweet|"
    r"interview|letter|speech|conference|briefing|release|appearance|email|call|hearing)"
    r"(?:\s+(?:on|with)\s+[\w.’']+(?:\s+[A-Z][\w.’']*)*)?|"
    r"(?:in|at)\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*))+")
_SKIP_LEFT = frozenset(
    """has have had also later previously reportedly then once again repeatedly publicly
    privately recently earlier would will could did does do not never just already since first
    further quickly flatly bluntly simply had since ultimately initially separately""".split()
)
_CLAUSE_STOP = frozenset(
    """that which who whom whose when while as because if but or after before than where since
    though although so to of for with by from on in at into about over under between against
    during without is was are were be been being has have had would will could should can may
    might must do did does not said says say told tells added wrote noted also there here this
    what how why it its""".split()
)
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
    before for to from about during since""".split()
)


@dataclass
class _Ctx:
    text: str
    quotes: list[Span]
    quote_starts: list[int]
    sentences: list[Span]
    sentence_starts: list[int]


def _sentence_of(ctx: _Ctx, pos: int) -> Span:
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    if i >= 0 and ctx.sentences[i][0] <= pos < ctx.sentences[i][1]:
        return ctx.sentences[i]
    # between sentences: the line around pos
    a = ctx.text.rfind("\n", 0, pos) + 1
    b = ctx.text.find("\n", pos)
    return (a, len(ctx.text) if b < 0 else b)


def _quote_ending_before(ctx: _Ctx, pos: int, floor: int) -> Span | None:
    """The quote whose closing mark sits right before pos (only spaces/commas between)."""
    i = bisect.bisect_right(ctx.quote_starts, pos) - 1
    while i >= 0:
        q = ctx.quotes[i]
        if q[1] <= pos:
            gap = ctx.text[q[1]:pos]
            if q[1] >= floor and len(gap) <= 4 and not gap.strip(" ,;:—–-\u00a0"):
                return q
            return None
        i -= 1
    return None


def _quote_starting_after(ctx: _Ctx, pos: int, limit: int) -> Span | None:
    i = bisect.bisect_left(ctx.quote_starts, pos)
    if i < len(ctx.quotes):
        q = ctx.quotes[i]
        gap = ctx.text[pos:q[0]]
        if q[0] < limit + 2 and len(gap) <= 7 and not gap.strip(" ,;:—–-\u00a0").lower().replace("that", ""):
            return q
    return None


def _tokens(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]


def _skippable(tok: str) -> bool:
    low = tok.lower()
    return low in _SKIP_LEFT or (low.endswith("ly") and len(low) > 4 and tok.islower())


def _left_np(toks: list[tuple[str, int, int]], end: int) -> tuple[int, int] | None:
    """Indices [i, end) of the noun phrase that ends at token index end (exclusive)."""
    i = end - 1
    while i >= 0 and _skippable(toks[i][0]):
        i -= 1
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
        if low in _CLAUSE_STOP or low in _PRONOUNS:
            break
        # a lower-case word: part of "Japanese defense officials", "people familiar with..."
        start = i
        words += 1
        i -= 1
    if start is None:
        return None
    # trim a leading capitalised sentence opener such as "But" / "And"
    while start <= last and toks[start][0].lower() in ("but", "and", "so", "yet", "then"):
        start += 1
    if start > last:
        return None
    head = toks[last][0]
    if not (head[0].isupper() or head[0].isdigit() or head.lower() in _SOURCE_HEADS):
        return None  # "the newly laid plans", "dedicated reporting": not a source
    return (start, last + 1)


def _right_np(toks: list[tuple[str, int, int]], begin: int) -> tuple[int, int] | None:
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
            break
        if words and low in _STOP_RIGHT and not (low == "of" or low == "and"):
            break
        if words == 0 and not (t[0].isupper() or low in _RIGHT_DETERMINERS or low in VAGUE_NOUNS
                               or low in ANONYMOUS_NOUNS or low in OUTLET_NOUNS):
            return None
        words += 1
        i += 1
    if words == 0:
        return None
    while i - 1 > start and toks[i - 1][0].lower() in ("of", "and", "the", "a"):
        i -= 1
    first = toks[start][0]
    if not first[0].isupper() or first.lower() in _COMMON_FIRST:
        # a lower-case phrase is a source only if it ends in a source noun ("said the official")
        head = toks[i - 1][0].lower()
        if not any(t[0][:1].isupper() for t in toks[start:i]) and head not in _SOURCE_HEADS:
            return None
    return (start, i)


# --- source classification -----------------------------------------------------------------------
_OUTLET_SET = frozenset(OUTLET_NAMES)
_OUTLET_STRIP = re.compile(r"^(?:the|a|an)\s+", re.I)
_ANON_RE = re.compile("|".join(re.escape(m) for m in ANONYMOUS_MARKERS), re.I)
_WORDS = re.compile(r"[\w’'.&\-]+")
_POSSESSIVE = re.compile(r"'s$")
_THAT = re.compile(r"\s*(?:,\s*)?that\b")


def classify_source(source: str, after: str = "") -> str:
    """Source type of a source phrase; ``after`` is the text between the source and its cue."""
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
    if _ANON_RE.search(low) or _ANON_RE.search(after):
        return "anonymous"
    if bare in _OUTLET_SET or low in _OUTLET_SET:
        return "outlet"
    caps = [w for w in words if w[:1].isupper()]
    head = lows[-1]
    if caps:
        # a run of capitalised words ending in Times/News/Press... is a news outlet
        if words[-1][:1].isupper() and head in OUTLET_HEADS and len(caps) >= 2:
            return "outlet"
        for k in range(len(lows)):
            if " ".join(lows[k:]) in _OUTLET_SET and words[k][:1].isupper():
                return "outlet"
    if head in OUTLET_NOUNS or (head in ("report", "reports") and any(w in OUTLET_NOUNS for w in lows)):
        return "outlet"
    if head in ANONYMOUS_NOUNS and not _has_name(words):
        if lows[0] in VAGUE_DETERMINERS and head not in ("source", "sources", "official", "officials"):
            return "vague"
        return "anonymous"
    if lows[0] in VAGUE_DETERMINERS and not caps:
        return "vague"
    if head in VAGUE_NOUNS and not _has_name(words):
        return "vague"
    if caps:
        if any(w in ORGANISATION_WORDS for w in lows if w) or any(w.isupper() and len(w) >= 2 and w not in ("US", "UK") and not w.endswith(".") for w in caps if not w.lower() in TITLE_WORDS):
            return "organisation" if not _has_title(lows) else "person"
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


_COMMON_FIRST = (VAGUE_NOUNS | ANONYMOUS_NOUNS | VAGUE_DETERMINERS | _DETERMINERS | OUTLET_NOUNS
                 | ORGANISATION_NOUNS) - frozenset(["pentagon", "congress", "senate", "parliament"])


_SOURCE_HEADS = (PERSON_ROLE_NOUNS | ANONYMOUS_NOUNS | VAGUE_NOUNS | ORGANISATION_NOUNS | OUTLET_NOUNS)


def _has_title(lows: list[str]) -> bool:
    return any(w.rstrip(".") in TITLE_WORDS for w in lows)


def _has_name(words: list[str]) -> bool:
    """A capitalised word that is not just a nationality/organisation modifier or title."""
    for w in words:
        if w[:1].isupper():
            lw = w.lower().rstrip(".")
            if lw in TITLE_WORDS or lw in ORGANISATION_WORDS or lw in PLACE_NAMES:
                continue
            if lw in NATIONALITIES:
                continue
            return True
    return False


def normalise_source(source: str, source_type: str) -> str:
    """A key for distinct-source counts: surname for people, bare lower-case name otherwise."""
    words = [w.strip(".,").replace("’", "'") for w in _WORDS.findall(source)]
    words = [_POSSESSIVE.sub("", w) for w in words if w]
    if source_type == "person" and _has_name(words):
        caps = [w for w in words if w[:1].isupper() and w.lower().rstrip(".") not in TITLE_WORDS]
        if caps:
            return caps[-1].lower()
        return " ".join(w.lower() for w in words if w.lower() not in _DETERMINERS)
    return " ".join(w.lower() for w in words if w.lower() not in ("the", "a", "an"))


# --- main ----------------------------------------------------------------------------------------
def find_attributions(text: str, sentences: list[Span] | None = None) -> list[Attribution]:
    """All attributions in ``text`` in order of their cues (see module doc for the method).

    ``sentences`` may pass ``split_sentences(text)`` when the caller already has it."""
    if not isinstance(text, str) or not text:
        return []
    cues = _find_cues(text)
    if not cues:
        return []
    quotes = find_quotes(text)
    if sentences is None:
        sentences = split_sentences(text)
    ctx = _Ctx(text, quotes, [q[0] for q in quotes], sentences, [s[0] for s in sentences])
    out: list[Attribution] = []
    last_named: tuple[str, str] | None = None  # (type, key)
    tok_cache: dict[Span, list[tuple[str, int, int]]] = {}
    for cs, ce in cues:
        low = " ".join(text[cs:ce].lower().split())
        sent = _sentence_of(ctx, cs)
        toks = tok_cache.get(sent)
        if toks is None:
            toks = tok_cache[sent] = _tokens(text, sent[0], sent[1])
        ci = bisect.bisect_left([t[1] for t in toks], cs)
        cj = ci
        while cj < len(toks) and toks[cj][2] <= ce:
            cj += 1
        prev = toks[ci - 1][0].lower() if ci > 0 else ""
        is_phrase = " " in low
        if low == "according to":
            res = _according_to(ctx, toks, ci, cj, sent)
        else:
            if prev in ("to", "the", "a", "an", "so-called", "his", "her", "their", "its", "our", "my", "this", "that's") and not is_phrase:
                continue
            res = _verb_attribution(ctx, toks, ci, cj, sent, low, cs, ce)
        if res is None:
            continue
        kind, src, content = res
        source_type = "vague"
        key = ""
        src_text = ""
        if src is not None:
            src_text = text[src[0]:src[1]]
            between = text[src[1]:cs] if src[1] <= cs else ""
            pl = src_text.lower()
            if pl in _PRONOUNS:
                role = _PRONOUNS[pl]
                if role == "person":
                    source_type = "person"
                    if last_named and last_named[0] == "person":
                        key = last_named[1]
                elif last_named:
                    source_type, key = last_named
                else:
                    source_type = "organisation" if pl in ("it", "we") else "vague"
            else:
                source_type = classify_source(src_text, between[:80])
                if source_type in ("person", "organisation", "outlet"):
                    key = normalise_source(src_text, source_type)
                    last_named = (source_type, key)
        out.append(Attribution(kind, (cs, ce), src, source_type, content, src_text, key))
    return out


def _trim(text: str, a: int, b: int) -> Span | None:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    if b - a < 2:
        return None
    return (a, b)


def _according_to(ctx: _Ctx, toks, ci, cj, sent) -> tuple[str, Span | None, Span | None] | None:
    np = _right_np(toks, cj)
    src = None
    src_end = toks[cj - 1][2]
    if np is not None:
        src = (toks[np[0]][1], toks[np[1] - 1][2])
        src_end = src[1]
    text = ctx.text
    cs = toks[ci][1]
    # content: the rest of the sentence, on whichever side of "according to X" has more of it
    before = _trim(text, sent[0], cs)
    after = _trim(text, src_end, sent[1])
    la = before[1] - before[0] if before else 0
    lb = after[1] - after[0] if after else 0
    content = before if la >= lb else after
    return ("according_to", src, content)


def _verb_attribution(ctx: _Ctx, toks, ci, cj, sent, low, cs, ce):
    text = ctx.text
    first = low.split()[0]
    tier2 = first in _TIER2 and " " not in low
    nounish = first in _NOUNISH and " " not in low
    # source on the left
    src: Span | None = None
    k = ci - 1
    while k >= 0 and _skippable(toks[k][0]):
        k -= 1
    left_comma = k >= 0 and toks[k][0] in (",", "”", "''", '"', "—", "–")
    np = None
    if k >= 0 and not left_comma:
        tail = _ANON_TAIL.search(text, sent[0], toks[k][2])
        if tail is not None:
            ti = bisect.bisect_left([t[1] for t in toks], tail.start() + 1)
            np = _left_np(toks, ti)
            if np is not None:
                np = (np[0], k + 1)
        if np is None:
            np = _left_np(toks, ci)
    if np is not None:
        src = (toks[np[0]][1], toks[np[1] - 1][2])
    src_right = False
    if src is None and left_comma:
        rnp = None if first.endswith("ing") else _right_np(toks, cj)
        # "..., said Hegseth" / "“...,” said the official"
        if rnp is not None:
            src = (toks[rnp[0]][1], toks[rnp[1] - 1][2])
            src_right = True
        elif toks[k][0] == ",":
            src = _clause_subject(toks, k)
    if src is not None and src[1] <= src[0]:
        src = None
    if src is None and (tier2 or nounish):
        return None
    if tier2 and text[src[0]:src[1]].lower() in ("i", "we", "you", "they"):
        return None  # "I think", "we want": opinion in passing, rarely an attribution
    # content: a quote touching the cue/source on the side away from the source
    if src is not None and not src_right and src[0] < cs:
        qb = _quote_ending_before(ctx, src[0], sent[0])
    else:
        qb = _quote_ending_before(ctx, cs, sent[0])
    after_pos = src[1] if src_right and src else ce
    qa = _quote_starting_after(ctx, after_pos, after_pos + 8)
    if qa is not None and (qb is None or qb[1] < sent[0]):
        return ("direct_quote", src, qa)
    if qb is not None:
        return ("direct_quote", src, qb)
    if src is None:
        return None
    # indirect: clause after the cue, else the clause before the source
    a = after_pos
    m = _CUE_TAIL.match(text, a, sent[1])
    if m:
        a = m.end()
    m = _THAT.match(text, a, min(sent[1], a + 12))
    if m:
        a = m.end()
    after = _trim(text, a, sent[1])
    parenthetical = text[a:a + 2].lstrip()[:1] == "," and not src_right
    if after is not None and (after[1] - after[0]) > 12 and not src_right and not parenthetical:
        return ("indirect", src, after)
    before_end = min(src[0], cs)
    before = _trim(text, sent[0], before_end)
    if before is not None and (before[1] - before[0]) > 12:
        return ("indirect", src, before)
    if tier2:
        return None
    return ("indirect", src, after)


def _clause_subject(toks, k) -> Span | None:
    """Subject at the start of the clause that ends at token k (for "X, role, said" and
    "China rebuked ..., saying")."""
    i = 0
    # skip a leading adverbial ("In response,", "On Friday,")
    for j in range(min(k, 8)):
        if toks[j][0] == ",":
            if toks[0][0][:1].isupper() and toks[0][0].lower() in _CLAUSE_STOP | {"in", "on", "at", "after", "during", "meanwhile", "however"}:
                i = j + 1
            break
    while i < k and not toks[i][0][0].isalnum():
        i += 1
    if i >= k:
        return None
    t = toks[i][0]
    if t.lower() in _PRONOUNS:
        return (toks[i][1], toks[i][2])
    j = i
    name_start = t[0].isupper() and t.lower() not in _DETERMINERS
    while j < k and j - i < 8:
        w = toks[j][0]
        lw = w.lower()
        if w[0].isalnum():
            if j > i and (lw in _CLAUSE_STOP or lw in _PRONOUNS) and not w[0].isupper():
                break
            if j > i and name_start and not w[0].isupper() and lw not in ("of", "and"):
                break
        elif not (w == "." or w in ("’", "'", "-")):
            break
        j += 1
    if j == i:
        return None
    return (toks[i][1], toks[j - 1][2])
