"""Scoring speed: articles/s on one core for ``analyse`` and its parts, on PolNeAR dev texts
(84 articles, ~830 words each; issue #4 asks >= 300 articles/s for ``analyse``, readability
included).

Rates are CPU time (``time.process_time``), the median of --repeat passes, so that other load on
a shared machine counts as little as it can.

Usage: PYTHONPATH=. python benchmarks/scoring_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.scoring import analyse, find_attributions, sentence_specificity, split_sentences  # noqa: E402
from tasks.scoring.readability import readability  # noqa: E402

TEXTS = ROOT.parent / "shared" / "bench" / "sourcing" / "polnear" / "dev" / "text"


def rate(fn, texts: list[str], repeat: int) -> float:
    """Articles per CPU second, median over ``repeat`` passes."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            fn(t)
        times.append(time.process_time() - t0)
    return len(texts) / statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(TEXTS.glob("*.txt"))]
    for t in texts:  # warm caches (syllables, lazy dictionaries)
        analyse(t)
    parts = {
        "analyse": analyse,
        "split_sentences": split_sentences,
        "specificity": lambda t: [sentence_specificity(t[a:b]) for a, b in split_sentences(t)],
        "find_attributions": find_attributions,
        "readability": readability,
    }
    for name, fn in parts.items():
        print(f"{name:18s} {rate(fn, texts, args.repeat):8,.0f} articles/s")


if __name__ == "__main__":
    main()
