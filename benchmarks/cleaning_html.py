"""Scrapinghub article-extraction benchmark: shingle P/R/F1 and pages/s, trafilatura alone vs clean().

Metric (shared/bench/README.md): tokens are runs of \\w+; a page's shingles are
its word 4-grams as a multiset (fewer than 4 tokens: one shingle). Per page
tp/fp/fn are shared/extra/missing shingles. Precision is the mean over pages
with tp+fp > 0 of tp/(tp+fp), recall the mean over pages with tp+fn > 0 of
tp/(tp+fn), each counting 1 where fp = fn = 0; F1 is their harmonic mean.
Baseline: trafilatura extract(html, include_comments=False) F1 0.960 (P 0.942, R 0.978).
Speed is CPU time, best of --repeat passes alternating between the two methods.

    PYTHONPATH=. python benchmarks/cleaning_html.py [--repeat N] [--worst N]
"""
import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

from tasks.cleaning import clean

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "extraction" / "scrapinghub"
TOKEN = re.compile(r"\w+")


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([" ".join(tokens)])
    return Counter(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(counts):
    precisions, recalls = [], []
    for tp, fp, fn in counts:
        if fp == fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def trafilatura_alone(html):
    return trafilatura.extract(html, include_comments=False) or ""


def ours(html):
    return clean(html, "html").text


def run(pages, methods, repeat):
    """{name: (predictions, best pages/s)}; passes alternate between methods so load on the machine hits both alike."""
    preds = {name: {} for name in methods}
    best = dict.fromkeys(methods, 0.0)
    for _ in range(repeat):
        for name, method in methods.items():
            t0 = time.process_time()
            preds[name] = {pid: method(html) for pid, html in pages.items()}
            best[name] = max(best[name], len(pages) / (time.process_time() - t0))
    return {name: (preds[name], best[name]) for name in methods}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing passes; the best is reported")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where clean() loses most to trafilatura")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"missing {DATA}")
    truth = {pid: row["articleBody"] for pid, row in json.loads((DATA / "ground-truth.json").read_text("utf-8")).items()}
    pages = {}
    for path in sorted((DATA / "html").glob("*.html.gz")):
        pid = path.name.split(".")[0]
        if pid in truth:
            pages[pid] = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    print(f"scrapinghub: {len(pages)} pages")
    print(f"{'method':<22}{'P':>7}{'R':>7}{'F1':>7}{'pages/s':>10}")
    results = {}
    runs = run(pages, {"trafilatura alone": trafilatura_alone, "sourcescore clean": ours}, args.repeat)
    for name, (preds, rate) in runs.items():
        counts = {pid: page_counts(truth[pid], preds[pid]) for pid in pages}
        results[name] = counts
        p, r, f1 = prf(counts.values())
        print(f"{name:<22}{p:7.3f}{r:7.3f}{f1:7.3f}{rate:10.1f}")
    ratio = runs["trafilatura alone"][1] / runs["sourcescore clean"][1]
    print(f"clean() takes {ratio:.2f}x the time of trafilatura alone (CPU time, best of {args.repeat} alternating passes)")
    if args.worst:
        base, mine = results["trafilatura alone"], results["sourcescore clean"]
        diffs = sorted(pages, key=lambda pid: (mine[pid][0] - base[pid][0]))
        for pid in diffs[: args.worst]:
            print(pid[:12], "tp/fp/fn trafilatura", [round(x, 3) for x in base[pid]], "ours", [round(x, 3) for x in mine[pid]])


if __name__ == "__main__":
    main()
