"""Sort each input of a run into new, unchanged, duplicate or rejected, and keep the count.

Pure bookkeeping: the flow asks `admit` about every input and loads the rows it collects.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from tasks.inputs import RawArticle, Rejection, UnchangedFile


@dataclass
class RunCounts:
    inputs_seen: int = 0
    articles_new: int = 0
    articles_unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    articles_rescored: int = 0
    articles_recleaned: int = 0

    def balanced(self) -> bool:
        """Every input ended up as exactly one of new, unchanged, duplicate or rejected."""
        accounted = self.articles_new + self.articles_unchanged + self.duplicates + self.rejected
        return accounted == self.inputs_seen

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Triage:
    known_ids: set[str]
    run_id: str
    counts: RunCounts = field(default_factory=RunCounts)
    rows: dict[str, list[dict]] = field(default_factory=dict)
    _first_path: dict[str, str] = field(default_factory=dict)

    def _add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)

    def admit(self, item: RawArticle | UnchangedFile | Rejection) -> bool:
        """Count one input; True when it is new content that must be cleaned and scored."""
        self.counts.inputs_seen += 1
        if isinstance(item, Rejection):
            self.counts.rejected += 1
            self._add("rejected_inputs", {"run_id": self.run_id, "input_path": item.input_path, "reason": item.reason})
            return False
        if isinstance(item, UnchangedFile) and item.article_id not in self.known_ids:
            raise ValueError(f"{item.input_path}: skipped as unchanged, but its article is not stored")
        stamp = getattr(item, "file_stamp", None)
        if stamp is not None:
            self._add("input_files", {"input_path": item.input_path, "size_bytes": stamp[0], "mtime_ns": stamp[1],
                                      "article_id": item.article_id, "warnings": list(item.file_warnings),
                                      "read_run": self.run_id})
        for warning in item.warnings:
            self._add("input_warnings", {"run_id": self.run_id, "input_path": item.input_path, "warning": warning})
        first = self._first_path.get(item.article_id)
        if first is not None:
            self.counts.duplicates += 1
            self._add(
                "duplicate_inputs",
                {"run_id": self.run_id, "input_path": item.input_path, "article_id": item.article_id, "first_input_path": first},
            )
            return False
        self._first_path[item.article_id] = item.input_path
        if item.article_id in self.known_ids:
            self.counts.articles_unchanged += 1
            self._add(
                "metadata",
                {
                    "article_id": item.article_id,
                    "input_path": item.input_path,
                    "source": item.source,
                    "url": item.url,
                    "title": item.title,
                    "author": item.author,
                    "published_date": item.published,
                },
            )
            return False
        return True

    def record_processed(self, loaded: dict[str, list[dict]]) -> None:
        """Count what a clean-and-score batch gave back: stored articles, or rejections."""
        self.counts.articles_new += len(loaded.get("articles", ()))
        self.counts.rejected += len(loaded.get("rejected_inputs", ()))

    def pending_rows(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def take_rows(self) -> dict[str, list[dict]]:
        """Hand over the bookkeeping rows collected so far, for loading."""
        rows, self.rows = self.rows, {}
        return rows
