"""Attribution benchmark on PolNeAR (shared/bench/sourcing/polnear).

Usage: PYTHONPATH=. python benchmarks/scoring_sourcing.py [--split dev|train] [--root DIR]

For each article (first annotator file, by sorted name): gold density = E lines per 100 words
(words = runs of \\w+); predicted density = ``find_attributions`` per 100 words. Prints the
Spearman correlation across articles (average ranks for ties), and cue precision / recall / F1
where a predicted cue matches a gold cue when their character spans overlap, each gold cue
matching at most once (greedy, in text order). The reporting-verb baseline of bench/README.md
(README: Spearman 0.52 on dev) is recomputed to check the metric. Dev is for measuring only;
train is where lexicons were studied.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.scoring import find_attributions  # noqa: E402

DEFAULT_ROOT = ROOT.parent / "shared" / "bench" / "sourcing" / "polnear"
WORD = re.compile(r"\w+")
BASELINE = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|added|adds|wrote|writes|noted|notes|"
    r"stated|announced|explained|claimed|argued|according to)\b",
    re.I,
)


def load(split_dir: Path) -> list[tuple[str, str, int, list[tuple[int, int]]]]:
    """[(name, text, gold attribution count, gold cue spans)] for the first annotator file."""
    first: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        first.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    out = []
    for name, ann in sorted(first.items()):
        text = (split_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        n_e = 0
        cues = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0].startswith("E"):
                n_e += 1
            elif parts[0].startswith("T") and len(parts) >= 2 and parts[1].startswith("Cue "):
                for seg in parts[1][4:].split(";"):
                    a, b = seg.split()
                    cues.append((int(a), int(b)))
        out.append((name, text, n_e, cues))
    return out


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(x: list[float], y: list[float]) -> float:
    rx, ry = ranks(x), ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else float("nan")


def match_cues(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """Overlap matches, each gold cue used at most once (greedy in order of predicted start)."""
    used = [False] * len(gold)
    tp = 0
    for a, b in sorted(pred):
        for i, (c, d) in enumerate(gold):
            if not used[i] and a < d and c < b:
                used[i] = True
                tp += 1
                break
    return tp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    args = ap.parse_args()
    docs = load(args.root / args.split)
    gold_d, ours_d, base_d = [], [], []
    tp = n_pred = n_gold = 0
    elapsed = 0.0
    for _name, text, n_e, cues in docs:
        words = max(1, len(WORD.findall(text)))
        t0 = time.perf_counter()
        found = find_attributions(text)
        elapsed += time.perf_counter() - t0
        gold_d.append(100 * n_e / words)
        ours_d.append(100 * len(found) / words)
        base_d.append(100 * len(BASELINE.findall(text)) / words)
        pred = [a.cue for a in found]
        tp += match_cues(pred, cues)
        n_pred += len(pred)
        n_gold += len(cues)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"split {args.split}: {len(docs)} articles, {n_gold} gold cues, {n_pred} predicted")
    print(f"baseline reporting-verb density  Spearman {spearman(base_d, gold_d):.3f}  (README 0.52 on dev)")
    print(f"find_attributions density         Spearman {spearman(ours_d, gold_d):.3f}  (target >= 0.80)")
    print(f"cues  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (target F1 >= 0.75)")
    print(f"{len(docs) / elapsed:,.0f} articles/s for find_attributions")


if __name__ == "__main__":
    main()
