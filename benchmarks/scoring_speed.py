"""Scoring speed: articles/s on one core for ``analyse`` and its parts, on PolNeAR dev texts
(84 articles, ~830 words each; target >= 600 articles/s for ``analyse``).

Usage: PYTHONPATH=. python benchmarks/scoring_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.scoring import analyse, find_attributions, sentence_specificity, split_sentences  # noqa: E402
from tasks.scoring.readability import readability  # noqa: E402

TEXTS = ROOT.parent / "shared" / "bench" / "sourcing" / "polnear" / "dev" / "text"


def rate(fn, texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
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
