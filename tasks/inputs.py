"""Read the inputs directory: manifest, text/HTML files and JSON Lines feeds.

File I/O only. Each input becomes a RawArticle or a Rejection with a readable reason,
streamed one at a time so a large directory is never held in memory.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

from tasks.decoding import NotText, article_id_for, decode_bytes, normalise_text

log = logging.getLogger("sourcescore.inputs")

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("path", "source", "url", "published", "title", "author")
# Files that describe the inputs rather than being inputs.
NOT_INPUTS = {MANIFEST_NAME, "README.md", "README.txt"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
NO_MANIFEST_ROW = "no manifest row; source taken from the URL's domain, or 'unknown'"
CONTENT_TYPES_BY_SUFFIX = {".html": "html", ".htm": "html", ".txt": "text"}


@dataclass(frozen=True)
class RawArticle:
    """One decoded input, with the metadata the manifest or feed gave for it."""

    input_path: str
    article_id: str
    raw_text: str
    content_type: str  # "text", "html" or "auto"
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None
    author: str | None = None
    warnings: tuple[str, ...] = field(default=())
    # The file's size and modification time when read (None for JSON Lines records), and the
    # warnings that come from its bytes, which a later run that skips reading it records again.
    file_stamp: tuple[int, int] | None = None
    file_warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class UnchangedFile:
    """A file with the size and modification time it had when its content was last read."""

    input_path: str
    article_id: str
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None
    author: str | None = None
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Rejection:
    input_path: str
    reason: str


def parse_published(value: str | None) -> tuple[dt.date | None, str | None]:
    """Return (date, warning). Accepts YYYY-MM-DD, or an ISO timestamp's date part."""
    if value is None or not str(value).strip():
        return None, None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]), None
    except ValueError:
        return None, f"unparsable published date {text[:40]!r}; expected YYYY-MM-DD"


