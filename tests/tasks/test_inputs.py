import csv
import json
import os

import pytest

from tasks.inputs import RawArticle, Rejection, UnchangedFile, iter_inputs, parse_published


def write_manifest(folder, rows):
    with (folder / "manifest.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["path", "source", "url", "published", "title", "author"])
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


def by_path(items):
    return {item.input_path: item for item in items}


@pytest.mark.parametrize(
    "value, expected_date, warns",
    [
        ("2026-11-16", "2026-11-16", False),
        ("2026-11-16T08:00:00Z", "2026-11-16", False),
        ("", None, False),
        (None, None, False),
        ("16/11/2026", None, True),
        ("yesterday", None, True),
    ],
)
def test_parse_published(value, expected_date, warns):
    day, warning = parse_published(value)
    assert (day.isoformat() if day else None) == expected_date
    assert bool(warning) == warns


def test_manifest_metadata_is_attached(tmp_path):
    (tmp_path / "a.txt").write_text("Body text of the story.")
    write_manifest(tmp_path, [{"path": "a.txt", "source": "Ledger", "url": "https://ledger.example/a", "published": "2026-11-10", "title": "A", "author": "Ann"}])
    [item] = list(iter_inputs(tmp_path))
    assert isinstance(item, RawArticle)
    assert (item.source, item.url, item.published.isoformat(), item.title, item.author) == (
        "Ledger", "https://ledger.example/a", "2026-11-10", "A", "Ann")
    assert item.content_type == "text" and item.warnings == ()


def test_file_without_manifest_row_is_kept_with_a_warning(tmp_path):
    (tmp_path / "orphan.html").write_text("<html><body><p>Hi</p></body></html>")
    [item] = list(iter_inputs(tmp_path))
    assert isinstance(item, RawArticle) and item.source is None and item.content_type == "html"
    assert any("no manifest row" in w for w in item.warnings)


def test_jsonl_records_each_become_an_input(tmp_path):
    lines = [
        json.dumps({"source": "Wire", "published": "2026-11-03", "title": "One", "text": "First story."}),
        "",
        "{not json",
        json.dumps({"source": "Wire", "html": "<p>Second story.</p>"}),
        json.dumps(["a", "list"]),
        json.dumps({"source": "Wire", "text": "   "}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    items = by_path(iter_inputs(tmp_path))
    assert set(items) == {"feed.jsonl:1", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5", "feed.jsonl:6"}
    assert isinstance(items["feed.jsonl:1"], RawArticle) and items["feed.jsonl:1"].source == "Wire"
    assert items["feed.jsonl:4"].content_type == "html"
    assert "malformed" in items["feed.jsonl:3"].reason
    assert "not an object" in items["feed.jsonl:5"].reason
    assert "no non-empty" in items["feed.jsonl:6"].reason


@pytest.mark.parametrize(
    "name, content, reason_part",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        ("nul.txt", b"abc\x00def", "NUL"),
        ("garbage.txt", bytes(range(0x80, 0xA0)) * 4, "undecodable"),
        ("empty.jsonl", b"\n\n", "empty"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, content, reason_part):
    (tmp_path / name).write_bytes(content)
    [item] = list(iter_inputs(tmp_path))
    assert isinstance(item, Rejection) and reason_part in item.reason


def test_manifest_rows_for_missing_or_escaping_paths_are_rejected(tmp_path):
    (tmp_path / "ok.txt").write_text("Fine.")
    write_manifest(tmp_path, [
        {"path": "ok.txt"},
        {"path": "gone.txt"},
        {"path": "../../etc/passwd"},
        {"path": "/etc/passwd"},
    ])
    items = list(iter_inputs(tmp_path))
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert len(items) == 4 and len(rejections) == 3
    reasons = " ".join(r.reason for r in rejections)
    assert "does not exist" in reasons and reasons.count("escapes") == 2


def test_symlink_out_of_inputs_is_rejected(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    os.symlink(outside, inputs / "link.txt")
    [item] = list(iter_inputs(inputs))
    assert isinstance(item, Rejection) and "outside" in item.reason


def test_oversized_file_is_rejected_without_reading(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 1000)
    [item] = list(iter_inputs(tmp_path, max_bytes=100))
    assert isinstance(item, Rejection) and "too large" in item.reason


def test_manifest_and_readme_are_not_inputs_and_order_is_stable(tmp_path):
    (tmp_path / "README.md").write_text("about")
    (tmp_path / "b.txt").write_text("B story")
    (tmp_path / "a.txt").write_text("A story")
    write_manifest(tmp_path, [])
    assert [i.input_path for i in iter_inputs(tmp_path)] == ["a.txt", "b.txt"]


def test_same_content_gets_the_same_article_id(tmp_path):
    (tmp_path / "a.txt").write_text("Same story.\r\n")
    (tmp_path / "b.txt").write_text("Same story.")
    first, second = iter_inputs(tmp_path)
    assert first.article_id == second.article_id


def test_a_file_with_its_known_size_and_time_is_not_read_again(tmp_path):
    (tmp_path / "a.txt").write_bytes("Caf\xe9 owners met on Tuesday.".encode("cp1252"))
    (tmp_path / "b.txt").write_text("Another body.")
    write_manifest(tmp_path, [{"path": "a.txt", "source": "Ledger", "url": "", "published": "2026-11-10", "title": "A", "author": ""}])
    first = by_path(iter_inputs(tmp_path))
    a = first["a.txt"]
    assert a.file_stamp is not None and a.file_warnings == ("decoded as cp1252",)
    known = {path: (*item.file_stamp, item.article_id, item.file_warnings) for path, item in first.items()}

    again = by_path(iter_inputs(tmp_path, known_files=known))
    assert isinstance(again["a.txt"], UnchangedFile) and again["a.txt"].article_id == a.article_id
    assert (again["a.txt"].source, again["a.txt"].published) == ("Ledger", a.published)  # from the manifest
    assert again["a.txt"].warnings == a.warnings  # decoding warnings are recorded again
    assert again["b.txt"].warnings == first["b.txt"].warnings  # "no manifest row" too

    (tmp_path / "b.txt").write_text("Another body, edited.")
    edited = by_path(iter_inputs(tmp_path, known_files=known))
    assert isinstance(edited["b.txt"], RawArticle) and edited["b.txt"].article_id != first["b.txt"].article_id
