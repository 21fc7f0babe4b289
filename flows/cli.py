"""The `sourcescore` command line: a thin layer over the flows and the warehouse."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from flows.quiet import apply_quiet_defaults

apply_quiet_defaults()

from tasks import warehouse  # noqa: E402  (after the quiet defaults, which prefect reads at import)
from tasks.report_files import week_start_of  # noqa: E402

DEFAULT_WAREHOUSE = str(warehouse.DEFAULT_WAREHOUSE)


def _format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    """An aligned plain-text table; long cells are cut to max_width."""
    def cell(value) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    body = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)) for r in body]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    from flows.score_articles import score_articles

    # User errors are reported here, plainly, before Prefect would wrap them in a traceback.
    if not Path(args.inputs).is_dir():
        raise FileNotFoundError(f"inputs directory {args.inputs!r} does not exist; pass --inputs DIR")
    warehouse.connect(args.warehouse).close()
    started = time.perf_counter()
    summary = score_articles(inputs_dir=args.inputs, warehouse_path=args.warehouse, batch_size=args.batch_size)
    print(
        f"sourcescore run: {summary['inputs_seen']} inputs seen -> {summary['articles_new']} new, "
        f"{summary['articles_unchanged']} unchanged, {summary['duplicates']} duplicate, "
        f"{summary['rejected']} rejected; {summary['articles_rescored']} re-scored"
    )
    print(f"time: {time.perf_counter() - started:.1f} s in all ({summary['seconds']:.1f} s in the flow; the rest is Prefect's start-up)")
    print(f"warehouse: {summary['warehouse']}")
    if summary["rejected"]:
        print(
            f"warning: {summary['rejected']} input(s) rejected; see them with: sourcescore sql "
            f"\"SELECT input_path, reason FROM rejected_inputs WHERE run_id = '{summary['run_id']}'\"",
            file=sys.stderr,
        )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from flows.weekly_report import weekly_report

    warehouse.connect(args.warehouse, read_only=True).close()
    summary = weekly_report(warehouse_path=args.warehouse, week=args.week, out=args.out)
    print(f"weekly report {summary['week']}: {summary['sources']} source(s) -> {summary['path']}")
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    con = warehouse.connect(args.warehouse, read_only=True)
    try:
        columns, rows = warehouse.query(con, args.query)
    except warehouse.QueryError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    finally:
        con.close()
    print(_format_table(columns, rows) if columns else "(no result)")
    return 0


def _week(value: str) -> str:
    try:
        week_start_of(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return value


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be a whole number of 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sourcescore", description="Score how well reported each news source is.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="clean and score the inputs into the warehouse")
    run.add_argument("--inputs", default="inputs", help="directory of input files and manifest.csv (default: inputs)")
    run.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help=f"DuckDB file (default: {DEFAULT_WAREHOUSE})")
    run.add_argument("--batch-size", type=_positive, default=200, help="articles per Prefect task (default: 200)")
    run.set_defaults(handler=cmd_run)

    report = commands.add_parser("report", help="write the weekly per-source CSV report")
    report.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help=f"DuckDB file (default: {DEFAULT_WAREHOUSE})")
    report.add_argument("--week", type=_week, help="ISO week YYYY-Www (default: the latest week with data)")
    report.add_argument("--out", help="CSV path (default: <warehouse dir>/reports/weekly-YYYY-Www.csv)")
    report.set_defaults(handler=cmd_report)

    sql = commands.add_parser("sql", help="run ad-hoc SQL on a read-only connection and print a table")
    sql.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help=f"DuckDB file (default: {DEFAULT_WAREHOUSE})")
    sql.add_argument("query", help="one SQL statement, e.g. \"SELECT * FROM weekly_source_quality\"")
    sql.set_defaults(handler=cmd_sql)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (warehouse.WarehouseError, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
