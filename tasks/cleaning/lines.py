"""Line features and the line classifier: which lines of a text are article body.

The body block is the highest-scoring contiguous run of lines, where prose
lines score their word count and other lines a penalty that grows along a run
of them (so a lone caption inside the body is bridged, a menu is not).
Inside the block lines are kept unless a pattern or a structural cue (caption
before a credit, repeated title, headline list) says otherwise; outside it
every line goes, named by the pattern it matches or by where it sits.
"""
from . import categories as C
from .patterns import (CAPITALISED, CAPTION_CUE, CJK, CLOSERS, COMMENTS_START, DIGIT, KEYS, MENU_SPLIT, REPORTED,
                       RULE_MAX_WORDS, RULE_TESTS, RULES_BY_KEY, SEPARATOR_CHARS, SEPARATORS, SIGNATURE, SIGNATURE_WORDS,
                       STOPWORDS, SYMBOL_KEY, SYMBOLS, TERMINAL_CHARS, TRAILING_CREDIT, WORD)

PROSE_MIN_WORDS = 10     # a line this long with enough function words reads as prose
PROSE_MIN_STOP = 0.18    # function-word share below which a long line is a list of names/links
SHORT_MAX_WORDS = 15     # upper bound of a headline-like line
RUN_PENALTY = 4.0        # cost of the k-th consecutive non-prose line is k * RUN_PENALTY
RULE_PENALTY = 6.0       # extra cost of a line a boilerplate pattern claims
MIN_WORDS_BEFORE_COMMENTS = 50  # prose needed above a comments heading for it to close the body
SECOND_BLOCK_MIN = 50    # score a block before the body needs to count as the article's first part
SECOND_BLOCK_SHARE = 0.25  # ... and its share of the body block's score
MIN_SIGNATURES = 3       # this many comment signatures make a thread
LIST_RUN = 3             # this many headline-like lines in a row form a link list


class Line:
    """One non-blank input line with the features the classifier uses.

    Features depend on the text alone, so a line repeated in a page shares one Line (see _make_lines).
    """

    __slots__ = ("text", "key", "words", "tokens", "stop", "terminal", "seps", "rule", "rule_fits",
                 "prose", "headline", "opens_comments", "signature")

    def __init__(self, text):
        self.text = text
        if len(text) <= RULE_MAX_WORDS or text.count(" ") < RULE_MAX_WORDS:
            # Short enough for a rule or a title: tokenise (words without punctuation).
            if text.isascii():
                # WORD.findall(text.lower()) in a third of the time: non-word characters to spaces, then split.
                tokens = text.encode().translate(_ASCII_WORDS).decode().split()
            else:
                tokens = WORD.findall(text.lower())
            self.tokens = tokens
            self.key = " ".join(tokens)
            n = len(tokens) or 1
        else:
            # No rule binds a line this long and no title is this long: a plain split will do.
            low = text.lower()
            self.tokens = low.split()
            tokens = ()
            self.key = low
            n = len(self.tokens)
        if len(text) > 12 * n:
            # Chinese and Japanese are written without spaces: count about 2 characters a word.
            n += len(CJK.findall(text)) // 2
        self.words = n
        # Function-word share: judge_prose needs it for long lines; short ones rarely need it (_has_function_words).
        self.stop = _stop_share(self.tokens) if n >= PROSE_MIN_WORDS else None
        last = text[-1]
        if last in TERMINAL_CHARS or last not in CLOSERS:
            self.terminal = last in TERMINAL_CHARS  # nothing to strip: the last character decides
        else:
            end = text.rstrip(CLOSERS)
            self.terminal = (end[-1:] in TERMINAL_CHARS and end != "") or last in "\"”"
        if n >= 60:
            seps = 0
        elif text.isascii():
            seps = text.count("|") + text.count("/") + text.count(">")  # the ASCII separators; faster than a scan
        else:
            seps = len(text) - len(text.translate(_NO_SEPS)) if SEPARATORS.search(text) else 0
        self.seps = seps
        # Words that can trigger a rule, a comment signature or a comments heading; most lines have none.
        cues = _CUE_WORDS.intersection(tokens) if tokens else _NONE
        if seps >= 2 and n <= 40 and _is_menu(text):
            rule = C.NAVIGATION
        elif tokens and n <= RULE_MAX_WORDS and (cues or text[0].isdigit() or SYMBOL_KEY.search(text)):
            rule = _match_rule(text, cues, n)
        else:
            rule = None
        self.rule = rule
        self.rule_fits = fits = rule is not None
        # Headline-like: short, no closing period, not a pattern hit.
        self.headline = 2 <= n <= SHORT_MAX_WORDS and not fits and text[-1] not in ".,;"
        self.prose = False
        if cues:
            self.signature = (n <= 15 and not SIGNATURE_WORDS.isdisjoint(cues) and SIGNATURE.search(text) is not None)
            # A comments heading or a comment-policy notice: the head of a reader thread.
            self.opens_comments = n <= 12 and (rule == C.COMMENT_POLICY or (
                n <= 8 and not _COMMENT_WORDS.isdisjoint(cues) and COMMENTS_START.search(text) is not None))
        else:
            # Both need a cue word (a comment-policy rule is keyed by words only).
            self.signature = self.opens_comments = False

    def judge_prose(self, stop_check):
        """Set prose: long, enough function words (if the language has them), no list marks, no pattern hit."""
        n, text = self.words, self.text
        # A long unpunctuated line of mostly capitalised words is a headline or a list of names.
        self.prose = (n >= PROSE_MIN_WORDS and (not stop_check or self.stop >= PROSE_MIN_STOP)
                      and self.seps < 3 and not self.rule_fits and not text.endswith(_ELLIPSES)
                      and (self.terminal or len(CAPITALISED.findall(text)) < 0.6 * n))


