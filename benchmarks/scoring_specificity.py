"""Sentence-specificity benchmark: ROC AUC on shared/bench/specificity/wsj_dev.tsv.

Usage: PYTHONPATH=. python benchmarks/scoring_specificity.py [path/to/wsj_dev.tsv]
       (rebuild the model with benchmarks/specificity_fit.py)

Prints the AUC of ``tasks.scoring.sentence_specificity`` for the label ``specific`` (ties count
half), next to the two baselines from bench/README.md (sentence length 0.734; digit tokens plus
capitalised non-initial tokens 0.776) recomputed here to check the metric. Sentences are PTB
tokenised and are scored as given, as an outside evaluation would call the function
(``sentence_specificity`` reads them as prose, see ``tasks/scoring/treebank.py``); it also prints
how many score differently when untokenised first (0 expected). The baselines use the tokens. The model is learned
from PolNeAR train text only (``specificity_fit.py``); for information, it also prints the 5-fold
out-of-fold AUC that weights fitted on this file's labels would get with the same features
(needs numpy), which shows how much a labelled in-domain fit could add.
"""

from __future__ import annotations

import bisect
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tasks.scoring import sentence_specificity  # noqa: E402
from tasks.scoring.treebank import untokenise  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench" / "specificity" / "wsj_dev.tsv"
def roc_auc(scores: list[float], positive: list[bool]) -> float:
    """P(score of a random positive > score of a random negative), ties counting half."""
    neg = sorted(s for s, p in zip(scores, positive) if not p)
    pos = [s for s, p in zip(scores, positive) if p]
    if not pos or not neg:
        return float("nan")
    total = 0.0
    for s in pos:
        lo = bisect.bisect_left(neg, s)
        hi = bisect.bisect_right(neg, s)
        total += lo + 0.5 * (hi - lo)
    return total / (len(pos) * len(neg))


def baseline_length(ptb: str) -> float:
    return float(len(ptb.split()))


def baseline_digits_capitals(ptb: str) -> float:
    toks = ptb.split()
    digits = sum(any(c.isdigit() for c in t) for t in toks)
    capitals = sum(1 for t in toks[1:] if t[:1].isupper())
    return float(digits + capitals)


def read_rows(path: Path) -> list[tuple[bool, str]]:
    """[(is specific, PTB-tokenised sentence)] of a ``label<TAB>sentence`` file with a header."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            label, _, sentence = line.rstrip("\n").partition("\t")
            if sentence:
                rows.append((label == "specific", sentence))
    return rows


def main(path: Path) -> None:
    rows = read_rows(path)
    labels = [r[0] for r in rows]
    texts = [untokenise(r[1]) for r in rows]
    t0 = time.perf_counter()
    ours = [sentence_specificity(r[1]) for r in rows]
    elapsed = time.perf_counter() - t0
    differ = sum(a != sentence_specificity(t) for a, t in zip(ours, texts))
    print(f"sentences: {len(rows)} ({sum(labels)} specific)")
    print(f"baseline sentence length      AUC {roc_auc([baseline_length(r[1]) for r in rows], labels):.3f}  (README 0.734)")
    print(f"baseline digits + capitals    AUC {roc_auc([baseline_digits_capitals(r[1]) for r in rows], labels):.3f}  (README 0.776)")
    print(f"sentence_specificity          AUC {roc_auc(ours, labels):.4f}  (target >= 0.85)")
    print(f"  sentences scoring differently when untokenised first: {differ}")
    from specificity_fit import features, out_of_fold_auc
    import numpy as np

    mean, spread = out_of_fold_auc(features(texts), np.array(labels, float))
    print(f"  info: weights fitted on these labels, 5-fold out-of-fold AUC {mean:.3f} ± {spread:.3f} (5 shuffles)")
    share = sum(s >= 0.5 for s in ours) / len(ours)
    print(f"share scored >= 0.5: {share:.3f}; {len(rows) / elapsed:,.0f} sentences/s")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
