"""End to end: the scoring flow and the weekly report on real inputs, under one Prefect test server."""
from __future__ import annotations

import csv
import json
import shutil

import pytest

from tasks import warehouse
from tests.support import REPO_ROOT, SEEDS_DIR, SEEDS_GOLD, duplicate_child_keys, fetch, needs_shared

pytestmark = pytest.mark.usefixtures("prefect_harness")

COUNTED_TABLES = ["articles", "removed_segments", "article_scores", "sentence_scores", "attributions"]
REPORT_COLUMNS = [
    "week", "source", "articles", "rank", "rank_change",
    "quality_score_mean", "quality_score_median", "quality_score_change",
    "specificity_mean", "specificity_median", "specificity_change",
    "sourcing_density_mean", "sourcing_density_median", "sourcing_density_change",
    "flesch_reading_ease_mean", "flesch_reading_ease_median", "flesch_reading_ease_change",
    "grade_level_mean", "grade_level_median", "grade_level_change",
    "anonymous_or_vague_share", "boilerplate_words_per_article",
    "gunning_fog_mean", "smog_index_mean", "dale_chall_mean",
]


def table_counts(path) -> dict[str, int]:
    con = warehouse.connect(path, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}
    finally:
        con.close()



def expected_inputs(folder) -> int:
    """Files other than the manifest and README, with each JSON Lines record counted."""
    count = 0
    for path in folder.iterdir():
        if path.name in ("manifest.csv", "README.md"):
            continue
        count += sum(1 for line in path.read_text().splitlines() if line.strip()) if path.suffix == ".jsonl" else 1
    return count


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    """The sample corpus scored twice into one warehouse, plus a weekly report."""
    from flows.score_articles import score_articles
    from flows.weekly_report import weekly_report

    root = tmp_path_factory.mktemp("sample")
    inputs = root / "inputs"
    shutil.copytree(REPO_ROOT / "inputs", inputs)
    db = root / "warehouse" / "sourcescore.duckdb"
    first = score_articles(inputs_dir=str(inputs), warehouse_path=str(db), batch_size=4)
    counts_after_first = table_counts(db)
    second = score_articles(inputs_dir=str(inputs), warehouse_path=str(db), batch_size=4)
    report = weekly_report(warehouse_path=str(db))
    return {"inputs": inputs, "db": db, "first": first, "second": second,
            "counts_after_first": counts_after_first, "report": report}


def test_first_run_accounts_for_every_input(sample_run):
    first = sample_run["first"]
    assert first["inputs_seen"] == expected_inputs(sample_run["inputs"])
    assert first["articles_new"] + first["articles_unchanged"] + first["duplicates"] + first["rejected"] == first["inputs_seen"]
    assert first["balanced"]
    # The sample feed carries one syndicated copy of a .txt story, and nothing in it is bad.
    assert (first["duplicates"], first["rejected"], first["articles_unchanged"]) == (1, 0, 0)
    counts = sample_run["counts_after_first"]
    assert counts["articles"] == first["articles_new"] == counts["article_scores"]
    assert counts["removed_segments"] > counts["articles"]
    assert counts["sentence_scores"] > 5 * counts["articles"]
    stored = fetch(sample_run["db"], "SELECT inputs_seen, articles_new, duplicates, rejected, status FROM pipeline_runs ORDER BY started_at LIMIT 1")
    assert stored == [(first["inputs_seen"], first["articles_new"], 1, 0, "completed")]


def test_second_run_adds_nothing_and_scores_nothing(sample_run):
    first, second = sample_run["first"], sample_run["second"]
    assert second["articles_new"] == 0 and second["articles_rescored"] == 0
    assert second["articles_unchanged"] == first["articles_new"]
    assert second["duplicates"] == 1 and second["balanced"]
    assert table_counts(sample_run["db"]) == sample_run["counts_after_first"]
    assert duplicate_child_keys(sample_run["db"]) == []
    # The second run read no file again (sizes and times unchanged) yet recorded the same warnings.
    warnings = fetch(sample_run["db"], "SELECT run_id, count(*) FROM input_warnings GROUP BY run_id")
    assert len(warnings) == 2 and warnings[0][1] == warnings[1][1] > 0
    [(cached,)] = fetch(sample_run["db"], "SELECT count(*) FROM input_files")
    files = [p for p in sample_run["inputs"].iterdir() if p.suffix in (".txt", ".html")]
    assert cached == len(files)  # every file; JSON Lines records are always read


