"""Turn a batch of decoded inputs into warehouse rows: clean, score, and keep the audit.

Pure: no Prefect, no DuckDB. Workers run this and return plain rows; the flow loads them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from urllib.parse import urlsplit

from tasks.cleaning import clean
from tasks.inputs import RawArticle, parse_published
from tasks.scoring import SCORER_VERSION, analyse
from tasks.scoring.composite import normalise_weights, quality_score

UNKNOWN_SOURCE = "unknown"
HOSTNAME = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


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
        }
        for position, found in enumerate(analysis.attributions)
    ]
    return {"article_scores": [scores], "sentence_scores": sentences, "attributions": attributions}


def process_articles(
    articles: list[RawArticle], run_id: str, seen_at: dt.datetime, scorer_version: str, weights: dict | None = None
) -> dict[str, list[dict]]:
    """Clean and score new articles. One without a body becomes a rejection with the cleaner's reason."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for article in articles:
        cleaned = clean(article.raw_text, article.content_type)
        if not cleaned.text.strip():
            reason = cleaned.reason or "no article body left after cleaning"
            tables["rejected_inputs"].append({"run_id": run_id, "input_path": article.input_path, "reason": reason})
            continue
        metadata = cleaned.metadata or {}
        published = article.published or parse_published(metadata.get("date"))[0]
        tables["articles"].append(
            {
                "article_id": article.article_id,
                "source": resolve_source(article, metadata),
                "url": article.url or metadata.get("url"),
                "title": article.title or cleaned.title or metadata.get("title"),
                "author": article.author or metadata.get("author"),
                "published_date": published,
                "input_path": article.input_path,
                "content_type": cleaned.content_type,
                "raw_text": article.raw_text,
                "clean_text": cleaned.text,
                "word_count": None,  # filled from the scores below, counted once
                "first_seen_run": run_id,
                "first_seen_at": seen_at,
            }
        )
        tables["removed_segments"].extend(
            {"article_id": article.article_id, "position": seg.position, "category": seg.category, "text": seg.text}
            for seg in cleaned.removed
        )
        for table, rows in score_rows(article.article_id, cleaned.text, scorer_version, seen_at, weights).items():
            tables[table].extend(rows)
        tables["articles"][-1]["word_count"] = tables["article_scores"][-1]["word_count"]
    return dict(tables)


def rescore_articles(
    items: list[tuple[str, str]], scorer_version: str, scored_at: dt.datetime, weights: dict | None = None
) -> dict[str, list[dict]]:
    """Score stored clean texts again, for a new scorer_version."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for article_id, clean_text in items:
        for table, rows in score_rows(article_id, clean_text, scorer_version, scored_at, weights).items():
            tables[table].extend(rows)
    return dict(tables)
