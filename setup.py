"""Compiles the scoring hot path with mypyc at install time (about 1.2x faster end to end).

The modules below stay plain Python as well: ``tasks/scoring/compiled.py`` falls back to them
when nothing is compiled, when the build does not match the sources (it checks the SHA-256 that
``BuildWithRecord`` writes beside the compiled files), or when ``SOURCESCORE_PURE_PYTHON=1`` is
set (fitting scripts reload modules, which compiled ones cannot do). Set that variable at
install time to skip compiling.
"""

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Hot modules only: data tables (cue_model, lexicons, ...) gain nothing from compiling.
COMPILED = [
    "tasks/scoring/analysis.py",
    "tasks/scoring/attributions.py",
    "tasks/scoring/cues.py",
    "tasks/scoring/genders.py",
    "tasks/scoring/people.py",
    "tasks/scoring/quotes.py",
    "tasks/scoring/roles.py",
    "tasks/scoring/sentences.py",
    "tasks/scoring/sources.py",
    "tasks/scoring/specificity.py",
    "tasks/scoring/subjects.py",
    "tasks/scoring/treebank.py",
]
BUILD_RECORD = "compiled_sources.json"  # the name tasks/scoring/compiled.py reads


def pure_python_requested() -> bool:
    # tasks.scoring.compiled has the same test; importing it here would load the whole scorer
    return os.environ.get("SOURCESCORE_PURE_PYTHON", "").strip().lower() not in ("", "0", "false", "no")


class BuildWithRecord(build_ext):
    """Builds the extensions, then records the SHA-256 of each compiled source beside them."""

    def run(self):
        # digests first: a source saved while compiling must not pass for the one compiled
        digests = {Path(p).stem: hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in COMPILED}
        super().run()
        if self.extensions:
            target = Path(self.get_ext_fullpath("tasks.scoring.analysis")).parent
            (target / BUILD_RECORD).write_text(json.dumps(digests, indent=1, sort_keys=True), encoding="utf-8")


def compiled_extensions() -> list:
    # pip runs this file for the metadata first: compiling then would only be thrown away
    if pure_python_requested() or {"egg_info", "dist_info"} & set(sys.argv):
        return []
    from mypyc.build import mypycify

    return mypycify(["--ignore-missing-imports", *COMPILED], group_name="tasks.scoring.native",
                    opt_level="3", debug_level="0")


setup(ext_modules=compiled_extensions(), cmdclass={"build_ext": BuildWithRecord})
