"""Batch rows as Arrow tables, built in the worker that made them.

A worker hands the flow a few Arrow tables instead of a few hundred thousand dicts: they
cross the process boundary as flat buffers, and the flow loads them into DuckDB as they are.
"""
from __future__ import annotations

from typing import Any, Callable

import pyarrow as pa


def rows_as_arrow(tables: dict[str, list[dict]], schemas: dict[str, pa.Schema]) -> dict[str, Any]:
    """The tables named in schemas as Arrow tables typed by them; the others as they came."""
    return {
        name: pa.Table.from_pylist(rows, schema=schemas[name]) if name in schemas else rows
        for name, rows in tables.items()
    }


def run_as_arrow(fn: Callable[..., dict[str, list[dict]]], schemas: dict[str, pa.Schema], *args: Any) -> dict[str, Any]:
    """fn(*args), with its rows turned into Arrow tables (see rows_as_arrow)."""
    return rows_as_arrow(fn(*args), schemas)


def column(rows: Any, name: str) -> list:
    """One column's values, from a list of dicts or an Arrow table."""
    if isinstance(rows, pa.Table):
        return rows.column(name).to_pylist()
    return [row[name] for row in rows]
