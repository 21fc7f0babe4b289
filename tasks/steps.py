"""Prefect task wrappers: a few lines each over the pure batch functions."""
from __future__ import annotations

import datetime as dt

from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import parallel, processing
from tasks.inputs import RawArticle


# A failed batch is tried this many more times before the flow records it as failed.
BATCH_RETRIES = 1


# NO_CACHE: hashing a whole batch of article texts for a cache key would cost more than the work.
@task(name="clean-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_delay_seconds=0)
def clean_batch(
    articles: list[RawArticle],
    run_id: str,
    seen_at: dt.datetime,
    known_boilerplate: dict[str, frozenset[int]],
    max_article_words: int,
) -> dict:
    return parallel.run(processing.clean_new_articles, articles, run_id, seen_at, known_boilerplate, max_article_words)


@task(name="score-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_delay_seconds=0)
def score_batch(items: list[tuple[str, str]], scorer_version: str, scored_at: dt.datetime, weights: dict | None) -> dict:
    return parallel.run(processing.rescore_articles, items, scorer_version, scored_at, weights)


@task(name="reclean-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_delay_seconds=0)
def reclean_batch(items: list[tuple[str, str, str, str]], known_boilerplate: dict[str, frozenset[int]]) -> dict:
    return parallel.run(processing.reclean_articles, items, known_boilerplate)
