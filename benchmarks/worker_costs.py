"""Where the CPU goes per article, step by step: the functions the flow's workers call, timed alone.

Usage: PYTHONPATH=. .venv/bin/python benchmarks/worker_costs.py --inputs DIR --warehouse FILE [--limit 2000]

The warehouse must come from a scoring run over DIR: its learned boilerplate lines are the ones
the re-clean step uses. benchmarks/throughput.py calls `step_costs` after its first flow run.
Everything runs in this process on one core, in CPU time, so the shares hold on a busy machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks import processing, warehouse  # noqa: E402
from tasks.arrow_rows import spool  # noqa: E402
from tasks.cleaning import clean  # noqa: E402
from tasks.cleaning.repetition import line_fingerprints  # noqa: E402
from tasks.inputs import RawArticle, inputs_of_file, iter_inputs  # noqa: E402
from tasks.language import detect_language  # noqa: E402
from tasks.scoring import SCORER_VERSION  # noqa: E402


def _cpu_ms(fn, items) -> tuple[float, list]:
    """(CPU milliseconds of fn over every item, the results)."""
    started = time.process_time()
    out = [fn(item) for item in items]
    return 1000 * (time.process_time() - started), out


def _input_paths(inputs: Path, limit: int) -> list[Path]:
    return sorted(p for p in inputs.rglob("*") if p.is_file() and p.name != "manifest.csv")[:limit]


def step_costs(inputs: Path, warehouse_path: Path, limit: int = 2000) -> dict:
    """CPU ms per article of each step, over the first `limit` inputs, and the share re-cleaned."""
    con = warehouse.connect(warehouse_path, read_only=True)
    try:
        known = warehouse.known_source_boilerplate(con)
        schemas = warehouse.arrow_schemas(con)
    finally:
        con.close()
    read_ms, _ = _cpu_ms(lambda p: inputs_of_file(inputs, p), _input_paths(inputs, limit))
    # The same inputs again with the manifest's sources, which the learned lines are keyed by.
    articles = [item for item in islice(iter_inputs(inputs), limit) if isinstance(item, RawArticle)]
    n = max(len(articles), 1)
    seen_at = dt.datetime.now()
    ms: dict[str, float] = {"read, decode, hash (flow process)": read_ms}
    ms["clean: line classifier"], cleaned = _cpu_ms(lambda a: clean(a.raw_text, a.content_type), articles)
    ms["clean: language guess"], _ = _cpu_ms(lambda c: detect_language(c.text), cleaned)
    ms["clean: line fingerprints"], _ = _cpu_ms(lambda c: line_fingerprints(c.text), cleaned)
    started = time.process_time()
    tables = processing.clean_new_articles(articles, "costs", seen_at, {}, processing.DEFAULT_MAX_ARTICLE_WORDS)
    clean_all = 1000 * (time.process_time() - started)
    ms["clean: rows and the rest"] = max(clean_all - sum(v for k, v in ms.items() if k.startswith("clean:")), 0.0)
    removed: dict[str, tuple[list, list, list]] = {}
    for seg in tables.get("removed_segments", []):
        lists = removed.setdefault(seg["article_id"], ([], [], []))
        for values, key in zip(lists, ("position", "category", "text")):
            values.append(seg[key])
    # As the flow sends them, with the first cleaning's result (see sql/queries/articles_to_reclean.sql).
    stored = [(r["article_id"], r["source"], r["raw_text"], r["content_type"],
               hashlib.md5(r["clean_text"].encode("utf-8")).hexdigest(), *removed.get(r["article_id"], ([], [], [])))
              for r in tables.get("articles", [])]
    # The re-clean step sees only articles still holding a line learned for their source.
    source_of = {r["article_id"]: r["source"] for r in tables.get("articles", [])}
    holding = {r["article_id"] for r in tables.get("article_lines", [])
               if r["line_hash"] in known.get(source_of[r["article_id"]], ())}
    affected = [row for row in stored if row[0] in holding]
    started = time.process_time()
    recleaned = processing.reclean_articles(affected, known)
    ms["re-clean after learning"] = 1000 * (time.process_time() - started)
    final = {r["article_id"]: r["clean_text"] for r in tables.get("articles", [])}
    final.update({r["article_id"]: r["clean_text"] for r in recleaned.get("recleaned", [])})
    started = time.process_time()
    scored = processing.rescore_articles(list(final.items()), SCORER_VERSION, seen_at)
    ms["score: analyse and its rows"] = 1000 * (time.process_time() - started)
    with tempfile.TemporaryDirectory() as spool_dir:
        started = time.process_time()
        for produced in (tables, recleaned, scored):
            spool(produced, schemas, spool_dir)
        ms["rows to Arrow files"] = 1000 * (time.process_time() - started)
    return {"articles": len(articles), "recleaned_share": round(len(affected) / n, 3),
            "ms_per_article": {step: round(v / n, 3) for step, v in ms.items()}}


def log_costs(costs: dict, log=print) -> None:
    per = costs["ms_per_article"]
    log(f"CPU ms per article by step, one core, first {costs['articles']:,} articles"
        f" ({100 * costs['recleaned_share']:.0f}% cleaned again after learning; that step's cost is spread over all):")
    for step, value in per.items():
        log(f"  {step:36s} {value:6.3f}")
    log(f"  {'all of these':36s} {sum(per.values()):6.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--inputs", required=True, help="the inputs folder a scoring run read")
    ap.add_argument("--warehouse", required=True, help="the warehouse that run wrote")
    ap.add_argument("--limit", type=int, default=2000, help="inputs to time (default 2000)")
    args = ap.parse_args(argv)
    log_costs(step_costs(Path(args.inputs), Path(args.warehouse), args.limit))


if __name__ == "__main__":
    main()
