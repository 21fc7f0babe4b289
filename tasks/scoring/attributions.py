"""Attribution finding: who is cited, through which reporting cue, saying what.

``find_attributions(text)`` returns one ``Attribution`` per reporting cue, in text order:

1. Quotes (``quotes.find_quotes``): curly, straight, PTB and guillemet marks paired per line.
2. Cues (``cues``): every candidate token of each sentence is scored by a sparse logistic model
   (word, neighbours, subject class; fitted on PolNeAR train), then rescored against the other
   candidates of its sentence (``cues.sentence_scores``); a cue that cites no one is judged by its
   token score alone, with a margin; a cue is extended to a known phrase
   ("according to", "told reporters", "said in a statement").
3. Source (``sources``): the noun phrase left of the cue past auxiliaries ("is demanding"),
   right of it for inversions ("..., said Hegseth") and "according to X", the agent of a passive
   ("was endorsed by X"; a passive without one cites no one), the antecedent of ", who", or the
   subject of the clause for a cue after a comma or a coordinated verb ("... and accused"), or the
   source of the reporting clause such a cue goes on ("The race is close, Lee said, adding"); for a
   gerund that opens the sentence, the main clause's subject ("In defending himself, Trump
   offered": Trump; attached once the cue is accepted, which is judged as before).
   ``benchmarks/scoring_sources.py`` measures them against PolNeAR's Source spans.
4. Content: a quote touching the cue (or its source) on the other side makes a ``direct_quote``;
   otherwise the clause after the cue (after "that") or, for a sentence-final cue (", X said."),
   the clause before it; "according to" makes ``according_to``. A content after its cue ends
   where a later attribution of the sentence begins after a comma or an "and" (", saying", "and
   praised"), and a speaker's quote goes on through the quotes that follow it with no cue of
   their own ("“A,” he said. “B.”"; the one span then holds the cue too). A quotation signed by
   a dash and a name that ends its line ("“...” ― Sonya Herridge") is a direct quote with the
   dash as its cue (``signatures``), unless an attribution already reports it.
   ``benchmarks/scoring_sources.py`` measures contents against PolNeAR's Content spans.
5. Source type (``sources.classify_source``); "it"/"they"/"we" take the type of the previous
   named source when there is one, and "he"/"she" the latest person whose gender, as far as the
   text tells (``genders``), fits: cited, or named as the subject of its sentence or of the two
   before. An unnamed role ("the president") is keyed as the one person the text titles so
   ("President Obama"; ``roles``), and two people of one surname by their first names
   (``people``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, takewhile

from .cue_model import SENTENCE_THRESHOLD, SOURCELESS_MARGIN, THRESHOLD
from .cues import CANDIDATES, fast_cue_score, sentence_scores
from .genders import FEMALE, MALE, combine, compatible, phrase_gender
from .lexicons import (
    ANONYMOUS_NOUNS,
    CUE_PHRASES,
    MONTHS,
    NATIONALITIES,
    NUMBER_WORDS,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    PERSON_ROLE_NOUNS,
    REPORTING_VERBS_1,
    REPORTING_VERBS_2,
    TITLE_WORDS,
)
from .quotes import find_quotes
from .signatures import claimed, signed_quotes
from .people import People, read_people
from .records import KEY_SEPARATOR, Attribution
from .roles import key_role, named_by_role, titled_mentions
from .sentences import split_sentences
from .subjects import clause_subject, plural_noun
from .sources import (
    _ANON_TAIL,
    _CUE_TAIL,
    _DAY_WORDS,
    _PRONOUNS,
    _RECORD_HEADS,
    _THAT,
    FINITE_AUXILIARIES,
    KNOWN_FIRST_NAMES,
    classify_source,
    left_np,
    is_source_head,
    names_a_person,
    normalise_source,
    outlet_name,
    right_np,
    _TOKEN,
    skippable,
    tokens,
)

__all__ = ["KINDS", "SOURCE_TYPES", "Attribution", "classify_source", "find_attributions", "find_quotes"]

KINDS = ("direct_quote", "indirect", "according_to")
SOURCE_TYPES = ("person", "organisation", "outlet", "anonymous", "vague")

Span = tuple[int, int]
Token = tuple[str, int, int]  # (text, start, end)
Reported = tuple[Span, Span | None, str, Span | None]  # an accepted cue: its source, kind, content
# a cue citing no one must pass the token score's stricter bar: the sentence rescoring lifts
# lone weak candidates, which in texts of vague claims are seldom attributions
_SOURCELESS_CUT = THRESHOLD + SOURCELESS_MARGIN
_QUOTE_TOKENS = frozenset(['"', "“", "”", "``", "''", "‘", "’"])
_WORD_CHAR = re.compile(r"\w")
# a capitalised name of up to four words that owns what follows ("Mr. Obama's", "Francis' message")
_OWNER = re.compile(r"((?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)['’]s?\s")
# "he" or "she" cites one of the people cited latest (a bound, so that a text of thousands of
# people costs no more per pronoun than an article does)
_RECENT_PEOPLE = 20
# An anonymous tail ("... who asked not to be named") ends at the cue and is at most about 100
# characters long, so its search need not start further back (one long sentence stays linear).
_ANON_TAIL_REACH = 400
# "he" or "she" may cite the subject of its sentence or of this many before it, though no one cited it
_SUBJECT_SENTENCES = 2
# marks that end what a pronoun after them reports ("..., he said", "...,” she said)
_REPORTED_BEFORE = frozenset(',”"\'’:')
# an indefinite source is not the one titled person ("a spokesman", "another senator")
_INDEFINITE = frozenset("a an another one some any".split())
# Phrases (two words or more) keyed by their first two words, so that a cue followed by no
# phrase's second word tries none: {("according", "to"): [["according", "to"]], ...}, longest first.
_PHRASE_TABLE: dict[tuple[str, str], list[list[str]]] = {}
for _words in sorted((p.split() for p in CUE_PHRASES), key=len, reverse=True):
    _PHRASE_TABLE.setdefault((_words[0], _words[1]), []).append(_words)


@dataclass
class _Ctx:
    text: str
    quotes: list[Span]
    quote_starts: list[int]
    sentences: list[Span]
    sentence_starts: list[int]
    genders: dict[str, str]  # {person key: its gender in this text}, filled as people are cited
    words: list[str]  # the text's tokens
    starts: list[int]  # where each token starts
    ends: list[int]  # and ends
    people: People | None = None  # read_people(words), when first needed
    titled: list[tuple[str, str, frozenset[str], str]] | None = None  # titled_mentions(words), when first needed
    linked: dict[str, tuple[str, str]] = field(default_factory=dict)  # {role key: named_by_role(key, titled)}
    cited_at: dict[str, int] = field(default_factory=dict)  # {person key: where it was last cited}
    outlets: dict[str, str] = field(default_factory=dict)  # {last word: the outlet key first named so}
    last_outlet: str = ""  # the key of the outlet cited latest by its name
    bodies: dict[str, str] = field(default_factory=dict)  # {last word: the organisation key cited latest so}
    subjects: dict[int, tuple[int, str, str] | None] = field(default_factory=dict)  # {sentence: _subject}
    signers: frozenset[int] = frozenset()  # where the names that sign quotes start (``signatures``)
    speakers: dict[Span, int] = field(default_factory=dict)  # {source: where its speaker ends} (``_postmodified``)


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


# A role phrase between commas before a name in apposition ("''...,'' the White House spokesman,
# Josh Earnest, said"): no comma or double quote inside (a lone apostrophe may be a possessive).
_ROLE_GAP = re.compile(r"[\s,]*((?:[^,“”\"`']|(?<!')'(?!')){1,100}),\s*")
_REPORTING = frozenset(REPORTING_VERBS_1) | frozenset(REPORTING_VERBS_2)
_ROLE_DETERMINERS = frozenset("the a an another his her their its our".split())


def _role_before(text: str, lo: int, pos: int) -> int | None:
    """Where a role phrase that ends in a source noun stands between lo and a name at pos
    ("Sanders's campaign manager, Jeff Weaver"), or None (a time or place is no role: "on Monday,")."""
    m = _ROLE_GAP.fullmatch(text, lo, pos)
    if m is None:
        return None
    raw = m.group(1).split()
    words = [w.strip(".,'’").lower() for w in raw]
    if not words or not _REPORTING.isdisjoint(words):
        return None  # (nor a speaker's own clause: "'' said George Bruno, a former chairman,")
    # a role ends in a source noun, or is owned or determined ("the assailant", "Hunter's chief of staff")
    owned = any(w.endswith(("'s", "’s")) for w in raw)
    if not (is_source_head(words[-1]) or owned or words[0] in _ROLE_DETERMINERS):
        return None
    return m.start(1)


def _quote_before_role(ctx: _Ctx, pos: int, floor: int) -> Span | None:
    """The quote whose closing mark is one role phrase before a name at pos, or None."""
    i = bisect.bisect_right(ctx.quote_starts, pos) - 1
    while i >= 0:
        q = ctx.quotes[i]
        if q[1] <= pos:
            return q if q[1] >= floor and _role_before(ctx.text, q[1], pos) is not None else None
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


def _phrase_end(toks: list[Token], i: int) -> int:
    """Token index after the cue starting at i, extended to a known phrase ("told reporters")."""
    n = len(toks)
    if i + 1 >= n:
        return i + 1
    for phrase in _PHRASE_TABLE.get((toks[i][0].lower(), toks[i + 1][0].lower()), ()):
        k = len(phrase)
        if i + k <= n and all(toks[i + m][0].lower() == phrase[m] for m in range(2, k)):
            return i + k
    return i + 1


def _attribute(ctx: _Ctx, toks: list[Token], ci: int, cj: int, sent: Span,
               prior: Reported | None = None) -> tuple[str, Span | None, Span | None]:
    """(kind, source, content) of the cue toks[ci:cj]; ``prior``: the attribution accepted
    before it in the sentence."""
    low = toks[ci][0].lower() if cj == ci + 1 else " ".join(t[0].lower() for t in toks[ci:cj])
    if low == "according to":
        return _according_to(ctx, toks, ci, cj, sent)
    return _verb_attribution(ctx, toks, ci, cj, sent, low, toks[ci][1], toks[cj - 1][2], prior)


# One-character tokens that end a piece between spaces right after a word (not "_", a word
# character, nor white space; "’", "'" and "." join a word only to a character after them).
_FINAL_MARKS = frozenset(',.;:?!)”"’\'')


def _tokenise(text: str) -> tuple[list[str], list[int], list[int]]:
    """(strings, starts, ends) of ``sources.tokens(text, 0, len(text))``. No token holds white
    space, so the text's pieces between spaces are tokenised one by one, and a piece of word
    characters only (str.isalnum: \\w but "_") is one whole token, found without the regex."""
    strs: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for piece in text.split(" "):
        n = len(piece)
        if piece.isalnum():
            strs.append(piece)
            starts.append(pos)
            ends.append(pos + n)
        elif n > 1 and piece[-1] in _FINAL_MARKS and piece[:-1].isalnum():
            # "said,", "it.": a word, then a mark that joins nothing (no character follows it)
            strs += (piece[:-1], piece[-1])
            starts += (pos, pos + n - 1)
            ends += (pos + n - 1, pos + n)
        elif piece:
            for m in _TOKEN.finditer(piece):
                strs.append(m.group())
                starts.append(pos + m.start())
                ends.append(pos + m.end())
        pos += n + 1
    return strs, starts, ends


def new_context(text: str, quotes: list[Span], spans: list[Span]) -> _Ctx:
    """The state of one text's attribution pass (also what the cue model's fit reads)."""
    # Tokens of the whole text once: a sentence's tokens are those starting inside it, as long as
    # white space (or the text's ends) surrounds it, which holds for split_sentences spans.
    strs, starts, ends = _tokenise(text)
    return _Ctx(text, quotes, [q[0] for q in quotes], spans, [s[0] for s in spans], {}, strs, starts, ends)


def find_attributions(text: object, sentences: Iterable[Sequence[int]] | None = None) -> list[Attribution]:
    """All attributions in ``text`` in order of their cues (see module doc for the method).

    ``sentences`` may pass ``split_sentences(text)`` when the caller already has it; any pairs of
    offsets will do (lists from JSON or Arrow too)."""
    if not isinstance(text, str) or not text:
        return []
    quotes = find_quotes(text)
    spans = split_sentences(text) if sentences is None else [(int(s[0]), int(s[1])) for s in sentences]
    ctx = new_context(text, quotes, spans)
    strs, starts, ends, quote_starts = ctx.words, ctx.starts, ctx.ends, ctx.quote_starts
    infos = list(map(CANDIDATES.__getitem__, strs))
    cand = list(compress(range(len(strs)), infos))  # tokens that may score above the threshold
    n_text = len(text)
    out: list[Attribution] = []
    cited: list[str] = []  # keys of the people cited, latest last: whom "he" and "she" cite
    last_group: tuple[str, str] | None = None  # (type, key) of the last named organisation or outlet
    last_plural: tuple[str, str] | None = None  # (type, key) of the last source not a person: whom "they" cite
    signed = signed_quotes(text, quotes)
    signed_cues = [s[0][0] for s in signed]
    ctx.signers = frozenset(s[1][0] for s in signed)
    for sent in spans:
        a, b = sent
        lo = bisect.bisect_left(starts, a)
        hi = bisect.bisect_left(starts, b)
        c0 = bisect.bisect_left(cand, lo)
        s0 = bisect.bisect_left(signed_cues, a)
        s1 = bisect.bisect_left(signed_cues, b, s0)
        if (c0 >= len(cand) or cand[c0] >= hi) and s0 == s1:
            continue  # no candidate can pass the threshold: no attribution in this sentence
        aligned = (a == 0 or text[a - 1].isspace()) and (b >= n_text or text[b].isspace())
        if not aligned:  # a span from elsewhere: tokenise it on its own
            toks = tokens(text, a, b)
            s_strs = [t[0] for t in toks]
            s_infos = [CANDIDATES[t] for t in s_strs]
            s_starts = [t[1] for t in toks]
            s_cand = [i for i, x in enumerate(s_infos) if x]
            base = 0
            s_hi = len(toks)
        else:
            toks = None  # built when a cue is accepted
            s_strs, s_infos, s_starts, base, s_hi = strs, infos, starts, lo, hi
            c1 = bisect.bisect_left(cand, hi, c0)
            s_cand = cand[c0:c1]
        sentence_quote = not _QUOTE_TOKENS.isdisjoint(s_strs[base:s_hi])
        zs = []
        for gi in s_cand:
            pos = s_starts[gi]
            q = bisect.bisect_right(quote_starts, pos) - 1
            in_quote = q >= 0 and quotes[q][0] <= pos < quotes[q][1]
            zs.append(fast_cue_score(s_strs, gi, base, s_hi, s_infos[gi], in_quote, sentence_quote))
        found: list[tuple[float, Span, str, Span | None, Span | None]] = []
        done = 0  # tokens before this belong to an earlier cue phrase
        for gi, z1, z in zip(s_cand, zs, sentence_scores(zs)):
            ci = gi - base
            if ci < done or (z <= SENTENCE_THRESHOLD and z1 <= _SOURCELESS_CUT):
                continue
            if toks is None:
                toks = list(zip(strs[lo:hi], starts[lo:hi], ends[lo:hi]))
            cj = _phrase_end(toks, ci)
            prior: Reported | None = (found[-1][1], found[-1][3], found[-1][2], found[-1][4]) if found else None
            kind, src, content = _attribute(ctx, toks, ci, cj, sent, prior)
            if src is None and kind == "indirect":
                if z1 <= _SOURCELESS_CUT:
                    continue  # a cue that cites no one (no source, no quote) must score higher
            elif z <= SENTENCE_THRESHOLD:
                continue
            done = cj
            found.append((z, (toks[ci][1], toks[cj - 1][2]), kind, _cleaned_source(text, toks, ci, src), content))
        if s0 < s1:
            found = _signed(found, signed[s0:s1], out)
        for _z, cue, kind, src, content in _final_sources(text, toks, _end_contents(text, _drop_nested(found))):
            src_type, key, src_text = _source_type(ctx, src, cue[0], cited, last_group, last_plural, a,
                                                   content)
            if src is not None and src_text.lower() not in _PRONOUNS:
                if src_type == "person" and src[0] in ctx.signers:
                    pass  # a signature closes its quotation: the prose after goes on about others
                elif src_type == "person":
                    # each person of "Mr. Hegseth and Ms. Kim" by the words that name them
                    named = _conjuncts(ctx, src_text) if KEY_SEPARATOR in key else [(key, src_text)]
                    for one, phrase in named:
                        if one and not _group_key(one):
                            _remember(ctx, cited, one, phrase, src[0])
                else:
                    last_plural = (src_type, key)
                    if key:
                        last_group = (src_type, key)
            elif src_type == "person" and key and key not in cited and _someone(ctx, key):
                _remember(ctx, cited, key, "", src[0])  # a subject "he" or "she" found: cited now
            out.append(Attribution(kind, cue, src, src_type, content, src_text, key))
    return _continue_quotes(ctx, out)


# a quotation may be reported by an attribution this many before the sentence of its signature
_SIGNED_LOOKBACK = 5


def _signed(found: list, signed: list[tuple[Span, Span, Span]], out: list[Attribution]) -> list:
    """``found`` with the signed quotes of its sentence (``signatures``) that no attribution
    reports already, in order of their cues."""
    reported = [(f[1], f[4]) for f in found] + [(x.cue, x.content) for x in out[-_SIGNED_LOOKBACK:]]
    added = [(0.0, dash, "direct_quote", name, quote) for dash, name, quote in signed
             if not claimed(quote, reported)]
    return sorted(found + added, key=lambda f: f[1][0]) if added else found


def _final_sources(text: str, toks: list[Token] | None, found: list) -> list:
    """``found`` with the sources that the whole sentence shows wrong mended: none for an adverb
    of hearsay ("Trump reportedly told aides" is said of Trump, by no one named) and for an empty
    "it" ("It seems", "it is not clear"), whoever makes it clear for "Lee made it clear", and
    no "that" that opens a clause ("shows that Clinton talked"). (Their first sources have
    already ended what an attribution before them reports.)"""
    out = []
    for z, cue, kind, src, content in found:
        if src is not None:
            word = text[cue[0]:cue[1]].lower()
            if word in _HEARSAY_ADVERBS:
                src = None
            elif word in _IMPERSONAL_CUES and toks is not None and text[src[0]:src[1]].lower() == "it":
                src = _maker(toks, src[0])
            elif text.startswith("that ", src[0]):
                src = _after_that(text, src)
        out.append((z, cue, kind, src, content))
    return out


def _maker(toks: list[Token], it: int) -> Span | None:
    """The subject of "made it clear" for the "it" at ``it``, or None for an empty "it"."""
    i = next((k for k, t in enumerate(toks) if t[1] == it), 0)
    if i < 1 or toks[i - 1][0].lower() not in _MAKE:
        return None
    np = left_np(toks, i - 1)
    return (toks[np[0]][1], toks[np[1] - 1][2]) if np is not None else None


# at most this many quotes in a row go on one speaker's quote ("“A,” he said. “B.” “C.”")
_CONTINUED_QUOTES = 5


def _continue_quotes(ctx: _Ctx, out: list[Attribution]) -> list[Attribution]:
    """``out`` with each direct quote that ends its sentence before the cue ("“A,” he said.") run
    on through the quotes that open the sentences right after it and have no cue of their own
    ("“B.”"): the speaker goes on. The content then spans the cue too, as one span must."""
    text = ctx.text
    cue_starts = [a.cue[0] for a in out]
    quoted_starts = {a.content[0] for a in out if a.kind == "direct_quote" and a.content is not None}
    for n, a in enumerate(out):
        if a.kind != "direct_quote" or a.content is None or a.content[1] > a.cue[0]:
            continue
        sent = _sentence_of(ctx, a.cue[0])
        rest = max(a.cue[1], a.source[1] if a.source is not None else 0)
        m = _CUE_TAIL.match(text, rest, sent[1])
        if text[m.end() if m else rest:sent[1]].strip(" .\u00a0"):
            continue  # the sentence goes on after its cue: no speaker's turn ends there
        end = 0
        pos = sent[1]
        for _ in range(_CONTINUED_QUOTES):
            i = bisect.bisect_left(ctx.quote_starts, pos)
            if i >= len(ctx.quotes) or text[pos:ctx.quotes[i][0]].strip():
                break
            q = ctx.quotes[i]
            q_sent = _sentence_of(ctx, max(q[0], q[1] - 1))
            j = bisect.bisect_left(cue_starts, q[0])
            if j < len(cue_starts) and cue_starts[j] < max(q_sent[1], q[1]) or q[0] in quoted_starts:
                break  # the quote has its own cue (a signed one's comes after it): someone else, or a new turn
            end = q[1]
            pos = max(q_sent[1], q[1])
        if end:
            out[n] = Attribution(a.kind, a.cue, a.source, a.source_type, (a.content[0], end), a.source_text,
                                 a.source_key)
    return out


_THAT_BEFORE = re.compile(r"\bthat\W*$")
# "and" or "but" right before a later cue: a second verb of the same subject ("claimed victory and praised")
_JOINED_VERB = re.compile(r"\s+(?:and|but)\s+$")


def _end_contents(text: str, found: list) -> list:
    """``found`` with each content that runs on past the comma before a later attribution of its
    sentence ended there: "claimed victory in a tweet, saying", "whether she had practiced, she
    said," report two things, and so do "claimed victory and praised". (A later cue with no comma
    before it may be nested: "said that Lee claimed".)"""
    if len(found) < 2:
        return found
    out = []
    for n, (z, cue, kind, src, content) in enumerate(found):
        # (a clause after "that" holds what it reports whole: "said that, in Ohio, Hale claimed")
        if content is not None and content[0] >= cue[1] and not _THAT_BEFORE.search(text, cue[1], content[0]):
            for m in range(n + 1, len(found)):
                lcue, lsrc = found[m][1], found[m][3]
                # (its clause starts at its source when that stands between: ", she said")
                start = lsrc[0] if lsrc is not None and content[0] < lsrc[0] < lcue[0] else lcue[0]
                if lcue[0] >= content[1]:
                    break  # (cues come in order: none later starts inside the content)
                if content[0] < start < content[1]:
                    comma = text.rfind(",", content[0], start)
                    joined = _JOINED_VERB.search(text, content[0], start) if start == lcue[0] else None
                    if comma > content[0] and not text[comma + 1:start].strip():
                        content = _trim(text, content[0], comma) or content
                    elif joined is not None:
                        content = _trim(text, content[0], joined.start()) or content  # "and praised the voters"
                    break
        out.append((z, cue, kind, src, content))
    return out


def _drop_nested(found: list) -> list:
    """Of two cues where one lies inside the other's source ("An official who asked not to be
    named said"), keep the higher-scoring one, or the one with a source when the other has none:
    a source phrase is not a second attribution."""
    keep = []
    for x in found:
        beaten = False
        for y in found:
            if y is x or y[3] is None:
                continue
            inside = y[3][0] <= x[1][0] < y[3][1] or x[3] is not None and x[3][0] <= y[1][0] < x[3][1]
            if inside and (y[0] > x[0] or x[3] is None):
                beaten = True
                break
        if not beaten:
            keep.append(x)
    return keep


_classify_source = functools.lru_cache(maxsize=1 << 16)(classify_source)
_normalise_source = functools.lru_cache(maxsize=1 << 16)(normalise_source)


def _group_key(key: str) -> bool:
    """Whether a person key is a group's or a body's, "he" or "she" for none of them ("clinton
    aides", "obama office")."""
    head = key.rpartition(" ")[2]
    return " " in key and (head.endswith("s") and is_source_head(head) or head in ORGANISATION_NOUNS
                           or head in ORGANISATION_WORDS)


def _people(ctx: _Ctx) -> People:
    if ctx.people is None:
        ctx.people = read_people(ctx.words)  # once per text, and only if a person is cited
    return ctx.people


def _gender(ctx: _Ctx, key: str) -> str:
    """The gender of the person ``key`` as the phrases citing it and the rest of the text give it
    (MIXED when they disagree: two people share a surname that no first name tells apart)."""
    return combine(ctx.genders.get(key, ""), _people(ctx).gender(key))


def _remember(ctx: _Ctx, cited: list[str], key: str, phrase: str, pos: int) -> None:
    """Move the person ``key`` to the end of ``cited`` (the latest cited), noting what its
    phrase tells of its gender and where it stands; only the latest _RECENT_PEOPLE are kept."""
    ctx.cited_at[key] = pos
    said = phrase_gender(phrase, _people(ctx).surname(key))
    ctx.genders[key] = combine(ctx.genders.get(key, ""), said)
    if key in cited:
        cited.remove(key)
    elif len(cited) >= _RECENT_PEOPLE:
        del cited[0]
    cited.append(key)


def _latest(ctx: _Ctx, cited: list[str], pronoun: str, pos: int, content: Span | None) -> str:
    """The key of the latest person that ``pronoun`` at ``pos`` may cite ("" for none): cited, or
    named as the subject of its sentence or of the _SUBJECT_SENTENCES before it ("Scott was shot
    after he brandished a gun", where no one cited Scott), though not inside what the pronoun's
    attribution reports (``content``: "Cruz is wrong, he said")."""
    best_pos = -1
    best = ""
    for key in reversed(cited):
        if compatible(pronoun, _gender(ctx, key)):
            best_pos = ctx.cited_at.get(key, -1)
            best = key
            break
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    for j in range(i, max(i - _SUBJECT_SENTENCES, 0) - 1, -1):
        if ctx.sentences[j][1] <= best_pos:
            break  # the person cited is the later
        subject = _subject(ctx, j)
        if subject is None:
            continue
        at, key, gender = subject
        if at <= best_pos:
            break  # (the subject itself named before the person cited)
        if content is not None and content[0] <= at < content[1]:
            continue
        if j == i and _mark_before(ctx.text, pos) in _REPORTED_BEFORE:
            continue  # "Hannity is not a journalist, he said": the subject is what he said
        if compatible(pronoun, gender) and _someone(ctx, key):
            return key
    return best


def _mark_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is no white space ("" for none)."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _someone(ctx: _Ctx, key: str) -> bool:
    """Whether the person key ``key`` names someone: cited, or a person's name by what the text
    tells of it (``People.names_someone``: "Scott" after "Keith Lamont Scott"; not "Crops")."""
    return key in ctx.cited_at or _people(ctx).names_someone(key)


def _source_type(ctx: _Ctx, src: Span | None, cs: int, cited: list[str],
                 last_group: tuple[str, str] | None, last_plural: tuple[str, str] | None,
                 sentence_start: int, content: Span | None) -> tuple[str, str, str]:
    """(source type, distinct-source key, source text); a pronoun cites an earlier named source
    (``_pronoun_source``)."""
    if src is None:
        return "vague", "", ""
    text = ctx.text
    src_text = text[src[0]:src[1]]
    pl = src_text.lower()
    pl = _POSSESSIVES.get(pl, pl)  # "his criticism" cites whoever "he" is
    # only quotes or marks before it in its sentence: its first capital may be the sentence's
    opens_sentence = sentence_start <= src[0] and _WORD_CHAR.search(text, sentence_start, src[0]) is None
    if pl in _PRONOUNS:
        q = bisect.bisect_right(ctx.quote_starts, src[0]) - 1
        quoted = q >= 0 and ctx.quotes[q][0] <= src[0] < ctx.quotes[q][1]
        last_person = cited[-1] if cited else ""
        if pl == "he" or pl == "she":
            last_person = ""
            if opens_sentence and not quoted:
                # "Clinton arrived. She said ...": a sentence opened by "he"/"she" most often goes
                # on about the person the sentence before was about (not so after an opener:
                # "Later, she")
                last_person = _previous_subject(ctx, sentence_start, pl)
            # else the latest person cited whose gender, as far as the text tells, fits
            last_person = last_person or _latest(ctx, cited, pl, src[0], content)
        src_type, key = _pronoun_source(pl, quoted, last_person, last_group, last_plural)
        return src_type, key, src_text
    between = text[src[1]:cs] if src[1] <= cs else ""
    speaker_end = ctx.speakers.get(src, -1)
    speaker = text[src[0]:speaker_end] if speaker_end >= 0 else src_text
    src_type = _classify_source(speaker, between[:80], opens_sentence)
    key = _normalise_source(speaker, src_type) if src_type in ("person", "organisation", "outlet") else ""
    if src_type == "person" and key and speaker_end >= 0 and not names_a_person(speaker):
        # an unnamed speaker of a named body, as "A YouTube spokeswoman": "youtube spokeswoman"
        body = src_text[len(speaker):].split(None, 1)[-1]
        body_key = _normalise_source(body, _classify_source(body, "", False))
        linked = _linked(ctx, key, speaker)  # ("The senator from Vermont": the one the text titles so)
        key = linked if linked != key else f"{body_key} {key}" if body_key else key
    elif src_type == "person" and key:
        keys = _conjunct_keys(ctx, src_text) if _AND.search(src_text) else []
        key = KEY_SEPARATOR.join(keys) if keys else _linked(ctx, key, src_text)
    elif src_type == "outlet" and key:
        key = _outlet(ctx, key, src_text)
    elif src_type == "organisation" and key:
        key = _organisation(ctx, key, src_text, opens_sentence)
    if (src_type == "organisation" or src_type == "outlet") and key and _AND.search(src_text):
        key = KEY_SEPARATOR.join(_body_keys(ctx, src_text)) or key
    return src_type, key, src_text


# "A and B", "A, B and C": one source phrase that may name several people or bodies
_AND = re.compile(r"\s(?:and|&)\s")
_OWNED_THING = re.compile(r"['’]s? +[a-z]")
_CONJUNCTS = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def _conjuncts(ctx: _Ctx, phrase: str) -> list[tuple[str, str]]:
    """(person key, its words) of each of the people that a coordinated source phrase names ("Mr.
    Hegseth and Mr. Nakatani": hegseth, nakatani), or [] unless every conjunct names someone whom
    the text gives a first name or a title (not "Trump and others", "Wednesday and Kasich",
    "Popular Christian and corporate speaker Lance Wallnau") and they are at least two people."""
    found: list[tuple[str, str]] = []
    for conjunct in _CONJUNCTS.split(phrase):
        surname = _normalise_source(conjunct, "person")
        if not surname or _OWNED_THING.search(conjunct):
            return []  # (someone's thing is no person: "Obama's refugee program and Trump")
        people = _people(ctx)
        key = people.key(conjunct, surname)
        if people.surname(key) not in people.named and not _titled(ctx, people.surname(key)):
            return []  # a person only if the text gives them a first name or a title somewhere
        found.append((key, conjunct))
    return found if len({key for key, _ in found}) > 1 else []


def _titled(ctx: _Ctx, surname: str) -> bool:
    """Whether the text titles someone of this surname ("Defense Minister Gen Nakatani")."""
    return any(mention[1] == surname for mention in _titles(ctx))


def _titles(ctx: _Ctx) -> list[tuple[str, str, frozenset[str], str]]:
    """``titled_mentions`` of the text, read once and only when first needed."""
    if ctx.titled is None:
        ctx.titled = titled_mentions(ctx.words)
    return ctx.titled


def _conjunct_keys(ctx: _Ctx, phrase: str) -> list[str]:
    """The distinct keys of ``_conjuncts``, in text order."""
    return list(dict.fromkeys(key for key, _ in _conjuncts(ctx, phrase)))


# outlets in general, which name none: "the media", "news outlets", "press reports"
_GENERIC_OUTLETS = frozenset("media newspapers outlets broadcasters reports".split())
# one outlet left unnamed: "the newspaper" is the outlet named latest, as "it" would be
_UNNAMED_OUTLETS = frozenset("newspaper paper outlet magazine tabloid broadcaster website".split())
_DEFINITE = frozenset("the this that".split())
_PRINT_OUTLETS = frozenset("newspaper paper tabloid".split())
# last words of newspapers' names ("The Washington Post"), not of agencies' or networks' ("AP")
_NEWSPAPER_HEADS = frozenset(
    """times post journal tribune herald gazette chronicle telegraph guardian observer independent
    mirror express standard inquirer courier dispatch register bulletin daily sun star examiner
    monitor globe mail shimbun ilbo nippo post-gazette""".split()
)
# capitalised words that still name no outlet: "The", "Turkish media", "News reports"
_NAMELESS_WORDS = (_GENERIC_OUTLETS | _UNNAMED_OUTLETS | NATIONALITIES | _DEFINITE
                   | frozenset("a an news press local state national foreign".split()))


_BODY_DETERMINERS = frozenset("the both".split())


def _body_keys(ctx: _Ctx, phrase: str) -> list[str]:
    """The key of each organisation or outlet that a coordinated source phrase names ("The
    Washington Post and ABC News", "the FBI and Justice Department", "The U.S. and Japan"), or []
    unless each conjunct ends in a capital or a body noun ("the Clinton campaign") and is an
    organisation's or an outlet's name (not "Parks and Recreation Department", as "Parks" alone
    would be a person's, nor "the Department of Health and Human Services")."""
    keys: list[str] = []
    for conjunct in _CONJUNCTS.split(phrase):
        words = [w for w in conjunct.split() if w.lower() not in _BODY_DETERMINERS]
        if not words:
            return []
        last = words[-1]
        if not (last[:1].isupper() or (len(words) > 1 and last.lower() in ORGANISATION_NOUNS)):
            return []  # (a name ends in a capital or a body noun: not "congressional leaders")
        body = " ".join(words)
        kind = _classify_source(body, "", False)
        if kind != "organisation" and kind != "outlet":
            return []
        key = _normalise_source(body, kind)
        if kind == "outlet":
            key = _outlet(ctx, key, body)
        if not key:
            return []
        if key not in keys:
            keys.append(key)
    return keys if len(keys) > 1 else []


def _organisation(ctx: _Ctx, key: str, phrase: str, opens_sentence: bool) -> str:
    """An organisation's key, or for "the campaign", "the poll" and the like the one the text named
    latest with that last word ("the Clinton campaign", "a Quinnipiac poll"; not "a new poll")."""
    words = phrase.split()
    if " " in key:
        # a name before the head ("the Clinton campaign", "a Quinnipiac University poll"), not a
        # description ("a new poll", "Monday night results")
        named = [w for w in words[:-1] if w.lower() not in _DEFINITE and w.lower() not in _INDEFINITE]
        if named and all(w[:1].isupper() for w in named) and not (opens_sentence and len(named) == 1
                                                                  and named[0] == words[0]):
            ctx.bodies[key.rpartition(" ")[2]] = key
        return key
    return ctx.bodies.get(key, key) if _definite_noun(words) else key


def _definite_noun(words: list[str]) -> bool:
    """Whether a phrase is "the"/"this"/"that" and a common noun ("the poll", "The newspaper"),
    which stands for one named before; a capital on the noun makes a name (the website "the Paper")."""
    return words[0].lower() in _DEFINITE and words[-1][:1].islower()


def _outlet(ctx: _Ctx, key: str, phrase: str) -> str:
    """An outlet's key: the full name of one the text named before by its last word ("the Times"
    after "The New York Times"); for "the newspaper" and the like the outlet named latest (else
    "newspaper"); none for outlets in general ("the media", "press reports")."""
    lows = key.split()
    head = lows[-1]
    if (head in _GENERIC_OUTLETS or head in _UNNAMED_OUTLETS) and all(
            w.lower() in _NAMELESS_WORDS for w in phrase.split() if w[:1].isupper()):
        if head in _GENERIC_OUTLETS:
            return ""
        definite = _definite_noun(phrase.split())
        latest = ctx.last_outlet
        newspaper = latest.rpartition(" ")[2] in _NEWSPAPER_HEADS or latest.endswith("daily news")
        if head in _PRINT_OUTLETS and not newspaper:
            return key  # "the newspaper" is no news agency or network named before it
        return latest if definite and latest else key
    if len(lows) == 1:
        key = ctx.outlets.get(key, key)
    elif outlet_name(lows):
        ctx.outlets.setdefault(head, key)
    if outlet_name(key.split()):
        ctx.last_outlet = key  # (a name, not "report")
    return key


def _linked(ctx: _Ctx, key: str, phrase: str) -> str:
    """A person's key (``People.key``: "ivanka trump" where the text names two Trumps), or for an
    unnamed role ("the president") the key of the one person the text titles so ("President
    Obama")."""
    if not key_role(key) or names_a_person(phrase):
        return _people(ctx).key(phrase, key)
    if phrase.split(" ", 1)[0].lower() in _INDEFINITE:
        return key
    linked = ctx.linked.get(key)
    if linked is None:
        linked = named_by_role(key, _titles(ctx))
        ctx.linked[key] = linked
    surname, first = linked
    if not surname:
        return key
    person = _people(ctx).key(phrase, surname, first)
    # "the congresswoman" is not "Rep. John Lewis" (a surname two people share may be either)
    said = phrase_gender(phrase, key)
    known = _gender(ctx, person)
    if said and (known == MALE or known == FEMALE) and said != known:
        return key
    return person


def _previous_subject(ctx: _Ctx, sentence_start: int, pronoun: str) -> str:
    """The key of the named person who is the subject of the sentence before, or "" (also when
    ``pronoun`` cannot cite that person's gender)."""
    i = bisect.bisect_left(ctx.sentence_starts, sentence_start) - 1
    subject = _subject(ctx, i) if i >= 0 else None
    if subject is None:
        return ""
    _at, key, gender = subject
    return key if compatible(pronoun, gender) else ""


def _subject(ctx: _Ctx, i: int) -> tuple[int, str, str] | None:
    """(position, key, gender) of the person who is the subject of sentence ``i`` outside quotes,
    or None (cached)."""
    if i in ctx.subjects:
        return ctx.subjects[i]
    found = None
    a, b = ctx.sentences[i]
    text = ctx.text
    if (a == 0 or text[a - 1].isspace()) and (b >= len(text) or text[b].isspace()):
        # the text's own tokens, as find_attributions takes them for a sentence
        lo = bisect.bisect_left(ctx.starts, a)
        hi = bisect.bisect_left(ctx.starts, b)
        toks = list(zip(ctx.words[lo:hi], ctx.starts[lo:hi], ctx.ends[lo:hi]))
    else:
        toks = tokens(text, a, b)
    span = clause_subject(toks, len(toks))
    # (a name that signs a quote is no subject the prose after it goes on about)
    if span is not None and not _quoted(ctx, span[0]) and span[0] not in ctx.signers:
        phrase = ctx.text[span[0]:span[1]]
        owner = _OWNER.match(phrase)
        if owner is not None:
            owned = phrase[owner.end():].split()
            if owned and not any(w[:1].isupper() for w in owned) and not _people_noun(owned[-1].lower()):
                # "Fiorina's statement ... she": the owner of a thing or a group is the one
                # named; not so of a person ("Clinton's aide", "NBC's Chuck Todd")
                phrase = owner.group(1)
        # (a subject of two people, "Ms. Kim and Mr. Lee", is not whom one "he" or "she" goes on about)
        if (phrase.lower() not in _PRONOUNS and _classify_source(phrase, "", True) == "person"
                and not (_AND.search(phrase) and _conjuncts(ctx, phrase))):
            key = _linked(ctx, _normalise_source(phrase, "person"), phrase)
            # what the phrase says comes first: "Mrs. Clinton" is a woman where two Clintons are named
            gender = phrase_gender(phrase, _people(ctx).surname(key)) or _gender(ctx, key)
            found = (span[0], key, gender)
    ctx.subjects[i] = found
    return found


_PEOPLE_NOUNS = PERSON_ROLE_NOUNS | ANONYMOUS_NOUNS


def _people_noun(low: str) -> bool:
    """A lower-case noun for one person ("aide", "spokesman"; a group, "aides", is not one)."""
    return low in _PEOPLE_NOUNS and not (low.endswith("s") and low[:-1] in _PEOPLE_NOUNS)


def _quoted(ctx: _Ctx, pos: int) -> bool:
    q = bisect.bisect_right(ctx.quote_starts, pos) - 1
    return q >= 0 and ctx.quotes[q][0] <= pos < ctx.quotes[q][1]


def _pronoun_source(pronoun: str, quoted: bool, last_person: str, last_group: tuple[str, str] | None,
                    last_plural: tuple[str, str] | None) -> tuple[str, str]:
    """(type, key) of a pronoun source. "he"/"she" cite ``last_person``, whom the caller chose
    by gender (``_latest``, ``_previous_subject``); "it" the last named organisation or outlet
    (a person is seldom "it"); "they" the last source that is not a person, named or not
    ("Critics said ... They said"); outside quotes "I", "you" and "we" are the writer's own
    voice (or, in a transcript, the one answering: a person), which no earlier source speaks
    for."""
    if pronoun == "he" or pronoun == "she":
        return "person", last_person
    if not quoted and (pronoun == "i" or pronoun == "you" or pronoun == "we"):
        return ("person" if pronoun == "i" else "vague"), ""
    if pronoun == "i" or pronoun == "you":
        return "person", last_person  # in a quote: its speaker, most often the person last named
    if pronoun == "they" and last_plural is not None:
        return last_plural
    if last_group is not None:
        return last_group
    return ("organisation" if pronoun == "it" or pronoun == "we" else "vague"), ""


def _trim(text: str, a: int, b: int) -> Span | None:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
        b -= 1
    if b - a < 2:
        return None
    return (a, b)


def _according_to(ctx: _Ctx, toks: list[Token], ci: int, cj: int, sent: Span) -> tuple[str, Span | None, Span | None]:
    np = right_np(toks, cj, any_phrase=True)  # whatever follows "according to" is its source
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


_BE = frozenset("is are was were am be been being".split())
_RELATIVES = frozenset(("who", "which", "that"))
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}
_COORDINATORS = frozenset(("and", "but", "or"))
# Verbs of saying that put the speaker after them ("..., said Hegseth"); after other verbs the
# phrase that follows is their object ("Proponents, ..., have urged Congress").
_INVERTING_CUES = frozenset(
    """say says said add adds added write writes wrote ask asks asked note notes noted explain
    explains explained continue continues continued recall recalls recalled reply replies replied
    respond responds responded tweet tweets tweeted warn warns warned insist insists insisted argue
    argues argued acknowledge acknowledges acknowledged admit admits admitted declare declares
    declared state states stated observe observes observed counter counters countered quip quips
    quipped joke jokes joked conclude concludes concluded caution cautions cautioned remark
    remarks remarked concede concedes conceded report reports reported announce announces
    announced predict predicts predicted suggest suggests suggested claim claims claimed confirm
    confirms confirmed stress stresses stressed emphasize emphasizes emphasized emphasise
    emphasises emphasised assert asserts asserted maintain maintains maintained reiterate
    reiterates reiterated retort retorts retorted agree agrees agreed complain complains
    complained comment comments commented wonder wonders wondered boast boasts boasted""".split()
)
# irregular past participles among cue words (regular ones end in -ed)
_PARTICIPLES = frozenset("told said shown seen known thought held heard written given taken".split())


