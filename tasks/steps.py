"""Prefect task wrappers: a few lines each over the pure batch functions.

Each hands its batch to a worker process (tasks.parallel), which writes the big tables to
Arrow files in `spool_dir`, typed by `schemas` (the warehouse's column types, read once by
the flow), and returns their names; with no spool_dir it returns the Arrow tables.
"""
from __future__ import annotations

import datetime as dt

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from tasks import parallel, processing
from tasks.arrow_rows import run_to_spool


# A failed batch is tried this many more times before the flow records it as failed.
BATCH_RETRIES = 1


class Payload:
    """A task argument Prefect hands over as it is.

    Prefect walks lists, dicts, sets and dataclasses in task arguments looking for futures: for a
    batch of articles that was a quarter of the flow process's CPU. It does not enter other objects.
    (Prefect's own `quote` does the same, but a Dask client turns it into a plain tuple.)
    """

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


# NO_CACHE: hashing a whole batch of article texts for a cache key would cost more than the work.
@task(name="clean-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_delay_seconds=0)
def clean_batch(
    articles: Payload,  # list[tasks.inputs.RawArticle]
    run_id: str,
    seen_at: dt.datetime,
    known_boilerplate: Payload,  # dict[str, frozenset[int]]
    max_article_words: int,
    schemas: dict[str, pa.Schema],
    spool_dir: str | None,
) -> dict:
    return parallel.run(
        run_to_spool, processing.clean_new_articles, schemas, spool_dir, articles.value, run_id, seen_at,
        known_boilerplate.value, max_article_words,
    )


@task(name="score-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_delay_seconds=0)
def score_batch(
    items: Payload,  # list[tuple[str, str]]: (article_id, clean_text)
    scorer_version: str, scored_at: dt.datetime, weights: dict | None,
    schemas: dict[str, pa.Schema], spool_dir: str | None,
) -> dict:
    return parallel.run(
        run_to_spool, processing.rescore_articles, schemas, spool_dir, items.value, scorer_version, scored_at, weights
    )


@task(name="reclean-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_delay_seconds=0)
def reclean_batch(
    items: Payload,  # list[tuple]: (article_id, source, raw_text, content_type[, clean_text_md5, positions, categories, texts])
    known_boilerplate: Payload,  # dict[str, frozenset[int]]
    schemas: dict[str, pa.Schema], spool_dir: str | None,
) -> dict:
    return parallel.run(
        run_to_spool, processing.reclean_articles, schemas, spool_dir, items.value, known_boilerplate.value
    )
