"""The mypyc-compiled scoring modules (``setup.py``) give what their plain-Python sources give."""

import json
import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

import tasks.scoring
from tasks.scoring import analyse, find_attributions
from tasks.scoring.compiled import PURE_ENV, compiled_modules, pure_python_requested, stale_modules

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

# Every output of the scoring API for each text, floats as hex so that equal means bit-identical.
RECORD = """
import json, sys
from tasks.scoring import IMPLEMENTATION, analyse, find_attributions, sentence_specificity

def attributions(found):
    return [[a.kind, a.cue, a.source, a.source_type, a.content, a.source_text, a.source_key]
            for a in found]

def record(text):
    a = analyse(text)
    scores = {k: v.hex() if isinstance(v, float) else v for k, v in a.scores.items()}
    sentences = [[i, s, v.hex()] for i, s, v in a.sentences]
    return [scores, sentences, attributions(a.attributions), attributions(find_attributions(text)),
            sentence_specificity(text[:300]).hex()]

json.dump([IMPLEMENTATION, [record(t) for t in json.load(sys.stdin)]], sys.stdout)
"""

# Pieces of news prose and of the inputs that have broken scorers before (quotes of every kind,
# treebank tokens, anonymous tails, case-folding characters).
PIECES = ["said", "Trump", "according to", "The president", "officials", "who asked not to be named",
          "told reporters", "“", "”", '"', "''", "``", "‘", "’", "-LRB-", "n't", ",", ".", ":", "?",
          "\n", "\n\n", "$5 million", "40 percent", "on Friday", "Mr.", "U.S.", "many experts", "İ",
          "ß", "é", "—", "(", ")", "_", "AS Roma", "When", "asked", "the", "and", "Clinton's"]


def _texts() -> list[str]:
    inputs = sorted((ROOT / "inputs").rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in inputs]
    if SEEDS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]
    rng = random.Random(9)
    for _ in range(300):
        words = (rng.choice(PIECES) for _ in range(rng.randint(0, 80)))
        texts.append("".join(w + rng.choice(("", " ", " ", " ")) for w in words))
    return texts


def _run(texts: list[str], pure: bool) -> tuple[str, list]:
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    if pure:
        env[PURE_ENV] = "1"
    done = subprocess.run([sys.executable, "-c", RECORD], input=json.dumps(texts), capture_output=True,
                          text=True, cwd=ROOT, env=env, check=True, timeout=300)
    implementation, records = json.loads(done.stdout)
    return implementation, records


# with the variable set, the compiled modules neither run nor get rebuilt (README, Development)
needs_compiled = pytest.mark.skipif(pure_python_requested(), reason=f"{PURE_ENV} is set")


@needs_compiled
def test_compiled_and_plain_python_give_identical_outputs():
    if not compiled_modules():
        pytest.skip(f"nothing compiled: installed with {PURE_ENV} set, or without setup.py's build")
    texts = _texts()
    compiled, fast = _run(texts, pure=False)
    source, slow = _run(texts, pure=True)
    assert (compiled, source) == ("compiled", "source")
    differ = [i for i, (a, b) in enumerate(zip(fast, slow)) if a != b]
    assert not differ, f"{len(differ)} of {len(texts)} texts differ, first: {texts[differ[0]][:200]!r}"


@needs_compiled
def test_the_compiled_modules_are_built_from_the_current_sources():
    assert stale_modules() == [], "a scoring module changed since it was compiled: run `make setup`"


@pytest.mark.skipif(not os.environ.get("SOURCESCORE_EXPECT_COMPILED"), reason="only `make test` expects a build")
def test_make_test_runs_the_modules_it_compiled():
    assert tasks.scoring.IMPLEMENTATION == "compiled"


@pytest.mark.parametrize("value, pure", [("", False), ("0", False), ("no", False), ("1", True), ("yes", True)])
def test_the_pure_python_switch(value, pure):
    assert pure_python_requested({PURE_ENV: value}) is pure


def test_sentence_spans_may_be_lists():
    # spans read back from JSON or Arrow are lists; the compiled form checks types at the boundary
    text = "The senator said the bill would pass. The governor said it would fail."
    spans = [[0, 37], [38, len(text)]]
    assert find_attributions(text, sentences=spans) == find_attributions(text)


def test_results_survive_pickling():
    # results cross processes (Dask workers), so the records must unpickle whichever form runs
    text = "The senator said the bill would pass. “It will,” a senior aide said."
    found = find_attributions(text)
    result = analyse(text)
    assert found and pickle.loads(pickle.dumps(found)) == found
    assert pickle.loads(pickle.dumps(result)) == result
