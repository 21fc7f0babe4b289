"""Turn a batch of decoded inputs into warehouse rows: clean, score, and keep the audit.

Pure: no Prefect, no DuckDB. Workers run this and return plain rows; the flow loads them.
The flow cleans every new article first and scores afterwards, so that an article cleaned
again for boilerplate learned in the same run is still scored only once.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from itertools import filterfalse
from urllib.parse import urlsplit

from tasks.cleaning import Cleaned, RemovedSegment, categories, clean, clean_again_with_learned_lines
from tasks.cleaning.repetition import line_fingerprint, line_fingerprints
from tasks.inputs import RawArticle, parse_published
from tasks.language import detect_language
from tasks.scoring import SCORER_VERSION, analyse
from tasks.scoring.composite import normalise_weights, quality_score

UNKNOWN_SOURCE = "unknown"
# Past this many words a text is a dump or a book, not one article; scoring it would stall a batch.
DEFAULT_MAX_ARTICLE_WORDS = 50_000
# Below this many words in the whole input, the cleaner's "no body" means "too short".
MIN_ARTICLE_WORDS = 20
_WORDS = re.compile(r"\w+")
# ASCII bytes that are not word characters (\w: letters, digits, underscore) become spaces.
_ASCII_NON_WORD_TO_SPACE = bytes(b if chr(b).isalnum() or b == 95 else 32 for b in range(128)) + bytes(
    range(128, 256))
HOSTNAME = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


# A small page for warm_up: trafilatura's first call on each path pays for imports and lazy set-up.
WARM_UP_PAGE = (
    "<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1>"
    "<p>The council voted on Monday to extend the library's hours, said Mayor Lena Ortiz.</p>"
    "<p>Readers can reach the newsroom by email.</p></article></body></html>"
)


def warm_up() -> None:
    """Load what the first batch would otherwise load: trafilatura, the scorer's tables and regexes."""
    clean(WARM_UP_PAGE, "html")
    analyse("Warm-up sentence, said the worker.")


def word_count(text: str) -> int:
    """Words as the scores count them: runs of word characters."""
    # Split on ASCII non-word bytes in C; only tokens with other characters (“, —, é) need the regex.
    tokens = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD_TO_SPACE).split()
    words = sum(map(bytes.isascii, tokens))
    for token in filterfalse(bytes.isascii, tokens):
        words += len(_WORDS.findall(token.decode("utf-8", "surrogatepass")))
    return words


def domain_of(url: str | None) -> str | None:
    """'https://www.example.com/a' -> 'example.com'; None when there is no host."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    host = host.removeprefix("www.")
    return host if HOSTNAME.match(host) else None


def resolve_source(article: RawArticle, page_metadata: dict) -> str:
    """The manifest's or feed's source, else the URL's domain, else 'unknown'."""
    return article.source or domain_of(article.url or page_metadata.get("url")) or UNKNOWN_SOURCE


def effective_scorer_version(weights: dict | None) -> str:
    """SCORER_VERSION, tagged with the weights when they differ from the defaults.

    Stored quality scores depend on the weights, so new weights must re-score like a new scorer.
    """
    normalised = normalise_weights(weights)
    if normalised == normalise_weights(None):
        return SCORER_VERSION
    digest = hashlib.sha256(json.dumps(normalised, sort_keys=True).encode()).hexdigest()[:8]
    return f"{SCORER_VERSION}+w{digest}"


def score_rows(
    article_id: str, clean_text: str, scorer_version: str, scored_at: dt.datetime, weights: dict | None = None
) -> dict[str, list[dict]]:
    """Rows for article_scores, sentence_scores and attributions from one cleaned text."""
    analysis = analyse(clean_text)
    key = {"article_id": article_id, "scorer_version": scorer_version}
    scores = {**key, **analysis.scores, "scored_at": scored_at}
    if weights is not None:
        scores["quality_score"] = quality_score(analysis.scores, weights)
    sentences = [
        {**key, "position": position, "sentence": sentence, "specificity": specificity}
        for position, sentence, specificity in analysis.sentences
    ]
    attributions = [
        {
            **key,
            "position": position,
            "kind": found.kind,
            "source_type": found.source_type,
            "cue": clean_text[found.cue[0] : found.cue[1]],
            "source": clean_text[found.source[0] : found.source[1]] if found.source else None,
            "content": clean_text[found.content[0] : found.content[1]] if found.content else None,
            "source_key": found.source_key or None,
        }
        for position, found in enumerate(analysis.attributions)
    ]
    return {"article_scores": [scores], "sentence_scores": sentences, "attributions": attributions}


def cleaning_rows(article_id: str, source: str, cleaned: Cleaned) -> dict[str, list[dict]]:
    """Rows for removed_segments and article_lines, and examples of source-repeated lines."""
    removed = [
        {"article_id": article_id, "position": seg.position, "category": seg.category, "text": seg.text}
        for seg in cleaned.removed
    ]
    examples = [
        {"source": source, "line_hash": line_fingerprint(seg.text), "text": seg.text}
        for seg in cleaned.removed
        if seg.category == categories.SOURCE_REPEATED
    ]
    lines = [{"article_id": article_id, "line_hash": h} for h in line_fingerprints(cleaned.text)]
    return {"removed_segments": removed, "article_lines": lines, "boilerplate_examples": examples}


def _clean_for_source(article: RawArticle, known: dict[str, frozenset[int]]) -> tuple[Cleaned, str]:
    """Clean with the learned lines of the article's source; the source may come from the page itself."""
    guess = article.source or domain_of(article.url) or UNKNOWN_SOURCE
    cleaned = clean(article.raw_text, article.content_type, known.get(guess, frozenset()))
    source = resolve_source(article, cleaned.metadata or {})
    if source != guess and known.get(source):
        cleaned = clean(article.raw_text, article.content_type, known[source])
    return cleaned, source


