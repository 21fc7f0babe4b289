"""The five hand-labelled seed articles: gold boilerplate goes, body stays, 'either' lines are free."""
import json
from pathlib import Path

import pytest

from tasks.cleaning import clean

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
GOLD = SHARED / "corpus" / "seeds.gold.json"
SEEDS = SHARED / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared is not beside the checkout")


def _articles():
    if not GOLD.exists():
        return []
    return sorted(json.loads(GOLD.read_text(encoding="utf-8"))["articles"].items())


@pytest.mark.parametrize(("name", "gold"), _articles(), ids=lambda v: v if isinstance(v, str) else "")
def test_seed_lines(name, gold):
    raw = (SEEDS / name).read_text(encoding="utf-8")
    result = clean(raw, "text")
    removed = {seg.position + 1 for seg in result.removed}
    boilerplate = {int(n) for n in gold["boilerplate"]}
    free = set(gold["either"])
    lines = raw.splitlines()
    body = {i for i, line in enumerate(lines, 1) if line.strip()} - boilerplate - free
    assert sorted(boilerplate - removed) == [], "boilerplate kept"
    assert sorted(body & removed) == [], "body removed"
    kept = result.text.split("\n")
    assert kept == [lines[i - 1].strip() for i in sorted(body | (free - removed))]
    assert result.reason is None and result.content_type == "text"


def test_seed_categories_mostly_match():
    """Category names are an audit aid: most gold categories should be reproduced."""
    total = agree = 0
    for name, gold in _articles():
        result = clean((SEEDS / name).read_text(encoding="utf-8"), "text")
        got = {seg.position + 1: seg.category for seg in result.removed}
        for line, category in gold["boilerplate"].items():
            total += 1
            agree += got.get(int(line)) == category
    assert agree >= 0.9 * total


def test_seed_categories_are_known():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    from tasks.cleaning import categories

    assert set(gold["categories"]) <= set(categories.ALL)
