"""Batch rows as Arrow tables, built in the worker that made them and spooled to files.

A worker writes each big table of its batch to an Arrow IPC file in the run's spool folder and
hands the flow only the file names. The rows never pass through Prefect's task results (which
the flow process would otherwise keep in memory until the run ends) and the flow reads them
memory-mapped, without a copy.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa


@dataclass(frozen=True)
class SpooledTable:
    """A table a worker wrote to an Arrow IPC file; the loader reads it, then deletes it."""

    path: str
    rows: int

    def __len__(self) -> int:
        return self.rows

    def read(self) -> pa.Table:
        with pa.memory_map(self.path) as source:
            return pa.ipc.open_file(source).read_all()

    def delete(self) -> None:
        Path(self.path).unlink(missing_ok=True)


def rows_as_arrow(tables: dict[str, list[dict]], schemas: dict[str, pa.Schema]) -> dict[str, Any]:
    """The tables named in schemas as Arrow tables typed by them; the others as they came."""
    return {
        name: pa.Table.from_pylist(rows, schema=schemas[name]) if name in schemas else rows
        for name, rows in tables.items()
    }


def spool(tables: dict[str, list[dict]], schemas: dict[str, pa.Schema], spool_dir: str) -> dict[str, Any]:
    """The tables named in schemas written to IPC files in spool_dir; the others as they came."""
    out: dict[str, Any] = {}
    batch = uuid.uuid4().hex
    for name, rows in rows_as_arrow(tables, schemas).items():
        if not isinstance(rows, pa.Table):
            out[name] = rows
            continue
        path = os.path.join(spool_dir, f"{batch}-{name}.arrow")
        with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, rows.schema) as writer:
            writer.write_table(rows)
        out[name] = SpooledTable(path, rows.num_rows)
    return out


def run_to_spool(
    fn: Callable[..., dict[str, list[dict]]], schemas: dict[str, pa.Schema], spool_dir: str | None, *args: Any
) -> dict[str, Any]:
    """fn(*args), with its big tables spooled to spool_dir (see spool), or as Arrow tables when None."""
    tables = fn(*args)
    return rows_as_arrow(tables, schemas) if spool_dir is None else spool(tables, schemas, spool_dir)


def as_arrow(rows: Any) -> Any:
    """A spooled table read back; anything else as it is."""
    return rows.read() if isinstance(rows, SpooledTable) else rows


def column(rows: Any, name: str) -> list:
    """One column's values, from a list of dicts, an Arrow table or a spooled table."""
    rows = as_arrow(rows)
    if isinstance(rows, pa.Table):
        return rows.column(name).to_pylist()
    return [row[name] for row in rows]