# prepositions that may open a sentence before a gerund ("In defending himself, Trump said")
_OPENING_PREPOSITIONS = frozenset("in by after before despite from while on upon since with without".split())
# words after a capitalised phrase that show it is no clause's subject
_NOT_VERBS = frozenset("and or nor of to in on at for with from by".split())
# a contraction of a word that names no one ("It's unclear", "That's compared to", "Let's hope")
_EMPTY_SUBJECT = re.compile(r"(?i:it|that|what|there|here|let)['’]s")
# at most this many tokens from a sentence-opening gerund to the comma that closes its phrase
_OPENING_TOKENS = 30
# adverbs of hearsay: "The FBI is reportedly reviewing" reports what is said of the FBI, by no one named
_HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
# cues whose "it" is empty ("It seems", "It is unclear whether"), or the object of "made it clear"
_IMPERSONAL_CUES = frozenset("clear unclear seems seemed seem appears appeared appear evident obvious".split())
_MAKE = frozenset("made make makes making".split())


def _cleaned_source(text: str, toks: list[Token], ci: int, src: Span | None) -> Span | None:
    """The source of an accepted cue, none for a contraction ("It's unclear") and without a
    preposition that opens the sentence ("Despite
    Santilli's insistence": Santilli's); for a gerund that opens the sentence, alone or after such
    a preposition ("Saying that ..., Hegseth described", "In defending himself, Trump offered"),
    the name or pronoun that starts the main clause after its comma, or None. (Whether the cue
    is accepted was judged with the source as first found.)"""
    if src is not None and _EMPTY_SUBJECT.fullmatch(text, src[0], src[1]) is not None:
        return None  # "It's unclear", "That's compared to": a contraction names no one
    first = 0
    while first < ci and not toks[first][0][0].isalnum():
        first += 1  # (an opening quote)
    opens = toks[first][0].lower() in _OPENING_PREPOSITIONS
    if src is not None:
        if not (opens and src[0] == toks[first][1]):
            return src
        if src[1] > toks[first][2]:
            return (toks[first + 1][1], src[1])  # "Despite Santilli's" -> "Santilli's"
    # a gerund opening the sentence, alone or after the preposition
    word = toks[ci][0]
    if not (word.endswith("ing") and (ci == first or (opens and ci == first + 1))):
        return None  # (a lone opening preposition is no source)
    comma = next((j for j in range(ci + 1, min(len(toks), ci + _OPENING_TOKENS)) if toks[j][0] == ","), None)
    if comma is None or comma + 1 >= len(toks):
        return None
    name = comma + 1
    if toks[name][0].lower() in _PRONOUNS:
        if toks[name][0].lower() == "it":
            return None  # mostly "it is unlikely that": no one
        end = name + 1
    else:
        end = name
        while end < len(toks) and (toks[end][0][:1].isupper() or toks[end][0] == "." or (
                toks[end][0] == "of" and end + 1 < len(toks) and toks[end + 1][0][:1].isupper())):
            end += 1
        if end == name or end - name > 6:
            return None
    if end >= len(toks) or not toks[end][0][:1].islower() or toks[end][0] in _NOT_VERBS:
        return None  # the main clause's verb follows its subject (not a list: "Iowa, Nevada and Ohio")
    return (toks[name][1], toks[end - 1][2])