def _clean_field(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_manifest(inputs_dir: Path) -> tuple[dict[str, dict], list[Rejection]]:
    """Map each manifest path to its row; malformed rows come back as rejections."""
    manifest_path = inputs_dir / MANIFEST_NAME
    if not manifest_path.exists():
        return {}, []
    rows: dict[str, dict] = {}
    problems: list[Rejection] = []
    with manifest_path.open(newline="", encoding="utf-8-sig", errors="replace") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
        if "path" in missing:
            problems.append(Rejection(MANIFEST_NAME, "manifest has no 'path' column; ignored"))
            return {}, problems
        for line_no, row in enumerate(reader, start=2):
            path = _clean_field(row.get("path"))
            if not path:
                problems.append(Rejection(f"{MANIFEST_NAME}:{line_no}", "manifest row has an empty path"))
                continue
            # Normalised so "./a.txt" and "a.txt" name the same file.
            key = Path(os.path.normpath(path)).as_posix()
            rows[key] = {col: _clean_field(row.get(col)) for col in MANIFEST_COLUMNS}
            rows[key]["_line"] = line_no
    return rows, problems


def confine(inputs_dir: Path, relative: str) -> Path | None:
    """Resolve a path named by a manifest or found on disk; None if it leaves inputs/."""
    if not relative or os.path.isabs(relative):
        return None
    root = inputs_dir.resolve()
    resolved = (inputs_dir / relative).resolve()
    if resolved != root and root not in resolved.parents:
        return None
    return resolved


def _input_files(inputs_dir: Path) -> Iterator[Path]:
    """Every file below inputs/, in a stable order, skipping hidden files and docs."""
    for dirpath, dirnames, filenames in os.walk(inputs_dir, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or (Path(dirpath) == inputs_dir and name in NOT_INPUTS):
                continue
            yield Path(dirpath) / name


def _read_limited(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise NotText(f"file too large ({size:,} bytes; the limit is {max_bytes:,})")
    return path.read_bytes()


def _described(meta: dict, warnings: list[str]) -> dict:
    """The manifest or feed fields an input carries, with its warnings (a bad date adds one)."""
    published, date_warning = parse_published(meta.get("published"))
    if date_warning:
        warnings.append(date_warning)
    return {
        "source": _clean_field(meta.get("source")),
        "url": _clean_field(meta.get("url")),
        "published": published,
        "title": _clean_field(meta.get("title")),
        "author": _clean_field(meta.get("author")),
        "warnings": tuple(warnings),
    }


def _article(input_path: str, text: str, content_type: str, meta: dict, warnings: list[str]) -> RawArticle:
    normalised = normalise_text(text)
    return RawArticle(
        input_path=input_path,
        article_id=article_id_for(normalised),
        raw_text=normalised,
        content_type=content_type,
        **_described(meta, warnings),
    )


def _jsonl_records(path: Path, relative: str, text: str) -> Iterator[RawArticle | Rejection]:
    seen_any = False
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        seen_any = True
        input_path = f"{relative}:{line_no}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejection(input_path, f"malformed JSON Lines record: {err.msg} at column {err.colno}")
            continue
        if not isinstance(record, dict):
            yield Rejection(input_path, "JSON Lines record is not an object")
            continue
        body, content_type = record.get("text"), "text"
        if not isinstance(body, str) or not body.strip():
            body, content_type = record.get("html"), "html"
        if not isinstance(body, str) or not body.strip():
            yield Rejection(input_path, "JSON Lines record has no non-empty 'text' or 'html' field")
            continue
        yield _article(input_path, body, content_type, record, [])
    if not seen_any:
        yield Rejection(relative, "empty JSON Lines file (no records)")


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def _file_inputs(
    inputs_dir: Path, path: Path, meta: dict | None, max_bytes: int, known_files: dict | None = None
) -> Iterator[RawArticle | UnchangedFile | Rejection]:
    relative = path.relative_to(inputs_dir).as_posix()
    # The walk enters no symlinked folder, so only a symlinked file can lead outside inputs/.
    if path.is_symlink() and confine(inputs_dir, relative) is None:
        yield Rejection(relative, "symlink points outside the inputs directory")
        return
    try:
        stamp = _stamp(path)
        known = (known_files or {}).get(relative)
        if known is not None and known[:2] == stamp:
            yield _unchanged(relative, known[2], meta, list(known[3]))
            return
        text, encoding = decode_bytes(_read_limited(path, max_bytes))
    except NotText as err:
        yield Rejection(relative, str(err))
        return
    except OSError as err:
        yield Rejection(relative, f"unreadable file: {err.strerror or err}")
        return
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_records(path, relative, text)
        return
    file_warnings = [] if encoding in ("utf-8", "ascii") else [f"decoded as {encoding}"]
    warnings = [NO_MANIFEST_ROW] if meta is None else []
    content_type = CONTENT_TYPES_BY_SUFFIX.get(path.suffix.lower(), "auto")
    article = _article(relative, text, content_type, meta or {}, warnings + file_warnings)
    yield replace(article, file_stamp=stamp, file_warnings=tuple(file_warnings))


def _unchanged(input_path: str, article_id: str, meta: dict | None, file_warnings: list[str]) -> UnchangedFile:
    warnings = ([NO_MANIFEST_ROW] if meta is None else []) + file_warnings
    return UnchangedFile(input_path=input_path, article_id=article_id, **_described(meta or {}, warnings))


def inputs_of_file(inputs_dir: Path | str, path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawArticle | Rejection]:
    """The inputs one file under inputs_dir holds, read without the manifest (for benchmarks)."""
    return list(_file_inputs(Path(inputs_dir), Path(path), None, max_bytes))


def count_input_files(inputs_dir: Path | str) -> int:
    """How many files a run will read (JSON Lines files count once), for progress reports."""
    return sum(1 for _ in _input_files(Path(inputs_dir)))


def iter_inputs(
    inputs_dir: Path | str, max_bytes: int = DEFAULT_MAX_BYTES, known_files: dict | None = None
) -> Iterator[RawArticle | UnchangedFile | Rejection]:
    """Yield every input under inputs_dir, each exactly once, as an article or a rejection.

    known_files maps input paths to (size, mtime_ns, article_id, warnings) from an earlier read;
    a file that still has that size and time is not read again but yielded as an UnchangedFile.
    """
    inputs_dir = Path(inputs_dir)
    manifest, problems = read_manifest(inputs_dir)
    yield from problems
    on_disk: set[str] = set()
    for path in _input_files(inputs_dir):
        relative = path.relative_to(inputs_dir).as_posix()
        on_disk.add(relative)
        yield from _file_inputs(inputs_dir, path, manifest.get(relative), max_bytes, known_files)
    for named, row in manifest.items():
        if named in on_disk:
            continue
        where = f"{MANIFEST_NAME}:{row['_line']} ({named})"
        resolved = confine(inputs_dir, named)
        if resolved is None:
            yield Rejection(where, "manifest path escapes the inputs directory")
        else:
            yield Rejection(where, "manifest names a file that does not exist")
