"""Paths and markers shared by the tests."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = (REPO_ROOT / ".." / "shared").resolve()
SEEDS_DIR = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "corpus" / "seeds.gold.json"

needs_shared = pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="../shared is not beside the checkout")
