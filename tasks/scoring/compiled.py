"""Which form of the scoring modules runs: compiled by mypyc (``setup.py``) or plain Python.

Both give the same outputs (``tests/tasks/scoring/test_compiled.py`` compares them); the compiled
form is only faster. Python prefers an extension module to a source file of the same name, so
``use_source_when_needed`` steers imports back to the ``.py`` files when

- ``SOURCESCORE_PURE_PYTHON`` is set (the fitting scripts reload modules, which compiled ones
  cannot do), or
- a compiled module is older than its source (edited since the last ``make setup``): the
  compiled modules call one another directly, so they are used all together or not at all.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

PURE_ENV = "SOURCESCORE_PURE_PYTHON"
_HERE = Path(__file__).resolve().parent
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def compiled_modules() -> dict[str, Path]:
    """{module name: its compiled file} for the modules of this package built by mypyc."""
    found: dict[str, Path] = {}
    for path in _HERE.iterdir():
        for suffix in _SUFFIXES:
            if path.name.endswith(suffix):
                name = path.name[: -len(suffix)]
                if (_HERE / f"{name}.py").exists():
                    found[name] = path
    return found


def stale_modules() -> list[str]:
    """Compiled modules whose source was changed after they were built."""
    return sorted(name for name, path in compiled_modules().items()
                  if (_HERE / f"{name}.py").stat().st_mtime > path.stat().st_mtime)


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds this package's submodules as their ``.py`` files, ahead of any compiled file."""

    def __init__(self, package: str) -> None:
        self.prefix = package + "."

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith(self.prefix) or "." in fullname[len(self.prefix):]:
            return None
        source = _HERE / (fullname[len(self.prefix):] + ".py")
        if not source.exists():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def use_source_when_needed(package: str) -> str:
    """Install the source finder when the compiled modules must not run; return which form runs:
    "compiled", "source" (nothing compiled, or asked for) or "source (stale build)"."""
    if not compiled_modules():
        return "source"
    stale = stale_modules()
    if not os.environ.get(PURE_ENV) and not stale:
        return "compiled"
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(package))
    if os.environ.get(PURE_ENV):
        return "source"
    warnings.warn(f"compiled scoring modules are older than their sources ({', '.join(stale)}); "
                  "running the plain-Python ones. Run `make setup` to rebuild.", stacklevel=2)
    return "source (stale build)"
