"""Attribution benchmark on PolNeAR (shared/bench/sourcing/polnear).

Usage: PYTHONPATH=. python benchmarks/scoring_sourcing.py [--split dev|train] [--root DIR]
       PYTHONPATH=. python benchmarks/scoring_sourcing.py --fit   (needs numpy; writes cue_model.py)

For each article (first annotator file, by sorted name): gold density = E lines per 100 words
(words = runs of \\w+); predicted density = ``find_attributions`` per 100 words. Prints the
Spearman correlation across articles (average ranks for ties), and cue precision / recall / F1
where a predicted cue matches a gold cue when their character spans overlap, each gold cue
matching at most once (greedy, in text order). The reporting-verb baseline of bench/README.md
(README: Spearman 0.52 on dev) is recomputed to check the metric. Dev is for measuring only;
train is where lexicons were studied.

``--fit`` refits ``tasks/scoring/cue_model.py`` on *train* only (see ``fit``), then reports dev.
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


# --- fitting the cue model (train only) ----------------------------------------------------------
ALPHA, PRIOR_MEAN, MIN_HEADS, FOLDS, L2 = 2.0, 0.02, 2, 5, 1.0


def _prepare(docs):
    """Per article: (sentence token lists, quotes, gold cue spans, attribution context)."""
    from tasks.scoring.attributions import _Ctx
    from tasks.scoring.quotes import find_quotes
    from tasks.scoring.sentences import split_sentences
    from tasks.scoring.sources import tokens

    out = []
    for _n, text, _e, cues in docs:
        sents = split_sentences(text)
        quotes = find_quotes(text)
        ctx = _Ctx(text, quotes, [q[0] for q in quotes], sents, [s[0] for s in sents])
        out.append(([(tokens(text, a, b), (a, b)) for a, b in sents], quotes, cues, ctx))
    return out


def _heads(prepared) -> list[set[int]]:
    """Per article, start offsets of the head token of each gold cue: the token of the span whose
    word most often lies inside a gold cue ("said" in "has said", "according" in "according to")."""
    inside: dict[str, list[int]] = {}
    for sents, _q, cues, _x in prepared:
        for st, _s in sents:
            for t, a, b in st:
                c = inside.setdefault(t.lower(), [0, 0])
                c[1] += 1
                c[0] += any(g0 < b and a < g1 for g0, g1 in cues)
    share = {w: g / n for w, (g, n) in inside.items()}
    out = []
    for sents, _q, cues, _x in prepared:
        toks = [t for st, _s in sents for t in st if t[0][0].isalnum() or t[0] == ":"]
        heads = set()
        for g0, g1 in cues:
            span = [t for t in toks if t[1] < g1 and g0 < t[2]]
            if span:
                heads.add(max(span, key=lambda t: share.get(t[0].lower(), 0.0))[1])
        out.append(heads)
    return out


def _tables(prepared, heads, idx):
    """Smoothed logit of P(head | word) and P(head | lemma) over articles idx."""
    import math

    from tasks.scoring.cues import lemma

    g: dict[str, int] = {}
    n: dict[str, int] = {}
    for d in idx:
        for st, _s in prepared[d][0]:
            for t, a, _b in st:
                if not (t[0].isalnum() or t == ":"):
                    continue
                low = t.lower()
                for key in (low, "~" + lemma(low)):
                    n[key] = n.get(key, 0) + 1
                    if a in heads[d]:
                        g[key] = g.get(key, 0) + 1
    word, lem = {}, {}
    for key, h in g.items():
        if h >= MIN_HEADS:
            p = (h + ALPHA * PRIOR_MEAN) / (n[key] + ALPHA)
            (lem if key.startswith("~") else word)[key.lstrip("~") if key.startswith("~") else key] = round(math.log(p / (1 - p)), 2)
    return word, lem


def _candidates(prepared, d, word, lem):
    """(start, end, features, unsourced) of every cue candidate of article d."""
    from tasks.scoring.attributions import _QUOTE_TOKENS, _attribute, _phrase_end
    from tasks.scoring.cues import candidate_logits, cue_features

    sents, quotes, _c, ctx = prepared[d]
    for st, sent in sents:
        sq = any(t[0] in _QUOTE_TOKENS for t in st)
        for i, (t, a, b) in enumerate(st):
            low = t.lower()
            lg = candidate_logits(low, word, lem)
            if lg is None:
                continue
            inq = any(q0 <= a < q1 for q0, q1 in quotes)
            kind, src, _content = _attribute(ctx, st, i, _phrase_end(st, i), sent)
            f = cue_features(st, i, low, lg, inq, sq)
            yield a, b, f, src is None and kind == "indirect" and f[0] + f[1] < 0


def fit(root: Path) -> None:
    """Logistic regression (L2, Newton) of "token heads a gold cue" on cue features, train only.
    Word/lemma priors are cross-fitted (5 folds) so the weights see priors as on unseen text; the
    threshold maximises out-of-fold train cue F1; the written priors use all of train."""
    import numpy as np

    from tasks.scoring.cues import FEATURES

    docs = load(root / "train")
    prepared = _prepare(docs)
    heads = _heads(prepared)
    X, y, rows, unsourced = [], [], [], []
    for k in range(FOLDS):
        word, lem = _tables(prepared, heads, [d for d in range(len(docs)) if d % FOLDS != k])
        for d in range(k, len(docs), FOLDS):
            for a, b, f, u in _candidates(prepared, d, word, lem):
                X.append(f)
                unsourced.append(u)
                y.append(a in heads[d])
                rows.append((d, a, b))
    Xb = np.hstack([np.ones((len(X), 1)), np.array(X)])
    yv = np.array(y, float)
    w = np.zeros(Xb.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-Xb @ w))
        hess = Xb.T @ (Xb * (p * (1 - p))[:, None]) + L2 * np.eye(len(w))
        w -= np.linalg.solve(hess, Xb.T @ (p - yv) + L2 * w)
    z = Xb @ w
    # as at run time: a weak cue (negative prior) with neither a source nor a quote is dropped
    z = np.where(np.array(unsourced), -np.inf, z)
    best = (0.0, 0.0)
    words = [max(1, len(WORD.findall(doc[1]))) for doc in docs]
    for thr in np.arange(-1.5, 1.01, 0.1):
        pred: dict[int, list] = {}
        for (d, a, b), s in zip(rows, z):
            if s > thr:
                pred.setdefault(d, []).append((a, b))
        tp = sum(match_cues(pred.get(d, []), docs[d][3]) for d in range(len(docs)))
        n_pred = sum(len(v) for v in pred.values())
        n_gold = sum(len(doc[3]) for doc in docs)
        f1 = 2 * tp / (n_pred + n_gold)
        rho = spearman([len(pred.get(d, [])) / words[d] for d in range(len(docs))],
                       [docs[d][2] / words[d] for d in range(len(docs))])
        print(f"  threshold {thr:+.1f}: out-of-fold train cue F1 {f1:.3f}, density Spearman {rho:.3f}")
        if f1 + rho > best[0]:
            best = (f1 + rho, round(float(thr), 2))
    print(f"threshold {best[1]} maximises out-of-fold train F1 + density Spearman")
    word, lem = _tables(prepared, heads, range(len(docs)))
    out = ROOT / "tasks" / "scoring" / "cue_model.py"
    weights = ",\n".join(f"    {f!r}: {v:.2f}" for f, v in zip(FEATURES, w[1:]))
    out.write_text(
        '"""Cue model, GENERATED by benchmarks/scoring_sourcing.py --fit from PolNeAR train (840\n'
        "articles, first annotator). WORD_LOGIT / LEMMA_LOGIT: logit of P(token heads a gold cue | word\n"
        f"or lemma), smoothed (heads + {ALPHA}*{PRIOR_MEAN}) / (count + {ALPHA}), kept with >= {MIN_HEADS} heads.\n"
        "WEIGHTS: L2 logistic regression over cues.FEATURES with priors cross-fitted on 5 folds;\n"
        'THRESHOLD maximises out-of-fold train cue F1 + density Spearman. Do not edit by hand."""\n\n'
        f"INTERCEPT = {w[0]:.2f}\nTHRESHOLD = {best[1]}\nWEIGHTS = {{\n{weights},\n}}\n"
        f"WORD_LOGIT = {dict(sorted(word.items()))!r}\nLEMMA_LOGIT = {dict(sorted(lem.items()))!r}\n",
        encoding="utf-8",
    )
    print(f"wrote {out} ({len(word)} words, {len(lem)} lemmas)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--fit", action="store_true", help="refit cue_model.py on train (needs numpy)")
    args = ap.parse_args()
    if args.fit:
        fit(args.root)
        return
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
