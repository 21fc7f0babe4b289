"""Which form of the scoring modules runs: compiled by mypyc (``setup.py``) or plain Python.

Both give the same outputs (``tests/tasks/scoring/test_compiled.py`` compares them); the compiled
form is only faster. Python prefers an extension module to a source file of the same name, so
``use_source_when_needed`` steers imports back to the ``.py`` files when

- ``SOURCESCORE_PURE_PYTHON`` is set (the fitting scripts reload modules, which compiled ones
  cannot do), or
- the build does not match the sources: ``setup.py`` records the SHA-256 of each source it
  compiled in ``compiled_sources.json``, and a source edited since, or a compiled file the record
  does not list (left from an older build), means a stale build. The compiled modules call one
  another directly, so they are used all together or not at all.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path

PURE_ENV = "SOURCESCORE_PURE_PYTHON"
BUILD_RECORD = "compiled_sources.json"
_HERE = Path(__file__).resolve().parent
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def pure_python_requested(environ=os.environ) -> bool:
    """``SOURCESCORE_PURE_PYTHON`` is set to something other than "", "0", "false" or "no"."""
    return environ.get(PURE_ENV, "").strip().lower() not in ("", "0", "false", "no")


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_modules() -> dict[str, Path]:
    """{module name: its compiled file} for the modules of this package that have a ``.py`` too
    (the group's shared library, ``native__mypyc``, has none)."""
    found: dict[str, Path] = {}
    for path in _HERE.iterdir():
        for suffix in _SUFFIXES:
            if path.name.endswith(suffix):
                name = path.name[: -len(suffix)]
                if (_HERE / f"{name}.py").exists():
                    found[name] = path
    return found


def stale_modules() -> list[str]:
    """Compiled modules that do not match their sources: edited since the build, absent from the
    build record, or all of them when there is no record."""
    compiled = compiled_modules()
    try:
        record = json.loads((_HERE / BUILD_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return sorted(compiled)
    return sorted(name for name in compiled
                  if name not in record or source_digest(_HERE / f"{name}.py") != record[name])


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
    stale = [] if pure_python_requested() else stale_modules()
    if not pure_python_requested() and not stale:
        return "compiled"
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(package))
    if not stale:
        return "source"
    warnings.warn(f"compiled scoring modules do not match their sources ({', '.join(stale)}); "
                  "running the plain-Python ones. Run `make setup` to rebuild.", stacklevel=2)
    return "source (stale build)"
