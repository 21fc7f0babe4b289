"""Cleaning: strip page boilerplate from a news article, keeping an audit of what went.

    clean(raw, content_type="auto") -> Cleaned

Plain text goes straight to the line classifier (lines.py); HTML goes through
trafilatura first (html.py) and its output lines then through the same
classifier, since bios, promos and captions survive extraction.
"""
import hashlib
import re
from dataclasses import dataclass, field

from . import categories
from .lines import classify
from .repetition import line_fingerprint

__all__ = ["Cleaned", "RemovedSegment", "categories", "clean", "clean_again_with_learned_lines", "looks_like_html"]

NO_BODY = "no article body found"
EMPTY_INPUT = "empty input"
NO_EXTRACT = "no article body found in HTML"
# A body needs at least one line this long: menus and link fragments never reach it.
MIN_SENTENCE_WORDS = 6

# Markup that plain prose does not contain: a doctype or a structural tag.
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]"
    r"|<(?:p|div|article|section|main|h[1-6]|br|span|a|ul|li|table|meta|script)(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE)


# "By Jane Doe, Staff Writer" -> "Jane Doe".
_BYLINE_NAME = re.compile(r"(?i:by|words by|story by|written by)\s+([^,|(\n]+?)(?:\s+(?:[-–—|]|in|for)\s.*|,.*|\s*\(.*)?$")


@dataclass(frozen=True)
class RemovedSegment:
    """A line taken out of the text: its 0-based index among the input lines, why, and the line."""
    position: int
    category: str
    text: str


@dataclass(frozen=True)
class Cleaned:
    """The article body and the audit of what was removed."""
    text: str
    title: str | None
    removed: list[RemovedSegment]
    content_type: str
    reason: str | None = None
    metadata: dict = field(default_factory=dict)


def looks_like_html(raw: str) -> bool:
    """True when the start of raw carries HTML markup."""
    return _HTML_SNIFF.search(raw, 0, 4096) is not None


def clean(raw: str, content_type: str = "auto", known_boilerplate: frozenset[int] = frozenset()) -> Cleaned:
    """Clean one article given as plain text or HTML ("text", "html" or "auto").

    `known_boilerplate` holds fingerprints (repetition.line_fingerprint) of lines already
    learned to recur across the article's source; such lines are removed as source_repeated.
    """
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    kind = content_type if content_type in ("text", "html") else ("html" if looks_like_html(raw) else "text")
    if not raw.strip():
        return Cleaned("", None, [], kind, EMPTY_INPUT, {})
    if kind == "text":
        return _clean_lines(raw, None, {}, "text", known_boilerplate)
    from .html import extract  # imported late: plain-text users never pay for trafilatura
    text, title, metadata = extract(raw)
    if not text:
        return Cleaned("", title, [], "html", NO_EXTRACT, metadata)
    return _clean_lines(text, title, metadata, "html", known_boilerplate)


def clean_again_with_learned_lines(
    raw: str, clean_text_md5: str, removed: list[RemovedSegment], known_boilerplate: frozenset[int]
) -> Cleaned | None:
    """clean(raw, "text", known_boilerplate) from what clean(raw, "text") gave, without classifying again.

    The classifier never looks at learned lines: they only turn lines it kept into source_repeated.
    So a plain-text article's first labels (its removed segments; every other line kept) serve again.
    clean_text_md5 is the hex MD5 of the first clean text, which the lines kept must reproduce.
    None when the first labels do not fit raw (say, an older cleaner's positions): clean in full then.
    """
    texts = _nonblank_lines(raw)
    line_at = dict(texts)
    if any(line_at.get(seg.position) != seg.text for seg in removed):
        return None
    label_at = {seg.position: seg.category for seg in removed}
    labels = [label_at.get(pos) for pos, _ in texts]
    kept = "\n".join(line for (_, line), label in zip(texts, labels) if label is None)
    if hashlib.md5(kept.encode("utf-8", "surrogatepass")).hexdigest() != clean_text_md5:
        return None
    # Lines learned before are decided again, against the learned lines of the article's source now.
    labels = [None if label == categories.SOURCE_REPEATED else label for label in labels]
    return _assemble(texts, labels, None, {}, "text", known_boilerplate)


def _nonblank_lines(text):
    """[(position, stripped line)] of the lines with any content; positions count every line."""
    texts = []
    for pos, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if stripped:
            texts.append((pos, stripped))
    return texts


def _clean_lines(text, title, metadata, kind, known_boilerplate=frozenset()):
    texts = _nonblank_lines(text)
    labels, found_title = classify(texts, title, trusted=kind == "html")
    return _assemble(texts, labels, title or found_title, metadata, kind, known_boilerplate)


def _assemble(texts, labels, title, metadata, kind, known_boilerplate):
    """The Cleaned result from each line's label, after learned lines and the fragments-only check."""
    kept, kept_at, removed = [], [], []
    for (pos, line), label in zip(texts, labels):
        if label is None and known_boilerplate and line_fingerprint(line) in known_boilerplate:
            label = categories.SOURCE_REPEATED
        if label is None:
            kept.append(line)
            kept_at.append(pos)
        else:
            removed.append(RemovedSegment(pos, label, line))
    if kept and not any(len(line.split(None, MIN_SENTENCE_WORDS)) >= MIN_SENTENCE_WORDS for line in kept):
        # Only fragments survived (a menu, a footer): that is page chrome, not an article.
        # (by position: a removed line may repeat a kept one's text, and is removed once)
        removed = sorted(
            removed + [RemovedSegment(pos, categories.OTHER, line) for pos, line in zip(kept_at, kept)],
            key=lambda seg: seg.position,
        )
        kept = []
    body = "\n".join(kept)
    if kind == "html" and "author" not in metadata:
        # The page's metadata names no author: take it from a byline the extractor left in the text.
        author = next((_BYLINE_NAME.match(seg.text) for seg in removed if seg.category == categories.BYLINE), None)
        if author:
            metadata = {**metadata, "author": author.group(1).strip()}
    return Cleaned(body, title, removed, kind, None if body else NO_BODY, metadata)
