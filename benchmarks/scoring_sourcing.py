"""Attribution benchmark on PolNeAR (shared/bench/sourcing/polnear).

Usage: PYTHONPATH=. python benchmarks/scoring_sourcing.py [--split dev|train] [--root DIR]
       PYTHONPATH=. .venv/bin/python benchmarks/scoring_sourcing.py --fit   (numpy; writes cue_model.py)
       PYTHONPATH=. .venv/bin/python benchmarks/scoring_sourcing.py --oof --repeats 4   (writes nothing)

For each article (first annotator file, by sorted name): gold density = E lines per 100 words
(words = runs of \\w+); predicted density = ``find_attributions`` per 100 words. Prints the
Spearman correlation across articles (average ranks for ties), and cue precision / recall / F1
where a predicted cue matches a gold cue when their character spans overlap, each gold cue
matching at most once (greedy, in text order), and the 10th/50th/90th percentiles of both densities
(the train 90th sets ``composite.DENSITY_TARGET``). The reporting-verb baseline of bench/README.md
(README: Spearman 0.52 on dev) is recomputed to check the metric. Dev is for measuring only;
train is where lexicons were studied.

``--fit`` refits ``tasks/scoring/cue_model.py`` on *train* only (see ``fit_models``) and reports the whole
pipeline out of fold on train (each fold read by a model fitted without it); ``--oof`` reports the
same without writing; ``--repeats N`` also deals the articles into folds N-1 other ways and reports
the mean (a single assignment's Spearman moves by ~0.005 with the assignment).

Tried, not kept (whole pipeline out of fold on train, fold assignments 0/1/2; the shipped features
give 0.723/0.720/0.730, mean 0.724): WordNet 3.0 word classes (first-sense supersenses read from
``index.sense`` by a build script like ``specificity_wordnet.py``, WordNet's suffix rules plus the
irregular forms of ``en-verbs.txt``), so that the model would generalise to cue words it has seen
rarely or never:
- keys for the class of the candidate's first verb sense and first noun sense (``vc=verb.cognition``,
  ``nc=noun.communication``): 0.729/0.718/0.730 (mean 0.726);
- those, plus the verb class paired with the subject class and with the next word: 0.724/0.710/0.718;
- those, plus unseen words whose first verb sense is communication, cognition or emotion as
  candidates (the classes passing the threshold out of fold at least MIN_PASS of the time were
  communication and emotion): 0.724/0.718/0.725. Train's non-candidate tokens of those classes head
  a gold cue only 1.5-1.9% of the time, and most missed cues without a candidate are prepositions
  and auxiliaries ("in", "for", "has") or a long tail, not one class;
- a subject class PER/GRP for a lower-case word left of the cue that the lexicons miss but WordNet
  names a person or group noun ("strategist", "committee"): 0.730/0.724/0.726 (mean 0.727); with
  the verb/noun class keys: 0.732/0.719/0.729; counting such words as SRC instead: 0.730/0.720/0.729.
None rose on every assignment or by more than the noise (+0.003 at best), so none was kept.

Also tried, not kept (whole pipeline out of fold on train as above; the shipped code gives
0.729/0.722/0.730 and, on assignments 3/4, 0.723/0.730; dev 0.790, cue F1 0.754):
- cues that cite no one judged by the sentence score like cited ones, except those whose form takes
  no subject (an -ing participle, or a past participle after "be" without a "by" agent), which keep
  the token score's stricter bar (in ``_rows`` too): 0.733/0.728/0.743 (mean 0.735, cue F1
  0.756/0.758/0.757), but 0.720/0.737 on assignments 3/4, and dev fell to 0.765 (F1 0.755) after
  refitting (0.775 with the shipped thresholds). Seeds 003 2.52 < 004 2.76 held;
- sources for a cue after a restrictive relative ("conservatives who opposed": the antecedent, else
  "who") and for an infinitive cue ("took to Twitter to say": the clause subject): source recall on
  train 0.766 -> 0.779, precision 0.900 -> 0.886; density 0.724/0.727/0.730 (mean 0.727); dev 0.785.
Screened on cached out-of-fold token scores, where the sentence stage and the thresholds are
refitted and predictions counted per token row (this proxy gives 0.730/0.723/0.723 for the shipped
features); none moved its mean by more than +0.002:
- sentence-stage features for the best rival within 6 tokens and beyond it: 0.735/0.722/0.721
  (within 3: 0.730 and 0.724 on assignments 0 and 2; within 4: 0.722 on 1); with the best score
  of the same lemma elsewhere in the article: 0.731/0.722/0.724; with the candidate's own
  attribution (direct quote, "according to", source a pronoun / capitalised / lower-case phrase):
  0.730/0.721/0.725, and its content longer than 20 characters too: 0.725/0.728/0.725; sentence
  length and commas: 0.727 (assignment 0);
- cue keys for the first of "that", a quote, a colon or the sentence's end within 8 tokens after
  the cue (alone and with the lemma): 0.727/0.718/0.731; for quotes before / after it: 0.727
  (assignment 0);
- on assignment 0: the density as the sum of the sentence stage's probabilities rather than a
  count: 0.735 against 0.736 for the count (both without the sourceless bar); merging accepted cues
  at most one word apart in the whole pipeline's output: 0.730 against 0.729.
Session 8, article level (the code of the session's start): the density as a linear mix of
per-100-word counts, fitted by least squares on the whole pipeline's out-of-fold train output
(assignment 0, where the raw count gives 0.729) and scored by 5-fold cross-validation over the
train articles. The count alone, refitted that way, 0.728; counts by kind 0.732; by kind and
sourceless 0.734; with quote count and quoted share of the text 0.733; by source type 0.730; count
and sentences per 100 words 0.726. No mix gains on train, and the same mixes fitted on all of train
give 0.773-0.817 on dev: a spread of noise, so none was kept.
Session 8, the token model's settings (out of fold on train, assignments 0/1/2; the code after the
source-opener trim gives 0.724/0.723/0.730, mean 0.725, cue F1 0.752): L2 = 0.3, 0.722/0.712 on
the first two (stopped there); L2 = 3.0, 0.724/0.717/0.723 (mean 0.721, cue F1 0.755); 600 Adam
steps in place of 300, 0.727/0.723/0.727 (mean 0.726, cue F1 0.752); MIN_PASS 0.01 (more candidate
words), 0.727/0.723/0.723 (mean 0.724, F1 0.751); MIN_PASS 0.05 (fewer, and faster), 0.727/0.721/
0.718 (mean 0.722, F1 0.753). L2 = 1.0, 300 steps and MIN_PASS 0.02 stay.
On train, 30.8% of gold cues share their sentence with another (2,874 sentences hold 2+) and recall
falls from 0.786 (one per sentence) to 0.690 (two) and 0.597 (3+), but the splitter merged two
sentences in at most 3 of those 2,874, so splitting is not the cause. Candidates right after a
capitalised possessive ("Trump's claim") never lacked a source, and only 131 of the 4,921 missed
gold cues follow a possessive "'s", so possessive nominal cues have little to gain.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# fitting reloads the cue modules, which only their plain-Python form can do (same outputs)
os.environ["SOURCESCORE_PURE_PYTHON"] = "1"

from tasks.scoring import find_attributions  # noqa: E402

DEFAULT_ROOT = ROOT.parent / "shared" / "bench" / "sourcing" / "polnear"
WORD = re.compile(r"\w+")
BASELINE = re.compile(
    r"\b(?:said|says|say|told|tells|reported|reports|added|adds|wrote|writes|noted|notes|"
    r"stated|announced|explained|claimed|argued|according to)\b",
    re.I,
)


def first_annotations(split_dir: Path) -> dict[str, Path]:
    """{article name: its first annotator's .ann file (by sorted file name)}, by article name."""
    first: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        first.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return dict(sorted(first.items()))


def load(split_dir: Path) -> list[tuple[str, str, int, list[tuple[int, int]]]]:
    """[(name, text, gold attribution count, gold cue spans)] for the first annotator file."""
    out = []
    for name, ann in first_annotations(split_dir).items():
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


def pair_cues(pred: list[tuple[int, int]], gold: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """(index into pred, index into gold) of overlap matches, greedy in order of predicted start,
    each gold cue (a list of spans) used at most once."""
    used = [False] * len(gold)
    pairs = []
    for p in sorted(range(len(pred)), key=pred.__getitem__):
        a, b = pred[p]
        for i, segments in enumerate(gold):
            if not used[i] and any(a < d and c < b for c, d in segments):
                used[i] = True
                pairs.append((p, i))
                break
    return pairs


def match_cues(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """Overlap matches, each gold cue used at most once (greedy in order of predicted start)."""
    return len(pair_cues(pred, [[span] for span in gold]))


# --- fitting the cue model (train only) ----------------------------------------------------------
MIN_HEADS, MIN_COUNT, FOLDS, L2, STEPS, MIN_PASS = 2, 2, 5, 1.0, 300, 0.02


def _prepare(docs):
    """Per article: (sentence token lists, quotes, gold cue spans, attribution context)."""
    from tasks.scoring.attributions import new_context
    from tasks.scoring.quotes import find_quotes
    from tasks.scoring.sentences import split_sentences
    from tasks.scoring.sources import tokens

    out = []
    for _n, text, _e, cues in docs:
        sents = split_sentences(text)
        quotes = find_quotes(text)
        ctx = new_context(text, quotes, sents)
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


def _rows(prepared, heads):
    """Training rows: every token whose word (or lemma) heads >= MIN_HEADS gold cues in train, or
    that is a lexicon reporting verb or a colon: (article, start, end, word, feature keys, head?,
    cites no one, sentence number in the article)."""
    from tasks.scoring.attributions import _QUOTE_TOKENS, _attribute, _phrase_end
    from tasks.scoring.cues import _BELIEF, _SPEECH, cue_keys, lemma

    count: dict[str, int] = {}
    for d, (sents, _q, _c, _x) in enumerate(prepared):
        for st, _s in sents:
            for t, a, _b in st:
                if a in heads[d]:
                    for key in (t.lower(), "~" + lemma(t.lower())):
                        count[key] = count.get(key, 0) + 1
    base = {k for k, v in count.items() if v >= MIN_HEADS} | _SPEECH | _BELIEF | {":"}
    rows = []
    for d, (sents, quotes, _c, ctx) in enumerate(prepared):
        for si, (st, sent) in enumerate(sents):
            strs = [t[0] for t in st]
            sq = not _QUOTE_TOKENS.isdisjoint(strs)
            for i, (t, a, b) in enumerate(st):
                low = t.lower()
                if low not in base and "~" + lemma(low) not in base:
                    continue
                inq = any(q0 <= a < q1 for q0, q1 in quotes)
                kind, src, _content = _attribute(ctx, st, i, _phrase_end(st, i), sent)
                keys = cue_keys(strs, i, 0, len(strs), inq, sq)
                rows.append((d, a, b, low, keys, a in heads[d], src is None and kind == "indirect", si))
    return rows


def _logistic(keys: list[list[str]], y, np):
    """L2 logistic regression on sparse binary keys (those seen >= MIN_COUNT times), full-batch
    Adam steps: (intercept, {key: weight})."""
    count: dict[str, int] = {}
    for ks in keys:
        for k in ks:
            count[k] = count.get(k, 0) + 1
    vocab = {k: j for j, k in enumerate(k for k, c in count.items() if c >= MIN_COUNT)}
    r, c = [], []
    for i, ks in enumerate(keys):
        for k in ks:
            j = vocab.get(k)
            if j is not None:
                r.append(i)
                c.append(j)
    r, c = np.array(r), np.array(c)
    w = np.zeros(len(vocab) + 1)  # last: intercept
    c = np.concatenate([c, np.full(len(keys), len(vocab))])
    r = np.concatenate([r, np.arange(len(keys))])
    m, v = np.zeros_like(w), np.zeros_like(w)
    reg = np.full(len(w), L2)
    reg[-1] = 0.0
    for step in range(1, STEPS + 1):
        z = np.bincount(r, weights=w[c], minlength=len(keys))
        g = np.bincount(c, weights=(1 / (1 + np.exp(-z)) - y)[r], minlength=len(w)) + reg * w
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.1 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return float(w[-1]), {k: float(w[j]) for k, j in vocab.items()}


def _score(b, weights, keys):
    return b + sum(weights.get(k, 0.0) for k in keys)


def _evaluate(docs, rows, z, thr: float, margin: float) -> tuple[float, float]:
    """(cue F1, density Spearman) of the rows scoring above thr (thr + margin for sourceless ones)."""
    return _evaluate_passed(docs, rows, [s > thr + (margin if r[6] else 0.0) for r, s in zip(rows, z)])


def _evaluate_passed(docs, rows, passed) -> tuple[float, float]:
    """(cue F1, density Spearman) of the rows flagged in ``passed``."""
    words = [max(1, len(WORD.findall(doc[1]))) for doc in docs]
    pred: dict[int, list] = {}
    for r, ok in zip(rows, passed):
        if ok:
            pred.setdefault(r[0], []).append((r[1], r[2]))
    tp = sum(match_cues(pred.get(d, []), docs[d][3]) for d in range(len(docs)))
    n_pred = sum(len(v) for v in pred.values())
    f1 = 2 * tp / (n_pred + sum(len(doc[3]) for doc in docs))
    rho = spearman([len(pred.get(d, [])) / words[d] for d in range(len(docs))],
                   [docs[d][2] / words[d] for d in range(len(docs))])
    return f1, rho


def _best_threshold(docs, rows, passes, grid, what: str) -> float:
    """The threshold t of the grid maximising out-of-fold train cue F1 + density Spearman of the rows
    ``passes(t)`` flags, averaged over neighbouring thresholds: the Spearman alone is noisy (+-0.01)."""
    sums = []
    for thr in grid:
        f1, rho = _evaluate_passed(docs, rows, passes(thr))
        print(f"  {what} threshold {thr:+.1f}: out-of-fold train cue F1 {f1:.3f}, density Spearman {rho:.3f}")
        sums.append(f1 + rho)
    smooth = [sum(sums[max(0, k - 2):k + 3]) / len(sums[max(0, k - 2):k + 3]) for k in range(len(sums))]
    thr = grid[max(range(2, len(grid) - 2), key=smooth.__getitem__)]
    print(f"{what} threshold {thr} maximises out-of-fold train F1 + density Spearman (mean of +-0.2)")
    return thr


def _sentence_rows(rows, z, cand, thr: float, np):
    """``cues.sentence_features`` of each candidate row among the candidates of its sentence."""
    from tasks.scoring.cues import sentence_features

    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(rows):
        if cand[i]:
            by_sentence.setdefault((r[0], r[7]), []).append(i)
    x = np.zeros((len(rows), 5))
    for idx in by_sentence.values():
        x[idx] = sentence_features([float(z[i]) for i in idx], thr)
    return x


def _dense_logistic(x, y, np):
    """L2 logistic regression (weak, on standardised columns) by full-batch Adam: (intercept,
    weights) for the raw columns."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    xs = (x - mu) / sd
    w, b = np.zeros(x.shape[1]), 0.0
    m, v = np.zeros(x.shape[1] + 1), np.zeros(x.shape[1] + 1)
    for step in range(1, 501):
        p = 1 / (1 + np.exp(-(xs @ w + b)))
        g = np.concatenate([xs.T @ (p - y) / len(y) + 1e-4 * w, [np.mean(p - y)]])
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        d = 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        w, b = w - d[:-1], b - d[-1]
    return float(b - (w / sd) @ mu), w / sd


def fit_models(root: Path, order_seed: int = 0) -> tuple[list, dict, list[dict]]:
    """Sparse logistic regression of "token heads a gold cue", train only. Out-of-fold scores (5
    folds by article) choose the threshold (max train cue F1 + density Spearman, smoothed) and the candidate
    words (those passing it at least MIN_PASS of the time). A second, dense logistic regression rescores
    each candidate from the out-of-fold scores of its sentence's candidates (``cues.sentence_features``),
    with its own threshold, chosen out of fold the same way (a cue citing no one still needs its token
    score above THRESHOLD + SOURCELESS_MARGIN). Returns (train docs, the model fitted on all of
    train, the model of each fold k fitted without the articles d with d % FOLDS == k); a model is
    a dict of ``cue_model``'s names. ``order_seed`` > 0 shuffles the articles first, which deals
    them into other folds."""
    import random

    import numpy as np

    from tasks.scoring.cues import lemma

    docs = load(root / "train")
    if order_seed:
        random.Random(order_seed).shuffle(docs)
    prepared = _prepare(docs)
    heads = _heads(prepared)
    rows = _rows(prepared, heads)
    y = np.array([r[5] for r in rows], float)
    z = np.zeros(len(rows))
    token_models = []
    for k in range(FOLDS):
        fit_idx = [i for i, r in enumerate(rows) if r[0] % FOLDS != k]
        b, weights = _logistic([rows[i][4] for i in fit_idx], y[fit_idx], np)
        token_models.append((b, weights))
        for i, r in enumerate(rows):
            if r[0] % FOLDS == k:
                z[i] = _score(b, weights, r[4])
    grid = [round(float(t), 2) for t in np.arange(-2.0, 0.51, 0.1)]
    thr = _best_threshold(docs, rows, lambda t: z > t, grid, "token score")
    margins = []
    for margin in np.arange(0.0, 3.01, 0.25):
        f1, rho = _evaluate(docs, rows, z, thr, margin)
        print(f"  sourceless margin {margin:.2f}: out-of-fold train cue F1 {f1:.3f}, density Spearman {rho:.3f}")
        margins.append((f1 + rho, float(margin)))
    # within the Spearman's noise of the best, prefer the stricter margin (a cue citing no one
    # is the likeliest false positive)
    top = max(m[0] for m in margins)
    margin = max(m for v, m in margins if v >= top - 0.005)
    print(f"sourceless margin {margin}")
    passed: dict[str, list[int]] = {}
    for r, s in zip(rows, z):
        for key in (r[3], "~" + lemma(r[3])):
            c = passed.setdefault(key, [0, 0])
            c[0] += s > thr
            c[1] += 1
    cue_words = sorted(k for k, (p, n) in passed.items() if p >= MIN_PASS * n and p and k[0] != "~")
    cue_lemmas = sorted(k[1:] for k, (p, n) in passed.items() if p >= MIN_PASS * n and p and k[0] == "~")
    # second stage, on the out-of-fold token scores of the candidates (the words scored at run time)
    words_set, lemmas_set = set(cue_words), set(cue_lemmas)
    cand = np.array([r[3] in words_set or lemma(r[3]) in lemmas_set for r in rows])
    x = _sentence_rows(rows, z, cand, thr, np)
    s2 = np.full(len(rows), -np.inf)  # rows never scored at run time never pass
    sentence_models = []
    for k in range(FOLDS):
        fit_rows = cand & np.array([r[0] % FOLDS != k for r in rows])
        b2, w2 = _dense_logistic(x[fit_rows], y[fit_rows], np)
        sentence_models.append((b2, w2))
        held = cand & np.array([r[0] % FOLDS == k for r in rows])
        s2[held] = b2 + x[held] @ w2
    # a cue citing no one keeps the token score's stricter bar (as at run time)
    sourceless = np.array([r[6] for r in rows])
    by_token = cand & (z > thr + margin)
    thr2 = _best_threshold(docs, rows, lambda t: np.where(sourceless, by_token, s2 > t), grid, "sentence score")
    shared = {"THRESHOLD": thr, "SENTENCE_THRESHOLD": thr2, "SOURCELESS_MARGIN": margin,
              "CUE_WORDS": cue_words, "CUE_LEMMAS": cue_lemmas}

    def model(token_model, sentence_model) -> dict:
        (b, weights), (b2, w2) = token_model, sentence_model
        return {**shared, "INTERCEPT": round(b, 2),
                "SENTENCE_WEIGHTS": [round(float(v), 4) for v in [b2, *w2]],
                "WEIGHTS": {k: round(v, 2) for k, v in sorted(weights.items()) if abs(v) >= 0.01}}

    full = model(_logistic([r[4] for r in rows], y, np), _dense_logistic(x[cand], y[cand], np))
    return docs, full, [model(t, s) for t, s in zip(token_models, sentence_models)]


def model_source(m: dict) -> str:
    """The text of ``cue_model.py`` for model ``m``."""
    return (
        '"""Cue model, GENERATED by benchmarks/scoring_sourcing.py --fit from PolNeAR train (840\n'
        "articles, first annotator). WEIGHTS: L2 logistic regression (L2 = "
        f"{L2}) over the feature keys of\ncues.cue_keys for tokens whose word or lemma heads >= {MIN_HEADS}"
        " gold cues (and lexicon verbs);\nkeys seen"
        f" < {MIN_COUNT} times or weighing < 0.01 are left out. THRESHOLD maximises out-of-fold (5 folds)\n"
        "train cue F1 + density Spearman; CUE_WORDS / CUE_LEMMAS pass it out of fold at least"
        f" {MIN_PASS:.0%} of the time.\n"
        "SENTENCE_WEIGHTS (intercept, then per cues.sentence_features): logistic regression on the out-of-fold\n"
        "token scores of each sentence's candidates; a cue is a candidate whose sentence score exceeds\n"
        "SENTENCE_THRESHOLD (chosen like THRESHOLD) or, when it cites no one (no source, no quote), whose\n"
        "token score exceeds THRESHOLD + SOURCELESS_MARGIN (likewise chosen). Do not edit by hand.\"\"\"\n\n"
        f"INTERCEPT = {m['INTERCEPT']:.2f}\nTHRESHOLD = {m['THRESHOLD']}\n"
        f"SENTENCE_WEIGHTS = {m['SENTENCE_WEIGHTS']!r}\n"
        f"SENTENCE_THRESHOLD = {m['SENTENCE_THRESHOLD']}\nSOURCELESS_MARGIN = {m['SOURCELESS_MARGIN']}\n"
        f"CUE_WORDS = {m['CUE_WORDS']!r}\nCUE_LEMMAS = {m['CUE_LEMMAS']!r}\nWEIGHTS = {m['WEIGHTS']!r}\n"
    )


def _install_cue_model(mod) -> object:
    """Make module ``mod`` the cue model of ``tasks.scoring`` (reloading the modules that read it
    at import) and return the matching ``find_attributions``."""
    import importlib

    import tasks.scoring as pkg
    from tasks.scoring import attributions, cues

    if pkg.IMPLEMENTATION == "compiled":
        raise RuntimeError("compiled modules cannot be reloaded: run with SOURCESCORE_PURE_PYTHON=1")
    sys.modules["tasks.scoring.cue_model"] = pkg.cue_model = mod
    importlib.reload(cues)
    return importlib.reload(attributions).find_attributions


def _use_model(m: dict):
    """Install model ``m`` (see ``_install_cue_model``) and return its ``find_attributions``."""
    import types

    mod = types.ModuleType("tasks.scoring.cue_model")
    exec(model_source(m), mod.__dict__)
    return _install_cue_model(mod)


def pipeline_oof(docs, fold_models: list[dict]) -> dict[int, list]:
    """The whole pipeline out of fold: article d is read by ``find_attributions`` under the model of
    fold d % FOLDS, which never saw it. Returns {d: attributions}; the shipped model is restored."""
    import importlib

    out: dict[int, list] = {}
    try:
        for k, m in enumerate(fold_models):
            find = _use_model(m)
            for d in range(k, len(docs), FOLDS):
                out[d] = find(docs[d][1])
    finally:
        sys.modules.pop("tasks.scoring.cue_model", None)
        _install_cue_model(importlib.import_module("tasks.scoring.cue_model"))
    return out


def measure(docs, found: list[list]) -> tuple[float, float, float, float, int, int]:
    """(density Spearman, cue P, R, F1, predicted cues, gold cues) of ``found[d]`` against docs[d]."""
    gold_d, ours_d = [], []
    tp = n_pred = n_gold = 0
    for (_name, text, n_e, cues), f in zip(docs, found):
        words = max(1, len(WORD.findall(text)))
        gold_d.append(100 * n_e / words)
        ours_d.append(100 * len(f) / words)
        pred = [a.cue for a in f]
        tp += match_cues(pred, cues)
        n_pred += len(pred)
        n_gold += len(cues)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return spearman(ours_d, gold_d), p, r, f1, n_pred, n_gold


def report(docs, found: list[list], label: str) -> tuple[float, float, float, float]:
    """Print and return (density Spearman, cue P, R, F1) of ``found[d]`` against docs[d]."""
    rho, p, r, f1, _n_pred, _n_gold = measure(docs, found)
    print(f"{label}: density Spearman {rho:.3f}, cues P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    return rho, p, r, f1


def fit(root: Path, write: bool = True, repeats: int = 1) -> None:
    """``fit_models``, then the whole pipeline out of fold on train, for ``repeats`` assignments of
    the articles to folds (sorted order, then shuffles); write the first one's ``cue_model.py`` when
    ``write``. One assignment's Spearman moves by ~0.005 with the assignment, so compare changes on
    the mean of several."""
    rhos, f1s = [], []
    for r in range(repeats):
        docs, full, folds = fit_models(root, r)
        oof = pipeline_oof(docs, folds)
        rho, _p, _r, f1 = report(docs, [oof[d] for d in range(len(docs))],
                                 f"whole pipeline, out of fold on train (fold assignment {r})")
        rhos.append(rho)
        f1s.append(f1)
        if r == 0:
            shipped = full
    if repeats > 1:
        print(f"mean over {repeats} fold assignments: density Spearman {sum(rhos) / repeats:.3f} "
              f"({min(rhos):.3f}-{max(rhos):.3f}), cue F1 {sum(f1s) / repeats:.3f}")
    if write:
        out = ROOT / "tasks" / "scoring" / "cue_model.py"
        out.write_text(model_source(shipped), encoding="utf-8")
        print(f"wrote {out} ({len(shipped['WEIGHTS'])} weights, {len(shipped['CUE_WORDS'])} cue words, "
              f"{len(shipped['CUE_LEMMAS'])} lemmas)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--fit", action="store_true", help="refit cue_model.py on train (numpy)")
    ap.add_argument("--oof", action="store_true", help="as --fit, but only report, writing nothing")
    ap.add_argument("--repeats", type=int, default=1,
                    help="with --fit/--oof: fold assignments to report out of fold (each refits, ~2 min)")
    args = ap.parse_args()
    if args.fit or args.oof:
        fit(args.root, write=args.fit, repeats=args.repeats)
        return
    docs = load(args.root / args.split)
    found, base_d, gold_d, pred_d = [], [], [], []
    elapsed = 0.0
    for _name, text, n_e, _cues in docs:
        words = max(1, len(WORD.findall(text)))
        t0 = time.perf_counter()
        found.append(find_attributions(text))
        elapsed += time.perf_counter() - t0
        gold_d.append(100 * n_e / words)
        base_d.append(100 * len(BASELINE.findall(text)) / words)
        pred_d.append(100 * len(found[-1]) / words)
    rho, p, r, f, n_pred, n_gold = measure(docs, found)
    print(f"split {args.split}: {len(docs)} articles, {n_gold} gold cues, {n_pred} predicted")
    print(f"baseline reporting-verb density  Spearman {spearman(base_d, gold_d):.3f}  (README 0.52 on dev)")
    print(f"find_attributions density         Spearman {rho:.3f}  (target >= 0.80)")
    print(f"cues  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (target F1 >= 0.75)")
    print(f"{len(docs) / elapsed:,.0f} articles/s for find_attributions")
    # the quality score's sourcing component saturates at composite.DENSITY_TARGET (the train p90)
    print("density percentiles 10/50/90: predicted " + " ".join(f"{percentile(pred_d, q):.2f}" for q in (10, 50, 90))
          + ", gold " + " ".join(f"{percentile(gold_d, q):.2f}" for q in (10, 50, 90)))


def percentile(values: list[float], q: int) -> float:
    """The q-th percentile by the nearest rank below (q = 90: 9 in 10 values are at most it)."""
    ordered = sorted(values)
    return ordered[int(q / 100 * (len(ordered) - 1))] if ordered else 0.0


if __name__ == "__main__":
    main()
