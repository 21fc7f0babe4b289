"""Shared fixtures: paths, a fresh warehouse, and one Prefect test server for the session."""
from __future__ import annotations

from pathlib import Path

import pytest

from flows.quiet import apply_quiet_defaults
from tests.support import REPO_ROOT

apply_quiet_defaults()


@pytest.fixture
def fresh_db(tmp_path):
    """A migrated, empty warehouse on a temporary file."""
    from tasks import warehouse

    con = warehouse.connect(tmp_path / "test.duckdb")
    yield con
    con.close()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for every flow test (it takes ~10 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture
def sample_inputs() -> Path:
    return REPO_ROOT / "inputs"
