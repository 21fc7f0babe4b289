"""Scoring speed: articles/s on one core for ``analyse`` and its parts, on PolNeAR dev texts
(84 articles, ~830 words each; issue #4 asks >= 300 articles/s for ``analyse``, readability
included).

Rates are CPU time (``time.process_time``), the median of --repeat passes, so that other load on
a shared machine counts as little as it can. The parts take turns, one pass each per round, so a
change in machine load during the run falls on every part alike.

The scoring modules run compiled by mypyc when ``make setup`` built them (``setup.py``); set
SOURCESCORE_PURE_PYTHON=1 to time their plain-Python form.

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

from tasks.scoring import IMPLEMENTATION, analyse, find_attributions, sentence_specificity, split_sentences  # noqa: E402
from tasks.scoring.readability import readability  # noqa: E402

TEXTS = ROOT.parent / "shared" / "bench" / "sourcing" / "polnear" / "dev" / "text"


def one_pass(fn, texts: list[str]) -> float:
    """CPU seconds for one call of ``fn`` per text."""
    t0 = time.process_time()
    for t in texts:
        fn(t)
    return time.process_time() - t0


def rates(parts: dict, texts: list[str], repeat: int) -> dict[str, float]:
    """Articles per CPU second for each part, median over ``repeat`` rounds of one pass each."""
    times: dict[str, list[float]] = {name: [] for name in parts}
    for _ in range(repeat):
        for name, fn in parts.items():
            times[name].append(one_pass(fn, texts))
    return {name: len(texts) / statistics.median(ts) for name, ts in times.items()}


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
    print(f"scoring modules: {IMPLEMENTATION} (SOURCESCORE_PURE_PYTHON=1 runs the plain-Python ones)")
    for name, r in rates(parts, texts, args.repeat).items():
        print(f"{name:18s} {r:8,.0f} articles/s")
    # one 200 KB sentence (the dev texts with no full stops): a per-cue scan of the whole sentence
    # would make this take tens of seconds
    long_text = " ".join(texts).replace(".", ",").replace("?", ",").replace("!", ",").replace("\n", " ")[:200_000]
    t0 = time.process_time()
    analyse(long_text)
    print(f"one 200 KB sentence: analyse {time.process_time() - t0:.2f} s")


if __name__ == "__main__":
    main()
