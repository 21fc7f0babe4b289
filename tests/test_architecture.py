"""The layering rules: pure modules stay pure, and SQL stays in sql/."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PURE_MODULES = [
    "tasks.cleaning",
    "tasks.scoring",
    "tasks.processing",
    "tasks.decoding",
    "tasks.triage",
    "tasks.report_files",
    "tasks.inputs",
    "tasks.config",
    "tasks.explain",
]
FORBIDDEN = ("prefect", "duckdb")


def _imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_does_not_load_prefect_or_duckdb(module):
    # A fresh interpreter, so nothing imported by other tests hides a violation.
    code = f"import sys, {module}; print(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"{module} pulls in {result.stdout.strip()}"


@pytest.mark.parametrize(
    "path",
    sorted(p.relative_to(REPO_ROOT).as_posix() for d in ("tasks/cleaning", "tasks/scoring") for p in (REPO_ROOT / d).rglob("*.py")),
)
def test_pure_package_files_do_not_import_prefect_or_duckdb(path):
    assert not _imported_names(REPO_ROOT / path) & set(FORBIDDEN)


def test_only_the_warehouse_module_imports_duckdb():
    importers = {
        p.relative_to(REPO_ROOT).as_posix()
        for d in ("tasks", "flows")
        for p in (REPO_ROOT / d).rglob("*.py")
        if "duckdb" in _imported_names(p)
    }
    assert importers == {"tasks/warehouse.py"}, importers


@pytest.mark.parametrize("keyword", ["SELECT ", "INSERT INTO", "CREATE TABLE", "UPDATE ", "DELETE FROM"])
def test_python_code_holds_no_sql_statements(keyword):
    offenders = []
    for path in list((REPO_ROOT / "tasks").rglob("*.py")) + list((REPO_ROOT / "flows").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lstrip().upper().startswith(keyword):
                offenders.append(f"{path.name}: {node.value[:40]!r}")
    assert not offenders, offenders