def _after_that(text: str, src: Span) -> Span:
    """``src`` without the lower-case "that" it opens with, when that "that" starts a clause ("shows
    that Clinton talked", "found that economists say"): a name or a plural noun follows it.
    Before a singular noun it is a demonstrative, and stays ("that report")."""
    words = text[src[0]:src[1]].split()
    if len(words) < 2:
        return src
    rest = words[1:]
    nouns = list(takewhile(lambda w: w.islower() and w not in _NOT_VERBS, rest))
    if not (rest[0][:1].isupper() or any(map(plural_noun, nouns))):
        return src
    return (text.index(rest[0], src[0] + 4), src[1])


def _pronoun_owner(tok: Token) -> Span | None:
    """The span of a possessive pronoun ("his") or of the pronoun of a contraction ("he’s",
    "they’re"; not "it’s", mostly "it is unclear") standing right before a cue."""
    low = tok[0].lower()
    if low in _POSSESSIVES:
        return (tok[1], tok[2])
    if "’" not in low and "'" not in low:
        return None
    base = low.replace("’", "'").partition("'")[0]
    if base in _PRONOUNS and base != "it":
        return (tok[1], tok[1] + len(base))
    return None


def _passive(toks: list[Token], k: int, ci: int, word: str) -> bool:
    """A form of "be" among the auxiliaries left of a past-participle cue ("was also endorsed")."""
    if k + 1 >= ci or not (word.endswith("ed") or word in _PARTICIPLES):
        return False
    return any(toks[j][0].lower() in _BE for j in range(k + 1, ci))


