"""The shipped specificity weights are what benchmarks/specificity_fit.py learns from PolNeAR
train today (they had drifted unnoticed once). Run in a subprocess: the fit forces plain Python."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support import SHARED, REPO_ROOT

TRAIN = SHARED / "bench" / "sourcing" / "polnear" / "train" / "text"

SCRIPT = """
import json, sys
sys.path.insert(0, "benchmarks")
import numpy as np
from specificity_fit import learn, train_articles
b, w, pairs = learn(train_articles())
print(json.dumps([round(float(b), 3), [round(float(x), 3) for x in np.round(w, 3)]]))
"""


@pytest.mark.skipif(not TRAIN.exists(), reason="../shared is not beside the checkout")
def test_the_fit_reproduces_the_shipped_weights():
    from tasks.scoring.specificity import FEATURES
    from tasks.scoring.specificity_weights import INTERCEPT, WEIGHTS

    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO_ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    intercept, weights = json.loads(done.stdout)
    assert intercept == INTERCEPT
    assert dict(zip(FEATURES, weights)) == WEIGHTS
