"""The hostile corpus: the run survives it, rejects what is not an article with a reason,
and scores everything else."""
from __future__ import annotations

import csv
import os
import shutil

import pytest

from tests.support import REPO_ROOT, fetch

pytestmark = pytest.mark.usefixtures("prefect_harness")
HOSTILE = REPO_ROOT / "tests" / "fixtures" / "hostile"
SENTENCE = "The council voted on Tuesday to repair the bridge, Mayor Ana Ruiz said, at a cost of $2 million. "

EXPECTED_REJECTIONS = {
    "empty.txt": "empty",
    "whitespace_only.txt": "empty",
    "photo.png": "PNG",
    "nul_bytes.txt": "NUL",
    "scripts_only.html": "no article body",
    "no_body.html": "no article body",
    "huge.txt": "too large",
    "outside_link.txt": "outside the inputs directory",
    "feed.jsonl:2": "malformed",
    "three_words.txt": "too short to be an article (3 words)",
    "one_line.txt": "too long to be one article",
    "manifest.csv:5 (missing.txt)": "does not exist",
    "manifest.csv:6 (../../etc/passwd)": "escapes",
    "manifest.csv:7 (/etc/passwd)": "escapes",
}
EXPECTED_ARTICLES = {
    "good_bridge.txt", "utf16_bom.txt", "latin1.txt", "cp1252.txt", "invalid_utf8.txt", "xxe.html",
    "billion_laughs.html", "french.txt", "feed.jsonl:1", "feed.jsonl:3",
}



@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    from flows.score_articles import score_articles
    from flows.weekly_report import weekly_report

    root = tmp_path_factory.mktemp("hostile")
    inputs = root / "inputs"
    shutil.copytree(HOSTILE, inputs)
    with (inputs / "huge.txt").open("wb") as handle:  # 50 MB, sparse: costs no disk
        handle.truncate(50 * 1024 * 1024)
    (inputs / "one_line.txt").write_text(SENTENCE * (5 * 1024 * 1024 // len(SENTENCE)))
    (root / "secret.txt").write_text("root:x:0:0:secret outside inputs")
    os.symlink(root / "secret.txt", inputs / "outside_link.txt")
    db = root / "w.duckdb"
    result = score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    report = weekly_report(warehouse_path=str(db), week="2026-W47")
    return {"result": result, "db": db, "report": report, "inputs": inputs}


def test_every_input_is_accounted_for(hostile_run):
    result = hostile_run["result"]
    assert result["balanced"]
    assert result["inputs_seen"] == len(EXPECTED_REJECTIONS) + len(EXPECTED_ARTICLES) + 1  # +1 duplicate
    assert result["duplicates"] == 1 and result["rejected"] == len(EXPECTED_REJECTIONS)
    stored = fetch(hostile_run["db"], "SELECT inputs_seen, articles_new, duplicates, rejected FROM pipeline_runs")
    assert stored == [(result["inputs_seen"], result["articles_new"], 1, result["rejected"])]


def test_rejections_have_clear_reasons(hostile_run):
    reasons = dict(fetch(hostile_run["db"], "SELECT input_path, reason FROM rejected_inputs"))
    assert set(reasons) == set(EXPECTED_REJECTIONS)
    for path, expected in EXPECTED_REJECTIONS.items():
        assert expected in reasons[path], (path, reasons[path])


def test_everything_else_is_scored(hostile_run):
    scored = {row[0] for row in fetch(hostile_run["db"], "SELECT input_path FROM articles JOIN article_scores USING (article_id)")}
    assert scored == EXPECTED_ARTICLES
    [(first, copy)] = fetch(hostile_run["db"], "SELECT first_input_path, input_path FROM duplicate_inputs")
    assert (first, copy) == ("good_bridge.txt", "good_bridge_copy.txt")


def test_legacy_encodings_are_decoded(hostile_run):
    texts = dict(fetch(hostile_run["db"], "SELECT input_path, clean_text FROM articles"))
    assert "“plan”" in texts["cp1252.txt"] and "€4 million" in texts["cp1252.txt"]
    assert "façade" in texts["latin1.txt"] and "Café owners" in texts["utf16_bom.txt"]
    assert "Zoë Adams" in texts["invalid_utf8.txt"]
    warnings = fetch(hostile_run["db"], "SELECT warning FROM input_warnings WHERE input_path = 'cp1252.txt'")
    assert any("unparsable published date" in w for (w,) in warnings)


def test_markup_entities_are_never_resolved(hostile_run):
    texts = dict(fetch(hostile_run["db"], "SELECT input_path, clean_text FROM articles"))
    assert "root:" not in texts["xxe.html"] and "council voted 7-2" in texts["xxe.html"]
    assert len(texts["billion_laughs.html"]) < 2_000 and "lollol" not in texts["billion_laughs.html"]


def test_other_languages_are_scored_and_flagged(hostile_run):
    [(language,)] = fetch(hostile_run["db"], "SELECT language FROM articles WHERE input_path = 'french.txt'")
    assert language == "fr"
    warnings = fetch(hostile_run["db"], "SELECT warning FROM input_warnings WHERE input_path = 'french.txt'")
    assert any("not English" in w for (w,) in warnings)


def test_formula_cells_are_neutralised_in_every_csv(hostile_run):
    csvs = [path for path in hostile_run["report"]["files"].values() if path.endswith(".csv")]
    assert len(csvs) == 2
    cells = [cell for path in csvs for row in csv.reader(open(path)) for cell in row]
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in cells
    assert "'+cmd|' /C calc'!A0" in cells
    text_cells = [c for c in cells if c and not c.lstrip("-").replace(".", "", 1).isdigit()]
    assert not [c for c in text_cells if c[0] in "=+@"], "a formula cell got through"
