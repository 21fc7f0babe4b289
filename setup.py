"""Compiles the scoring hot path with mypyc at install time (about 1.2x faster end to end).

The modules below stay plain Python as well: ``tasks/scoring/__init__.py`` falls back to them
when the compiled ones are missing or older than their sources, or when
``SOURCESCORE_PURE_PYTHON=1`` is set (fitting scripts reload modules, which compiled ones
cannot do). Set that variable at install time to skip compiling.
"""

import os
import sys

from setuptools import setup

# Hot modules only: data tables (cue_model, lexicons, ...) gain nothing from compiling.
COMPILED = [
    "tasks/scoring/analysis.py",
    "tasks/scoring/attributions.py",
    "tasks/scoring/cues.py",
    "tasks/scoring/quotes.py",
    "tasks/scoring/sentences.py",
    "tasks/scoring/sources.py",
    "tasks/scoring/specificity.py",
    "tasks/scoring/treebank.py",
]


def compiled_extensions() -> list:
    # pip runs this file for the metadata first: compiling then would only be thrown away
    if os.environ.get("SOURCESCORE_PURE_PYTHON") or {"egg_info", "dist_info"} & set(sys.argv):
        return []
    from mypyc.build import mypycify

    return mypycify(["--ignore-missing-imports", *COMPILED], group_name="tasks.scoring.native",
                    opt_level="3", debug_level="0")


setup(ext_modules=compiled_extensions())
