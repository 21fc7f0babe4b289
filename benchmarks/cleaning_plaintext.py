"""L3S-GN1 boilerplate removal on plain-text lines: word-level micro P/R/F1 and docs/s.

Metric (shared/bench/README.md): a page's lines joined by "\\n" are cleaned as
plain text; a kept line counts its words. TP = words of kept lines labelled 1
(headline) or 2 (main text), FP = words of kept lines with other labels,
FN = words of dropped lines labelled 1 or 2; micro-averaged over pages.
Baselines computed by the same code: keep everything (F1 0.662) and keep lines
of 10 or more words (F1 0.787). Speed is CPU time of clean() alone, best of
--repeat passes, so that other load on a shared machine does not count.

    PYTHONPATH=. python benchmarks/cleaning_plaintext.py [--errors N] [--repeat N]
"""
import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from tasks.cleaning import clean

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "plaintext" / "l3s_gn1_lines.json"
GOOD = {1, 2}


def keep_all(lines):
    return [True] * len(lines)


def keep_long(lines):
    return [len(t.split()) >= 10 for t in lines]


def keep_clean(lines):
    """Which of the page's lines clean() keeps, by position."""
    result = clean("\n".join(lines), "text")
    removed = {seg.position for seg in result.removed}
    return [i not in removed and bool(t.strip()) for i, t in enumerate(lines)]


def score(docs, method):
    """(P, R, F1, per-label kept/dropped word counts) of method over docs."""
    tp = fp = fn = 0
    kept_by_label, dropped_by_label = Counter(), Counter()
    for rows in docs.values():
        keep = method([t for _, t in rows])
        for (label, text), k in zip(rows, keep):
            words = len(text.split())
            (kept_by_label if k else dropped_by_label)[label] += words
            if k and label in GOOD:
                tp += words
            elif k:
                fp += words
            elif label in GOOD:
                fn += words
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, kept_by_label, dropped_by_label


def clean_rate(docs, repeat):
    """Best docs/s of clean() over repeat passes (the machine may be shared; the best pass is the least disturbed)."""
    texts = ["\n".join(t for _, t in rows) for rows in docs.values()]
    best = 0.0
    for _ in range(repeat):
        t0 = time.process_time()
        for text in texts:
            clean(text, "text")
        best = max(best, len(texts) / (time.process_time() - t0))
    return best


def show_errors(docs, limit):
    """Print the largest misclassified lines, to see what the classifier gets wrong."""
    errors = []
    for doc_id, rows in docs.items():
        keep = keep_clean([t for _, t in rows])
        for (label, text), k in zip(rows, keep):
            if k != (label in GOOD):
                errors.append((len(text.split()), doc_id[:8], label, "kept" if k else "dropped", text[:150]))
    errors.sort(reverse=True)
    for row in errors[:limit]:
        print(*row, sep="\t")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print the N biggest wrong lines")
    parser.add_argument("--repeat", type=int, default=5, help="timing passes; the best is reported")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"missing {DATA}")
    docs = json.loads(DATA.read_text(encoding="utf-8"))["docs"]
    print(f"L3S-GN1: {len(docs)} pages")
    print(f"{'method':<22}{'P':>7}{'R':>7}{'F1':>7}")
    for name, method in (("keep everything", keep_all), ("keep >=10 words", keep_long), ("sourcescore clean", keep_clean)):
        p, r, f1, kept, dropped = score(docs, method)
        print(f"{name:<22}{p:7.3f}{r:7.3f}{f1:7.3f}")
    print(f"clean() speed: {clean_rate(docs, args.repeat):.0f} docs/s (CPU time, best of {args.repeat} passes, one core)")
    print("clean() words kept/dropped by label:",
          {lab: (kept[lab], dropped[lab]) for lab in sorted(set(kept) | set(dropped))})
    if args.errors:
        show_errors(docs, args.errors)


if __name__ == "__main__":
    main()