def test_articles_carry_manifest_and_feed_metadata(sample_run):
    rows = fetch(sample_run["db"], "SELECT source, count(*) FROM articles GROUP BY source ORDER BY source")
    assert len(rows) >= 4 and "unknown" not in dict(rows)
    assert fetch(sample_run["db"], "SELECT count(*) FROM articles WHERE published_date IS NULL") == [(0,)]
    kinds = dict(fetch(sample_run["db"], "SELECT content_type, count(*) FROM articles GROUP BY 1"))
    assert kinds.get("html", 0) >= 2 and kinds.get("text", 0) >= 10


def test_scores_are_within_bounds(sample_run):
    [(low_spec, high_spec, low_q, high_q, min_density)] = fetch(
        sample_run["db"],
        "SELECT min(specificity), max(specificity), min(quality_score), max(quality_score), min(sourcing_density) FROM article_scores",
    )
    assert 0 <= low_spec <= high_spec <= 100 and 0 <= low_q <= high_q <= 100 and min_density >= 0


def test_weekly_report_csv(sample_run):
    report = sample_run["report"]
    path = sample_run["db"].parent / "reports" / f"weekly-{report['week']}.csv"
    assert report["path"] == str(path) and report["week"] == "2026-W47"
    rows = list(csv.DictReader(path.open()))
    assert list(rows[0]) == REPORT_COLUMNS
    assert len(rows) == report["sources"] >= 4
    assert all(row["week"] == "2026-W47" for row in rows)
    assert [int(row["rank"]) for row in rows] == sorted(int(row["rank"]) for row in rows)
    means = [float(row["quality_score_mean"]) for row in rows]
    assert means == sorted(means, reverse=True)
    # Every sample source also had articles the week before, so each row shows a change.
    assert all(row["quality_score_change"] != "" and row["rank_change"] != "" for row in rows)
    articles = list(csv.DictReader((path.parent / f"weekly-{report['week']}-articles.csv").open()))
    assert len(articles) == report["articles"] == sum(int(row["articles"]) for row in rows)
    assert all("named source" in row["reasons"] and "% specific sentences" in row["reasons"] for row in articles)
    png, page = path.with_suffix(".png"), path.with_suffix(".html")
    assert png.read_bytes().startswith(b"\x89PNG") and "<table" in page.read_text()
    assert all(row["source"] in page.read_text() for row in rows)
    assert not list(path.parent.glob(".*tmp"))


def test_report_for_a_week_with_no_articles_and_a_new_source(sample_run, tmp_path):
    from flows.weekly_report import weekly_report

    empty = weekly_report(warehouse_path=str(sample_run["db"]), week="2026-W40", out=str(tmp_path / "empty.csv"))
    assert empty["sources"] == 0 and list(csv.reader((tmp_path / "empty.csv").open())) == [REPORT_COLUMNS]
    assert "No articles in 2026-W40" in (tmp_path / "empty.html").read_text()
    # W45 is the sample's first week: every source is new, so no change is shown, not a zero.
    first = weekly_report(warehouse_path=str(sample_run["db"]), week="2026-W45", out=str(tmp_path / "w45.csv"))
    rows = list(csv.DictReader((tmp_path / "w45.csv").open()))
    assert first["sources"] == len(rows) >= 4
    assert all(row["quality_score_change"] == "" and row["rank_change"] == "" for row in rows)


def test_changed_file_becomes_a_new_article_and_supersedes_the_old(sample_run, tmp_path):
    from flows.score_articles import score_articles

    inputs, db = tmp_path / "inputs", tmp_path / "w.duckdb"
    shutil.copytree(sample_run["inputs"], inputs)
    score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    target = sorted(inputs.glob("*.txt"))[-1]  # the first sorted one is also carried in the feed
    target.write_text(target.read_text(encoding="utf-8", errors="replace") + "\nA correction was appended on Friday.\n", encoding="utf-8")
    third = score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    assert third["articles_new"] == 1 and third["balanced"]
    versions = fetch(db, "SELECT count(*) FROM articles WHERE input_path = $p", {"p": target.name})
    current = fetch(db, "SELECT count(*) FROM current_articles WHERE input_path = $p", {"p": target.name})
    assert versions == [(2,)] and current == [(1,)]


