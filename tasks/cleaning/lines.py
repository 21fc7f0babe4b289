"""Line features and the line classifier: which lines of a text are article body.

The body block is the highest-scoring contiguous run of lines, where prose
lines score their word count and other lines a penalty that grows along a run
of them (so a lone caption inside the body is bridged, a menu is not).
Inside the block lines are kept unless a pattern or a structural cue (caption
before a credit, repeated title, headline list) says otherwise; outside it
every line goes, named by the pattern it matches or by where it sits.
"""
from . import categories as C
from .patterns import (CAPITALISED, CAPTION_CUE, CLOSERS, COMMENTS_START, DIGIT, REPORTED, HAS_DIGIT, KEYS, RULE_MAX_WORDS,
                       RULES, RULES_BY_KEY, SEPARATOR_CHARS, SEPARATORS, STOPWORDS, SYMBOLS, TERMINAL_CHARS,
                       TRAILING_CREDIT, WORD)

PROSE_MIN_WORDS = 10     # a line this long with enough function words reads as prose
PROSE_MIN_STOP = 0.18    # function-word share below which a long line is a list of names/links
SHORT_MAX_WORDS = 15     # upper bound of a headline-like line
RUN_PENALTY = 4.0        # cost of the k-th consecutive non-prose line is k * RUN_PENALTY
RULE_PENALTY = 6.0       # extra cost of a line a boilerplate pattern claims
LIST_RUN = 3             # this many headline-like lines in a row form a link list


class Line:
    """One non-blank input line with the features the classifier uses."""

    __slots__ = ("pos", "text", "key", "words", "stop", "terminal", "seps", "rule", "rule_fits",
                 "prose", "headline")

    def __init__(self, pos, text, stop_check):
        self.pos = pos
        self.text = text
        low = text.lower()
        words = low.split()
        self.words = n = len(words)
        self.stop = sum(map(_IS_STOP, words)) / n
        if n <= RULE_MAX_WORDS:
            tokens = [w.strip(_PUNCT) for w in words]
            self.key = " ".join(tokens)
        else:
            # No rule binds a line this long and no title is this long: skip the tokenising.
            tokens = ()
            self.key = low
        end = text.rstrip(CLOSERS)
        self.terminal = (end[-1:] in TERMINAL_CHARS and end != "") or text[-1] in "\"”"
        self.seps = len(text) - len(text.translate(_NO_SEPS)) if n < 60 and SEPARATORS.search(text) else 0
        if self.seps >= 2 and n <= 40 and _is_menu(text):
            self.rule = C.NAVIGATION
        else:
            self.rule = _match_rule(text, tokens, n) if tokens else None
        self.rule_fits = fits = self.rule is not None
        # A long unpunctuated line of mostly capitalised words is a headline or a list of names.
        self.prose = (n >= PROSE_MIN_WORDS and (not stop_check or self.stop >= PROSE_MIN_STOP)
                      and self.seps < 3 and not fits
                      and (self.terminal or len(CAPITALISED.findall(text)) < 0.6 * n))
        # Headline-like: short, no closing period, not a pattern hit.
        self.headline = 2 <= n <= SHORT_MAX_WORDS and not fits and text[-1] not in ".,;"


_IS_STOP = STOPWORDS.__contains__
_PUNCT = "\"'“”‘’.,;:!?()[]{}<>*-–—|•·»›/#_…"
_NO_SEPS = str.maketrans("", "", SEPARATOR_CHARS)


def _match_rule(text, tokens, n):
    """Category of the first rule that binds this line (within its word limit), or None."""
    keys = KEYS.intersection(tokens)
    extra = [k for k in SYMBOLS if k in text]
    if n <= 14 and HAS_DIGIT.search(text):
        extra.append(DIGIT)
    if extra:
        keys = keys.union(extra)
    if not keys:
        return None
    if len(keys) == 1:
        idxs = RULES_BY_KEY[next(iter(keys))]
    else:
        idxs = sorted({i for k in keys for i in RULES_BY_KEY[k]})
    for i in idxs:
        cat, max_words, _, rx = RULES[i]
        if n <= max_words and rx.search(text):
            return cat
    return None


def _is_menu(text):
    """Three or more short items between separators, as in "Home | World | Sport"."""
    parts = SEPARATORS.split(text)
    return len(parts) >= 3 and all(p.count(" ") <= 6 for p in parts if p.strip())


def _body_span(lines):
    """Indices (start, end) of the best-scoring contiguous block, or None."""
    best, best_span = 0.0, None
    cur, cur_start, run = 0.0, 0, 0
    for i, ln in enumerate(lines):
        if ln.words <= 8 and COMMENTS_START.search(ln.text):
            # Reader comments follow: the body cannot run past this line.
            cur, run, cur_start = 0.0, 0, i + 1
            continue
        if ln.prose:
            w = float(min(ln.words, 120))
            run = 0
        else:
            run += 1
            w = -RUN_PENALTY * run - (RULE_PENALTY if ln.rule_fits else 0.0)
            if ln.terminal and ln.words >= 4 and not ln.rule_fits:
                # A short sentence: cheap to bridge, it is probably a one-line paragraph.
                w = -1.0
                run = max(run - 1, 0)
        if cur <= 0:
            cur, cur_start = 0.0, i
        cur += w
        if cur > best:
            best, best_span = cur, (cur_start, i)
    return best_span