_PARTICIPLE_AFTER_COMMA = re.compile(r"\s*,\s*[a-z]+ing\b")


def _participle_after(text: str, pos: int) -> bool:
    """Whether a comma and a lower-case -ing word follow ``pos`` (", noting the polls")."""
    return _PARTICIPLE_AFTER_COMMA.match(text, pos) is not None


# at most this many words between a reporting clause and the comma or "and" that ends it ("Trump
# lashed out at Romney, calling him")
_REPORTING_TAIL = 3


def _clause_source(text: str, toks: list[Token], k: int, prior: Reported | None,
                   may_go_on: bool) -> tuple[Span | None, bool]:
    """(source, borrowed) of a cue after token k (a comma or "and"): the subject of the clause
    that ends there, or, when the cue ``may_go_on`` the reporting clause before it, that
    clause's source (borrowed: True)."""
    subject = clause_subject(toks, k)
    reporter = _reporter_before(text, toks, k, subject, prior) if may_go_on else None
    return (subject, False) if reporter is None else (reporter, True)


def _reporter_before(text: str, toks: list[Token], k: int, subject: Span | None,
                     prior: Reported | None) -> Span | None:
    """The source of the attribution ``prior`` when the cue after token k goes on its clause:
    that clause ends at k ("..., Lee said Monday, adding"), or the clause subject found for the
    cue lies in what it reported ("The race is close, Lee said, adding": not "The race" but Lee)
    or is its source ("“...,” he said, adding"); None otherwise."""
    if prior is None:
        return None
    cue, src, kind, content = prior
    if src is None or kind == "according_to":
        return None  # ("according to" reports a whole clause, its subject included)
    # (the clause it reported must come before it: "hints at what ..., Abbott is" reports forward)
    if subject is not None and (subject == src or (
            content is not None and content[0] <= subject[0] and subject[1] <= content[1] <= cue[0])):
        return src
    if text[cue[0]:cue[1]].endswith("ing"):
        return None  # a participle is no clause of its own ("vented about Sanders vowing to fight on and said")
    end = src[1] if src[0] >= cue[1] else cue[1]  # after an inverted source ("said Lee")
    tail = _CUE_TAIL.match(text, end, toks[k][1])
    if tail is not None:
        end = tail.end()  # (its usual tail is part of the clause: "said in a statement from Ohio,")
    stop = k - 1 if toks[k][0] != "," and toks[k - 1][0] == "," else k  # (", and added")
    j = stop
    while j > 0 and toks[j - 1][1] >= end:
        j -= 1
        if stop - j > _REPORTING_TAIL or not toks[j][0][0].isalnum():
            return None
    return src if end <= toks[stop][1] else None


