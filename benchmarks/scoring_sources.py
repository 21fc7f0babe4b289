"""Source benchmark on PolNeAR: does ``find_attributions`` name the source the annotator named?

Usage: PYTHONPATH=. python benchmarks/scoring_sources.py [--split dev|train] [--show N]

Only attributions whose cue matches a gold cue are judged (cues overlap, each gold cue used once:
``scoring_sourcing.pair_cues``, as the cue benchmark pairs them); the cue benchmark judges the
rest. For each, the gold attribution (first annotator file) has a Source span or none, and ours
has a ``.source`` span or None. Prints, over those pairs:

- source precision: of our source spans, the share overlapping the gold source span;
- source recall: of the gold source spans, the share our source span overlaps;
- agreement: the share of pairs where both name no source or the two spans overlap;
- content precision / recall / F1 over words (runs of ``\\w+``), summed over the pairs whose gold
  attribution has a Content span: of the words in our ``.content`` spans, the share inside the
  gold Content, and of the gold Content's words, the share inside ours.

``--show N`` prints N pairs where gold names a source that ours misses or misplaces. Dev is for
measuring; study errors on train.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scoring_sourcing import DEFAULT_ROOT, first_annotations, pair_cues  # noqa: E402

from tasks.scoring import find_attributions  # noqa: E402

Segments = list[tuple[int, int]]


def gold_attributions(ann: Path) -> list[tuple[Segments, Segments | None, Segments | None]]:
    """[(cue segments, source segments or None, content segments or None)] of the E lines of one
    brat .ann file."""
    spans: dict[str, Segments] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            _label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [(int(a), int(b)) for a, b in (seg.split() for seg in offsets.split(";"))]
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    out = []
    for e in events:
        cue = spans.get(e.get("Cue", ""))
        if cue:
            out.append((cue, spans.get(e.get("Source", "")), spans.get(e.get("Content", ""))))
    return out


WORD = re.compile(r"\w+")


def word_starts(text: str, segments: Segments) -> set[int]:
    """Start offsets of the words (runs of \\w+) that lie wholly inside the segments."""
    return {m.start() for a, b in segments for m in WORD.finditer(text, a, b)}


def overlaps(span: tuple[int, int], segments: Segments) -> bool:
    return any(span[0] < d and c < span[1] for c, d in segments)


def judge(found, gold) -> list[tuple[object, Segments | None, Segments | None]]:
    """(our attribution, gold source segments, gold content segments) for each of ours whose cue
    matches a gold cue."""
    pairs = pair_cues([a.cue for a in found], [cue for cue, _src, _content in gold])
    return [(found[p], gold[g][1], gold[g][2]) for p, g in pairs]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    split_dir = args.root / args.split
    ours_spans = gold_spans = hits = agree = n = 0
    content_ours = content_gold = content_shared = 0
    shown = 0
    for name, ann in first_annotations(split_dir).items():
        text = (split_dir / "text" / f"{name}.txt").read_text(encoding="utf-8")
        for a, src, content in judge(find_attributions(text), gold_attributions(ann)):
            n += 1
            if content is not None:
                gold_words = word_starts(text, content)
                our_words = word_starts(text, [a.content]) if a.content else set()
                content_gold += len(gold_words)
                content_ours += len(our_words)
                content_shared += len(gold_words & our_words)
            hit = a.source is not None and src is not None and overlaps(a.source, src)
            ours_spans += a.source is not None
            gold_spans += src is not None
            hits += hit
            agree += hit or (a.source is None and src is None)
            if src is not None and not hit and shown < args.show:
                shown += 1
                ours = text[a.source[0]:a.source[1]] if a.source else "-"
                print(f"gold {text[src[0][0]:src[0][1]][:40]!r:44} ours {ours[:40]!r:44} cue {text[a.cue[0]:a.cue[1]]!r}")
    print(f"split {args.split}: {n} attributions with a matched cue; {gold_spans} gold sources, {ours_spans} of ours")
    print(f"source precision {hits / max(1, ours_spans):.3f}  recall {hits / max(1, gold_spans):.3f}  "
          f"agreement {agree / max(1, n):.3f}")
    cp, cr = content_shared / max(1, content_ours), content_shared / max(1, content_gold)
    print(f"content words precision {cp:.3f}  recall {cr:.3f}  F1 {2 * cp * cr / max(1e-9, cp + cr):.3f}")


if __name__ == "__main__":
    main()