_IS_STOP = STOPWORDS.__contains__
_COMMENT_WORDS = frozenset("comment comments response responses replies reaction reactions reply conversation "
                           "discussion think say discuss".split())
# A line cut short with an ellipsis is a teaser for another page, or at best a lead-in: never body evidence.
_ELLIPSES = ("...", "…", "... [more]", "…more")
_NO_SEPS = str.maketrans("", "", SEPARATOR_CHARS)
assert {c for c in SEPARATOR_CHARS if c.isascii()} == set("|/>"), "Line counts ASCII separators by name"
_CUE_WORDS = KEYS | SIGNATURE_WORDS | _COMMENT_WORDS
_NONE = frozenset()
# Byte table for ASCII lines: word characters (\w) lowercased, every other byte a space.
_ASCII_WORDS = bytes(ord(chr(b).lower()) if WORD.fullmatch(chr(b)) else 32 for b in range(256))


def _stop_share(tokens):
    """Share of function words among tokens."""
    return sum(map(_IS_STOP, tokens)) / (len(tokens) or 1)


def _make_lines(texts):
    """Line objects for [(pos, text)]; a text repeated in the page (menus, footers) is analysed once."""
    seen = {}
    lines = []
    for _, text in texts:
        ln = seen.get(text)
        if ln is None:
            ln = seen[text] = Line(text)
        lines.append(ln)
    return lines


def _match_rule(text, cues, n):
    """Category of the first rule that binds this line (within its word limit), or None."""
    keys = KEYS.intersection(cues) if cues else _NONE
    if text[0].isdigit() or SYMBOL_KEY.search(text):
        keys = keys.union([k for k in SYMBOLS if k in text], [DIGIT] if text[0].isdigit() else ())
    if not keys:
        return None
    tests, most_words = _rules_for(keys)
    if n > most_words:
        return None  # a line this long is past every word limit of these rules
    for cat, max_words, match, search in tests:
        if n <= max_words and ((match and match(text)) or (search and search(text))):
            return cat
    return None


def _rules_for(keys):
    """(RULE_TESTS entries that any of keys opens, in rule order; their largest word limit).

    Memoised: the key sets of real lines are few and recur.
    """
    found = _RULES_FOR.get(keys)
    if found is None:
        if len(_RULES_FOR) > 10000:
            _RULES_FOR.clear()  # keep the memo bounded on odd input
        tests = tuple(RULE_TESTS[i] for i in sorted({i for k in keys for i in RULES_BY_KEY[k]}))
        found = _RULES_FOR[keys] = (tests, max(t[1] for t in tests))
    return found


_RULES_FOR = {}


def _has_function_words(lines, needed):
    """Whether the page's lines hold more than `needed` stopwords (share times words, summed).

    Long lines are counted first and usually settle it, so short lines are seldom tokenised for it.
    """
    mass = 0.0
    for ln in lines:
        if ln.stop is not None:
            mass += ln.stop * ln.words
    if mass > needed:
        return True
    for ln in lines:
        if ln.stop is None:
            mass += _stop_share(ln.tokens) * ln.words
    return mass > needed


def _is_menu(text):
    """Three or more short items between separators, as in "Home | World | Sport"."""
    if text[0] == "|" and text[-1] == "|":
        return False  # a table row as trafilatura renders tables
    parts = MENU_SPLIT.split(text)
    return len(parts) >= 3 and all(p.count(" ") <= 6 for p in parts if p.strip())


def _body_span(lines, thread):
    """(score, (start, end)) of the body block; the span is None when there is none.

    Once a comments heading follows some prose, the body is sought before it:
    a long comment thread must not outscore the article it hangs under.
    """
    prose_words = 0
    for i, ln in enumerate(lines):
        if ln.prose:
            prose_words += ln.words
        elif prose_words >= MIN_WORDS_BEFORE_COMMENTS and ln.opens_comments:
            found = _best_block(lines[:i], thread)
            if found[1] is not None:
                return found
            break
    return _best_block(lines, thread)