def _by_agent(toks: list[Token], cj: int) -> tuple[int, int] | None:
    """Token indices of the noun phrase after "by" within five tokens of the cue's end, before
    any punctuation ("endorsed the day before by former rival Carly Fiorina")."""
    for j in range(cj, min(cj + 6, len(toks))):
        t = toks[j][0]
        if t.lower() == "by":
            return right_np(toks, j + 1)
        if not t[0].isalnum():
            return None
    return None


# a source right after one of these words stands in a subordinate clause: what comes before it
# is not what that source reports
_SUBORDINATE_BEFORE = re.compile(r"\b(?:that|because|if|whether|when|while|after|before|since)\s+$", re.I)


# prepositions that tie a speaker to the body or place it speaks from ("a spokesman for the campaign")
_SPEAKER_PREPOSITIONS = frozenset("for from of at with to in".split())
_SPEAKER_TYPES = frozenset(("person", "anonymous", "vague"))
_WHEN_WORDS = MONTHS | _DAY_WORDS
# how many of a group speak ("Hundreds of voters", "All of the candidates")
_QUANTITY_HEADS = frozenset("all most many some several few none each both half hundreds thousands dozens millions".split())


def _postmodified(ctx: _Ctx, toks: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """``np`` (token indices) with the speaker it is the body or place of ("A spokesman for the
    campaign", "Aides to Clinton", "Takuya Akiyama of the Foreign Ministry"); the speaker, not the
    body, then tells the source's type and key (``ctx.speakers``). A record stays as it was ("A
    statement from Ryan's office": the office)."""
    p = np[0] - 1
    prep = toks[p][0].lower() if p >= 1 else ""
    if prep not in _SPEAKER_PREPOSITIONS:
        return np
    head = left_np(toks, p)
    if head is None or head[1] != p:
        return np  # (no phrase right before the preposition: "Clinton did not reply to emails")
    last = toks[head[1] - 1][0]
    phrase = ctx.text[toks[head[0]][1]:toks[head[1] - 1][2]]
    opens = not any(t[0][0].isalnum() for t in toks[:head[0]])
    kind = _classify_source(phrase, "", opens)
    if kind not in _SPEAKER_TYPES or last.lower() in _RECORD_HEADS:
        return np  # a body of a body ("the government in Beijing"), a record ("Other polls from ...")
    if last[:1].islower() or (opens and head[1] - head[0] == 1):
        low = last.lower()
        if not (is_source_head(low) or low in _QUANTITY_HEADS or (low in NUMBER_WORDS and prep == "in")):
            return np  # no speaker noun ("aides", "Officials" opening the sentence) nor a share ("Six in 10")
    elif not _full_name(phrase):
        return np
    body = ctx.text[toks[np[0]][1]:toks[np[1] - 1][2]]
    if prep == "of" and _classify_source(body, "", False) == "person" and _full_name(body):
        return np  # "Speaker of the House Rep. Paul Ryan", "secretary of state Hillary Clinton": a title
    if toks[np[0]][0].lower() in _WHEN_WORDS:
        return head  # "a judge in October sentenced": when the judge spoke
    if prep == "with" and not any(w[:1].isupper() for w in body.split()):
        return np  # "candidates with an email": how, not whose
    ctx.speakers[(toks[head[0]][1], toks[np[1] - 1][2])] = toks[head[1] - 1][2]
    return (head[0], np[1])


def _full_name(phrase: str) -> bool:
    """Whether a phrase names someone by a first name or a title before the surname ("Lee Wang",
    "Mr. Morgan"), not by capitals alone ("the Second Amendment", "late July")."""
    words = [w for w in phrase.split() if w[:1].isupper()]
    return any(w.lower().rstrip(".") in TITLE_WORDS or w.lower() in KNOWN_FIRST_NAMES for w in words[:-1])


def _verb_attribution(ctx: _Ctx, toks: list[Token], ci: int, cj: int, sent: Span, low: str, cs: int,
                      ce: int, prior: Reported | None = None) -> tuple[str, Span | None, Span | None]:
    text = ctx.text
    first = low.split()[0]
    # source on the left
    src: Span | None = None
    k = ci - 1
    while k >= 0 and skippable(toks[k][0]):
        k -= 1
    left_comma = k >= 0 and toks[k][0] in (",", "”", "''", '"', "—", "–")
    np = None
    src_right = False
    borrowed = False  # the source is that of the reporting clause just before
    owner = _pronoun_owner(toks[k]) if k >= 0 else None
    if owner is not None:
        # "his criticism of", "he’s predicting": the pronoun is the source
        src = owner
        k = -1
    elif _passive(toks, k, ci, first):
        # "X was endorsed by Y": the agent is the source, and X never is
        agent = _by_agent(toks, cj)
        if agent is not None:
            src = (toks[agent[0]][1], toks[agent[1] - 1][2])
            src_right = True
        k = -1
    elif k >= 2 and toks[k][0] in _RELATIVES and toks[k - 1][0] == ",":
        # "Sanders, who has long opposed": the antecedent (without the comma, "an official who
        # asked not to be named" is itself a source phrase)
        np = left_np(toks, k - 1)
        k = -1
    if k >= 0 and not left_comma:
        tail = _ANON_TAIL.search(text, max(sent[0], toks[k][2] - _ANON_TAIL_REACH), toks[k][2])
        if tail is not None:
            ti = bisect.bisect_left([t[1] for t in toks], tail.start() + 1)
            np = left_np(toks, ti)
            if np is not None:
                np = (np[0], k + 1)
        if np is None:
            np = left_np(toks, ci)
            if np is not None:
                np = _postmodified(ctx, toks, np)
    if np is not None:
        src = (toks[np[0]][1], toks[np[1] - 1][2])
    if src is None and left_comma:
        # "Bock, the executive, told The Times": after "told" comes the listener, never the source
        rnp = right_np(toks, cj) if first in _INVERTING_CUES else None
        if rnp is not None and toks[rnp[0]][0].lower() in _DAY_WORDS:
            # "McConnell, R-Ky., said Tuesday": a day is when, not who, and what follows it was said
            # ("said Thursday his biggest worry was")
            rnp = None
        if rnp is not None and rnp[1] < len(toks) and (
                toks[rnp[1]][0] in FINITE_AUXILIARIES
                or (rnp[1] == rnp[0] + 1 and toks[rnp[0]][0].lower() in _PRONOUNS and toks[rnp[1]][0][0].isalnum())):
            # "Lovas, the chairman, said he cannot comment", "Hegseth, after the talks, said the U.S.
            # would abide": the phrase is the subject of what was said
            rnp = None
        # "..., said Hegseth" / "“...,” said the official"
        if rnp is not None:
            src = (toks[rnp[0]][1], toks[rnp[1] - 1][2])
            src_right = True
        elif toks[k][0] == ",":
            # (a participle only goes on the clause before: in "Bob, they said, ordered" the verb is Bob's)
            src, borrowed = _clause_source(text, toks, k, prior, first.endswith("ing"))
    elif src is None and k >= 1 and toks[k][0].lower() in _COORDINATORS:
        # "Trump took to Twitter ... and encouraged": the clause's subject
        src, borrowed = _clause_source(text, toks, k, prior, True)
    if src is not None and src[1] <= src[0]:
        src = None
    # content: a quote touching the cue/source on the side away from the source (a source taken
    # from the reporting clause before has its quote already: what follows is this cue's)
    if src is not None and not src_right and src[0] < cs and not borrowed:
        qb = _quote_ending_before(ctx, src[0], sent[0])
        if qb is None and left_comma:
            qb = _quote_before_role(ctx, src[0], sent[0])
    else:
        qb = _quote_ending_before(ctx, cs, sent[0])
    after_pos = src[1] if src_right and src else ce
    qa = _quote_starting_after(ctx, after_pos, after_pos + 8)
    if qa is not None and (qb is None or qb[1] < sent[0]):
        return ("direct_quote", src, qa)
    if qb is not None:
        return ("direct_quote", src, qb)
    if src is None:
        after = _trim(text, ce, sent[1])
        return ("indirect", None, after)
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
    if after is not None and ((after[1] - after[0]) > 12 or borrowed) and not src_right and not parenthetical:
        return ("indirect", src, after)  # (what comes before a borrowed source is the first cue's)
    before_end = min(src[0], cs)
    # (without the role a name stands in apposition to: "..., a spokeswoman, Anna White, said")
    c1 = text.rfind(",", sent[0], before_end)
    c0 = text.rfind(",", sent[0], c1) if c1 > sent[0] else -1
    if c0 >= sent[0] and _role_before(text, c0, before_end) is not None:
        before_end = c0
    before = _trim(text, sent[0], before_end)
    if before is not None and (text.startswith("that ", src[0]) or _SUBORDINATE_BEFORE.search(text, sent[0], before_end)):
        before = None  # "shows that Clinton talked about reform": the subject of a clause in what is reported
    # (a reporting clause that a participle follows reports the clause before it, however short:
    # "It's over, he said, noting")
    if before is not None and ((before[1] - before[0]) > 12 or (parenthetical and _participle_after(text, a))):
        return ("indirect", src, before)
    return ("indirect", src, after)
