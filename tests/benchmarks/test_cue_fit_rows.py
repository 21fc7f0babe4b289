"""The cue model's fit still reads find_attributions' internals (it broke once, unnoticed, when
the attribution context gained fields). Run in a subprocess: the fit module forces plain Python."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.support import REPO_ROOT

TEXT = "Lee said the plan would pass. Many believe the vote will hold."

SCRIPT = """
import json, sys
sys.path.insert(0, "benchmarks")
from scoring_sourcing import _heads, _prepare, _rows
text = sys.argv[1]
a = text.index("said")
docs = [("doc", text, 1, [(a, a + 4)])]
prepared = _prepare(docs)
rows = _rows(prepared, _heads(prepared))
print(json.dumps([(text[r[1]:r[2]], r[5], r[6], r[7]) for r in rows]))
"""


def test_the_fit_builds_training_rows_from_the_attribution_pass():
    done = subprocess.run([sys.executable, "-c", SCRIPT, TEXT], cwd=REPO_ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    rows = {word: (head, sourceless, sentence) for word, head, sourceless, sentence in json.loads(done.stdout)}
    # the gold cue is a head and cites Lee; the lexicon's "believe", no gold cue, is in sentence 1
    assert rows["said"] == (True, False, 0)
    assert rows["believe"][0] is False and rows["believe"][2] == 1