def test_new_scorer_version_rescores_stored_articles(sample_run, tmp_path, monkeypatch):
    import tasks.processing
    from flows.score_articles import score_articles

    db = tmp_path / "w.duckdb"
    shutil.copy(sample_run["db"], db)
    monkeypatch.setattr(tasks.processing, "SCORER_VERSION", "test-next")
    result = score_articles(inputs_dir=str(sample_run["inputs"]), warehouse_path=str(db))
    stored = sample_run["counts_after_first"]["articles"]
    assert result["articles_rescored"] == stored and result["articles_new"] == 0
    assert fetch(db, "SELECT count(*) FROM article_scores WHERE scorer_version = 'test-next'") == [(stored,)]
    again = score_articles(inputs_dir=str(sample_run["inputs"]), warehouse_path=str(db))
    assert again["articles_rescored"] == 0
    assert duplicate_child_keys(db) == []


def test_new_weights_rescore_under_a_tagged_version(sample_run, tmp_path):
    from flows.score_articles import score_articles

    db = tmp_path / "w.duckdb"
    shutil.copy(sample_run["db"], db)
    only_specificity = {"specificity": 1.0, "sourcing": 0, "named_sources": 0, "readability": 0}
    result = score_articles(inputs_dir=str(sample_run["inputs"]), warehouse_path=str(db), weights=only_specificity)
    assert result["articles_rescored"] == sample_run["counts_after_first"]["articles"]
    rows = fetch(db, "SELECT specificity, quality_score FROM latest_article_scores")
    assert rows and all(abs(spec - quality) < 1e-9 for spec, quality in rows)
    [(version,)] = fetch(db, "SELECT DISTINCT scorer_version FROM latest_article_scores")
    assert "+w" in version