def _length_problem(raw_text: str, max_words: int) -> str | None:
    """A reason to refuse a text that is far too long to be one article, counted cheaply."""
    # Fewer spaces than the limit means fewer words: no need to count.
    if raw_text.count(" ") < max_words:
        return None
    words = len(_WORDS.findall(raw_text))
    # Markup inflates a page's word count, so HTML may hold three times the words before cleaning.
    limit = max_words * 3 if raw_text.lstrip().startswith("<") else max_words
    if words > limit:
        return f"too long to be one article ({words:,} words; the limit is {limit:,})"
    return None


def clean_new_articles(
    articles: list[RawArticle],
    run_id: str,
    seen_at: dt.datetime,
    known_boilerplate: dict[str, frozenset[int]] | None = None,
    max_article_words: int = DEFAULT_MAX_ARTICLE_WORDS,
) -> dict[str, list[dict]]:
    """Clean new articles and keep the audit; scoring comes later, once per article.

    One without a body, or far too long, becomes a rejection with a reason.
    """
    tables: dict[str, list[dict]] = defaultdict(list)
    for article in articles:
        reason = _length_problem(article.raw_text, max_article_words)
        if reason is None:
            cleaned, source = _clean_for_source(article, known_boilerplate or {})
            if not cleaned.text.strip():
                reason = cleaned.reason or "no article body left after cleaning"
                words = len(_WORDS.findall(article.raw_text))
                if words < MIN_ARTICLE_WORDS:
                    reason = f"too short to be an article ({words} words); {reason}"
        if reason is not None:
            tables["rejected_inputs"].append({"run_id": run_id, "input_path": article.input_path, "reason": reason})
            continue
        metadata = cleaned.metadata or {}
        published = article.published or parse_published(metadata.get("date"))[0]
        language = detect_language(cleaned.text)
        if language not in ("en", "unknown"):
            tables["input_warnings"].append({
                "run_id": run_id, "input_path": article.input_path,
                "warning": f"the text looks like '{language}', not English: readability formulas assume English",
            })
        tables["articles"].append(
            {
                "article_id": article.article_id,
                "source": source,
                "url": article.url or metadata.get("url"),
                "title": article.title or cleaned.title or metadata.get("title"),
                "author": article.author or metadata.get("author"),
                "published_date": published,
                "input_path": article.input_path,
                "content_type": cleaned.content_type,
                "raw_text": article.raw_text,
                "clean_text": cleaned.text,
                "word_count": word_count(cleaned.text),
                "first_seen_run": run_id,
                "first_seen_at": seen_at,
                "language": language,
            }
        )
        for table, rows in cleaning_rows(article.article_id, source, cleaned).items():
            tables[table].extend(rows)
    return dict(tables)


def process_articles(
    articles: list[RawArticle],
    run_id: str,
    seen_at: dt.datetime,
    scorer_version: str,
    weights: dict | None = None,
    known_boilerplate: dict[str, frozenset[int]] | None = None,
    max_article_words: int = DEFAULT_MAX_ARTICLE_WORDS,
) -> dict[str, list[dict]]:
    """Clean and score new articles in one pass: every row the warehouse keeps for them."""
    tables = clean_new_articles(articles, run_id, seen_at, known_boilerplate, max_article_words)
    scored = rescore_articles(
        [(row["article_id"], row["clean_text"]) for row in tables.get("articles", ())], scorer_version, seen_at, weights
    )
    return {**tables, **scored}


def rescore_articles(
    items: list[tuple[str, str]], scorer_version: str, scored_at: dt.datetime, weights: dict | None = None
) -> dict[str, list[dict]]:
    """Score stored clean texts: new articles, re-cleaned ones, or all under a new scorer_version."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for article_id, clean_text in items:
        for table, rows in score_rows(article_id, clean_text, scorer_version, scored_at, weights).items():
            tables[table].extend(rows)
    return dict(tables)


def _clean_again(raw_text: str, content_type: str, first: list, known: frozenset[int]) -> Cleaned:
    """The article cleaned with its source's learned lines; plain text reuses its first labels."""
    if content_type == "text" and first:
        clean_text_md5, positions, labels, texts = first
        segments = [RemovedSegment(*segment) for segment in zip(positions, labels, texts)]
        cleaned = clean_again_with_learned_lines(raw_text, clean_text_md5, segments, known)
        if cleaned is not None:
            return cleaned
    return clean(raw_text, content_type, known)


def reclean_articles(
    items: list[tuple], known_boilerplate: dict[str, frozenset[int]]
) -> dict[str, list[dict]]:
    """Clean stored articles again with newly learned source boilerplate; they are scored afterwards.

    items: (article_id, source, raw_text, content_type[, clean_text_md5, positions, categories,
    texts]); with the first cleaning's result, a plain-text article is not classified again.
    An article that would lose its whole body keeps its current rows: nothing is lost.
    """
    tables: dict[str, list[dict]] = defaultdict(list)
    for article_id, source, raw_text, content_type, *first in items:
        cleaned = _clean_again(raw_text, content_type, first, known_boilerplate.get(source, frozenset()))
        if not cleaned.text.strip():
            continue
        tables["recleaned"].append(
            {"article_id": article_id, "clean_text": cleaned.text, "word_count": word_count(cleaned.text)}
        )
        for table, rows in cleaning_rows(article_id, source, cleaned).items():
            tables[table].extend(rows)
    return dict(tables)