def _pick_title(lines, start):
    """Index of the title line: a headline repeated in the page, else the nearest headline above the body."""
    seen = {}
    for i, ln in enumerate(lines[: start + 3]):
        if ln.headline and ln.words >= 3 and ln.key:
            if ln.key in seen:
                return seen[ln.key]
            seen[ln.key] = i
    for i in range(start - 1, max(start - 6, -1), -1):
        ln = lines[i]
        if ln.headline and ln.words >= 4 and ln.seps == 0 and not ln.rule:
            return i
    first = lines[0] if lines else None
    if first is not None and start == 0 and first.headline and first.words >= 3 and not first.rule:
        return 0
    return None


def _outside_category(ln, before):
    """Category for a line outside the body that no pattern named."""
    if ln.rule:
        return ln.rule
    if before:
        if ln.seps >= 2:
            return C.NAVIGATION
        return C.SECTION_LABEL if ln.words <= 3 else C.NAVIGATION
    if ln.prose:
        return C.OTHER
    return C.RELATED_LINKS if ln.headline else C.OTHER


def classify(texts, known_title=None):
    """Classify stripped non-blank lines [(pos, text)].

    known_title (from HTML metadata) makes every line equal to it a duplicate.

    Returns (labels, title) where labels[i] is None for a kept line or the
    category of a removed one, and title is the title text or None.
    """
    if not texts:
        return [], None
    total_words = sum(t.count(" ") + 1 for _, t in texts)
    # Non-English or list-only texts have few stopwords: then judge by length alone.
    sample = " ".join(t for _, t in texts[:400]).lower().split()
    stop_check = total_words >= 50 and sum(1 for w in sample if w in STOPWORDS) / max(len(sample), 1) > 0.12
    lines = [Line(p, t, stop_check) for p, t in texts]
    n = len(lines)
    span = _body_span(lines)
    if span is None:
        # No prose anywhere: keep the sentence-like lines no pattern claims.
        labels = [ln.rule or (None if (ln.terminal and ln.words >= 4) else C.OTHER) for ln in lines]
        if all(lab is not None for lab in labels):
            return labels, None
        return labels, None
    start, end = span
    if known_title:
        title_i, title_key = None, " ".join(WORD.findall(known_title.lower())) or None
    else:
        title_i = _pick_title(lines, start)
        title_key = lines[title_i].key if title_i is not None else None

    labels = [None] * n
    comments_open = False
    for i, ln in enumerate(lines):
        if i == title_i:
            continue
        if i < start:
            labels[i] = C.DUPLICATE_TITLE if title_key and ln.key == title_key else _outside_category(ln, True)
            continue
        if i > end:
            if ln.words <= 8 and COMMENTS_START.search(ln.text):
                comments_open = True
            labels[i] = C.COMMENTS if (comments_open and ln.prose and not ln.rule) else _outside_category(ln, False)
            continue
        if ln.rule_fits:
            labels[i] = ln.rule
        elif title_key and ln.key == title_key:
            labels[i] = C.DUPLICATE_TITLE
    _mark_captions(lines, labels, start, end)
    _mark_lists(lines, labels, start, end)
    title = lines[title_i].text if title_i is not None else None
    return labels, title


def _mark_captions(lines, labels, start, end):
    """Captions inside the body: a line before a credit line, or a line repeated with a credit appended."""
    for i in range(start, end + 1):
        if labels[i] is not None:
            continue
        ln = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None:
            if ln.words <= 40 and TRAILING_CREDIT.search(ln.text) and CAPTION_CUE.search(ln.text):
                labels[i] = C.PHOTO_CAPTION
            continue
        if nxt.rule == C.PHOTO_CREDIT and ln.words <= 45 and not REPORTED.search(ln.text):
            labels[i] = C.PHOTO_CAPTION
        elif nxt.key.startswith(ln.key) and ln.key and len(nxt.key) > len(ln.key) and TRAILING_CREDIT.search(nxt.text):
            # The same sentence twice, the second time with its credit: both are the caption.
            labels[i] = C.PHOTO_CAPTION
            labels[i + 1] = C.PHOTO_CAPTION
        elif ln.words <= 40 and TRAILING_CREDIT.search(ln.text) and CAPTION_CUE.search(ln.text):
            labels[i] = C.PHOTO_CAPTION


def _mark_lists(lines, labels, start, end):
    """Runs of headline-like lines inside the body are link lists, unless prose follows each one (subheadings)."""
    i = start
    while i <= end:
        j = i
        while j <= end and labels[j] is None and lines[j].headline and not lines[j].terminal:
            j += 1
        if j - i >= LIST_RUN:
            for k in range(i, j):
                labels[k] = C.RELATED_LINKS
        i = max(j, i + 1)