def test_bad_inputs_are_rejected_with_reasons_and_the_rest_scored(tmp_path):
    from flows.score_articles import score_articles

    inputs = tmp_path / "inputs"
    inputs.mkdir()
    good = "The council voted 7-2 on Tuesday to fund the Harbor Street bridge repair, Mayor Ana Ruiz said.\n"
    (inputs / "good.txt").write_text(good * 3)
    (inputs / "legacy.txt").write_bytes("Officials said the “plan” costs $4 million — a record.\n".encode("cp1252") * 3)
    (inputs / "empty.txt").write_text("")
    (inputs / "blank.txt").write_text("  \n \n")
    (inputs / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (inputs / "undecodable.txt").write_bytes(bytes(range(0x80, 0xA0)) * 10)
    (inputs / "feed.jsonl").write_text(json.dumps({"source": "Wire", "text": good * 3}) + "\n{broken\n")
    (inputs / "manifest.csv").write_text("path,source,url,published,title,author\ngood.txt,Ledger,,2026-11-17,,\nmissing.txt,Ledger,,,,\n")
    result = score_articles(inputs_dir=str(inputs), warehouse_path=str(tmp_path / "w.duckdb"))
    assert result["balanced"] and result["inputs_seen"] == 9
    assert (result["articles_new"], result["duplicates"], result["rejected"]) == (2, 1, 6)
    reasons = dict(fetch(tmp_path / "w.duckdb", "SELECT input_path, reason FROM rejected_inputs"))
    assert set(reasons) == {"empty.txt", "blank.txt", "image.png", "undecodable.txt", "feed.jsonl:2", "manifest.csv:3 (missing.txt)"}
    assert all(len(reason) > 10 for reason in reasons.values())
    # legacy.txt has no manifest row: scored under 'unknown', with a recorded warning.
    assert fetch(tmp_path / "w.duckdb", "SELECT source FROM articles WHERE input_path = 'legacy.txt'") == [("unknown",)]
    warnings = fetch(tmp_path / "w.duckdb", "SELECT warning FROM input_warnings WHERE input_path = 'legacy.txt'")
    assert any("no manifest row" in w for (w,) in warnings) and any("cp1252" in w for (w,) in warnings)


@needs_shared
def test_all_five_seed_articles_are_scored(tmp_path):
    from flows.score_articles import score_articles

    gold = json.loads(SEEDS_GOLD.read_text())
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    with (inputs / "manifest.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "source", "url", "published", "title", "author"])
        for name, labels in gold["articles"].items():
            shutil.copy(SEEDS_DIR / name, inputs / name)  # a temporary copy for this test only
            writer.writerow([name, labels["source"], "", labels["published"], "", ""])
    db = tmp_path / "w.duckdb"
    result = score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    assert result["articles_new"] == 5 and result["rejected"] == 0
    sources = {r[0] for r in fetch(db, "SELECT a.source FROM articles a JOIN article_scores s USING (article_id)")}
    assert sources == {labels["source"] for labels in gold["articles"].values()}


def gazette_story(day: int) -> str:
    """A distinct story per day, each carrying the same sneaky promo line inside the body."""
    streets = ["Harbor", "Mill", "Ridge", "Pine", "Lake", "Elm"]
    return "\n".join([
        f"The county board voted {day}-1 on Monday to repave {streets[day % 6]} Street by June {day}.",
        f"Board chair Lena Ortiz said the work on {streets[day % 6]} Street would cost ${day * 10},000.",
        "The Gazette is independent and funded by readers like you.",
        f"Residents of {streets[(day + 1) % 6]} Avenue told the board on November {day} that potholes had damaged {day} cars.",
        f"Public works director Sam Cole said crews would start on {streets[(day + 2) % 6]} Road first.",
    ])


def write_gazette(inputs, days):
    lines = ["path,source,url,published,title,author"]
    for day in days:
        (inputs / f"gazette_{day}.txt").write_text(gazette_story(day))
        lines.append(f"gazette_{day}.txt,Harbor Gazette,,2026-11-{day:02d},,")
    (inputs / "manifest.csv").write_text("\n".join(lines) + "\n")


def test_lines_recurring_across_a_source_are_learned_and_removed_in_later_runs(tmp_path, monkeypatch):
    import flows.score_articles
    from flows.score_articles import score_articles

    monkeypatch.setattr(flows.score_articles, "RECLEAN_APPLY_ARTICLES", 2)  # three articles: two rounds

    inputs, db = tmp_path / "inputs", tmp_path / "w.duckdb"
    inputs.mkdir()
    write_gazette(inputs, [2, 3])
    first = score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    assert first["articles_recleaned"] == 0  # two articles are not yet a pattern
    promo = "%independent and funded by readers%"
    assert fetch(db, "SELECT count(*) FROM articles WHERE clean_text LIKE $p", {"p": promo}) == [(2,)]

    # A third article from another day makes the line a pattern: all three are cleaned again.
    write_gazette(inputs, [2, 3, 4])
    second = score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    assert second["articles_new"] == 1 and second["articles_recleaned"] == 3 and second["balanced"]
    assert fetch(db, "SELECT count(*) FROM articles WHERE clean_text LIKE $p", {"p": promo}) == [(0,)]
    assert fetch(db, "SELECT source, example, articles FROM source_boilerplate_lines") == [
        ("Harbor Gazette", "The Gazette is independent and funded by readers like you.", 3)]
    assert fetch(db, "SELECT count(*) FROM removed_segments WHERE category = 'source_repeated'") == [(3,)]
    # Scores follow the new clean text: one score row per article, counting the shorter text.
    assert fetch(db, "SELECT count(*) FROM articles JOIN article_scores USING (article_id) "
                     "WHERE articles.word_count <> article_scores.word_count") == [(0,)]
    assert fetch(db, "SELECT count(*) FROM article_scores") == [(3,)]
    assert duplicate_child_keys(db) == []

    # A later article has the line removed while it is cleaned; a re-run changes nothing.
    write_gazette(inputs, [2, 3, 4, 5])
    third = score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    assert third["articles_new"] == 1 and third["articles_recleaned"] == 0
    assert fetch(db, "SELECT count(*) FROM articles WHERE clean_text LIKE $p", {"p": promo}) == [(0,)]
    before = table_counts(db)
    fourth = score_articles(inputs_dir=str(inputs), warehouse_path=str(db))
    assert (fourth["articles_new"], fourth["articles_recleaned"], fourth["articles_rescored"]) == (0, 0, 0)
    assert table_counts(db) == before
    assert duplicate_child_keys(db) == []


@pytest.mark.parametrize(
    "items, batch_size, workers, expected",
    [
        (20_000, 200, 2, 200),  # plenty of work: the configured size
        (181, 200, 2, 23),  # one batch would leave a worker idle: at least 4 per worker
        (30, 200, 2, 10),  # never below the smallest batch
        (5, 200, 2, 10),
        (1_000, 50, 8, 32),  # many workers: smaller batches
        (0, 200, 2, 10),
    ],
)
def test_batch_size_keeps_every_worker_busy(items, batch_size, workers, expected):
    from flows.score_articles import batch_size_for

    assert batch_size_for(items, batch_size, workers) == expected