def _best_block(lines, thread):
    """(score, (start, end)) of the best-scoring contiguous block; (0, None) when nothing scores.

    thread: the page has a comment thread, whose signature lines split blocks.
    """
    best, best_span = 0.0, None
    cur, cur_start, run = 0.0, 0, 0
    for i, ln in enumerate(lines):
        if ln.opens_comments or (thread and ln.signature):
            # Reader comments follow (or sit on both sides): the body cannot run past this line.
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
    return best, best_span


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


def title_keys(title):
    """Comparison keys of a page title: whole, and without a trailing " | Site name"."""
    keys = {_key(title)}
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if sep in title:
            keys.add(_key(title.rsplit(sep, 1)[0]))
            keys.add(_key(title.split(sep, 1)[0]))
    return keys - {""}


def _key(text):
    """Words of a line, lowercased, without punctuation: what duplicate lines are compared by."""
    return " ".join(WORD.findall(text.lower()))


def classify(texts, known_title=None, trusted=False):
    """Classify stripped non-blank lines [(pos, text)].

    known_title (from HTML metadata) makes every line equal to it a duplicate.
    trusted means an extractor already cut the page to its main text: then every
    line counts as inside the body and only patterns and local cues remove lines.

    Returns (labels, title) where labels[i] is None for a kept line or the
    category of a removed one, and title is the title text or None.
    """
    if not texts:
        return [], None
    lines = _make_lines(texts)
    total_words = sum(ln.words for ln in lines)
    # Non-English or list-only texts have few stopwords: then judge by length alone.
    stop_check = total_words >= 50 and _has_function_words(lines, 0.12 * total_words)
    for ln in lines:
        if ln.words >= PROSE_MIN_WORDS:
            ln.judge_prose(stop_check)
    n = len(lines)
    # Several comment signatures in one page: a thread, each comment its own block, none joined to the body.
    thread = sum(ln.signature for ln in lines) >= MIN_SIGNATURES
    if trusted:
        blocks = [(0, n - 1)]
    else:
        score, span = _body_span(lines, thread)
        blocks = [span] if span else []
        if span:
            # An article split by an embedded box (related links, video list): take its first part too.
            head_score, head = _best_block(lines[:span[0]], thread)
            if head and head_score >= max(SECOND_BLOCK_MIN, SECOND_BLOCK_SHARE * score):
                blocks.insert(0, head)
    if not blocks:
        # No prose anywhere: keep the sentence-like lines no pattern claims.
        return [ln.rule or (None if (ln.terminal and ln.words >= 4) else C.OTHER) for ln in lines], None
    start, end = blocks[0][0], blocks[-1][1]
    inside = bytearray(n)
    for lo, hi in blocks:
        inside[lo:hi + 1] = b"\x01" * (hi + 1 - lo)
    if known_title:
        title_i, title_set = None, title_keys(known_title)
    else:
        title_i = _pick_title(lines, start)
        title_set = {lines[title_i].key} if title_i is not None else set()

    labels = [None] * n
    comments_open = False
    for i, ln in enumerate(lines):
        if i == title_i:
            continue
        if i < end and not inside[i]:
            labels[i] = C.DUPLICATE_TITLE if ln.key in title_set else _outside_category(ln, True)
            continue
        if i > end:
            if ln.opens_comments or (thread and ln.signature):
                comments_open = True
            if comments_open and ln.prose and not ln.rule:
                labels[i] = C.COMMENTS
            elif labels[i - 1] == C.AUTHOR_BIO and not ln.rule:
                labels[i] = C.AUTHOR_BIO  # the bio under an "Author:" or "About the author" heading
            else:
                labels[i] = _outside_category(ln, False)
            continue
        if ln.rule_fits:
            labels[i] = ln.rule
        elif ln.key in title_set:
            labels[i] = C.DUPLICATE_TITLE
    for lo, hi in blocks:
        _mark_captions(lines, labels, lo, hi)
        if not trusted:
            _mark_lists(lines, labels, lo, hi)
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
            if ln.words <= 40 and _may_end_in_credit(ln) and TRAILING_CREDIT.search(ln.text) and CAPTION_CUE.search(ln.text):
                labels[i] = C.PHOTO_CAPTION
            continue
        if nxt.rule == C.PHOTO_CREDIT and ln.words <= 45 and not REPORTED.search(ln.text):
            labels[i] = C.PHOTO_CAPTION
        elif (ln.key and ln.words <= 60 and len(nxt.key) > len(ln.key) and nxt.key.startswith(ln.key)
              and TRAILING_CREDIT.search(nxt.text)):
            # The same sentence twice, the second time with its credit: both are the caption.
            labels[i] = C.PHOTO_CAPTION
            labels[i + 1] = C.PHOTO_CAPTION
        elif ln.words <= 40 and _may_end_in_credit(ln) and TRAILING_CREDIT.search(ln.text) and CAPTION_CUE.search(ln.text):
            labels[i] = C.PHOTO_CAPTION


def _may_end_in_credit(ln):
    """Cheap precondition of TRAILING_CREDIT: a "|" or "/" (counted in seps below 60 words) or a "(" in the line."""
    return ln.seps > 0 or "(" in ln.text


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
