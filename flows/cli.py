"""The `sourcescore` command line: a thin layer over the flows, the warehouse and the pure code."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from flows.quiet import apply_quiet_defaults

apply_quiet_defaults()

from tasks import config, warehouse  # noqa: E402  (after the quiet defaults, which prefect reads at import)
from tasks.locking import WarehouseBusy, describe_holder, is_locked_by_other, warehouse_lock  # noqa: E402
from tasks.report_files import week_start_of  # noqa: E402


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


def cmd_run(args: argparse.Namespace, settings: dict) -> int:
    from flows.score_articles import score_articles, task_runner_for

    # User errors are reported here, plainly, before Prefect would wrap them in a traceback.
    if not Path(args.inputs).is_dir():
        raise FileNotFoundError(f"inputs directory {args.inputs!r} does not exist; pass --inputs DIR")
    started = time.perf_counter()
    workers = settings["run"]["workers"] or None
    flow = score_articles.with_options(task_runner=task_runner_for(args.runner, args.dask_address, workers))
    with _lock(args, settings, "scoring run"):
        warehouse.connect(args.warehouse).close()
        summary = flow(
            inputs_dir=args.inputs,
            warehouse_path=args.warehouse,
            batch_size=args.batch_size,
            max_bytes=settings["run"]["max_input_bytes"],
            weights=settings["weights"],
            lock_timeout=settings["run"]["lock_timeout_seconds"],
            max_article_words=settings["run"]["max_article_words"],
            # On Dask each task already runs in a worker process.
            workers=0 if args.runner == "dask" else workers,
        )
    print(
        f"sourcescore run: {summary['inputs_seen']} inputs seen -> {summary['articles_new']} new, "
        f"{summary['articles_unchanged']} unchanged, {summary['duplicates']} duplicate, "
        f"{summary['rejected']} rejected; {summary['articles_rescored']} re-scored, "
        f"{summary['articles_recleaned']} cleaned again for newly learned boilerplate"
    )
    print(f"time: {time.perf_counter() - started:.1f} s in all ({summary['seconds']:.1f} s in the flow; the rest is Prefect's start-up)")
    stages = ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in summary["stage_seconds"].items())
    print(f"stages: {stages}")
    print(f"warehouse: {summary['warehouse']}")
    if summary["rejected"]:
        print(
            f"warning: {summary['rejected']} input(s) rejected; see them with: sourcescore sql "
            f"\"SELECT input_path, reason FROM rejected_inputs WHERE run_id = '{summary['run_id']}'\"",
            file=sys.stderr,
        )
    return 0


def cmd_report(args: argparse.Namespace, settings: dict) -> int:
    from flows.weekly_report import weekly_report

    with _lock(args, settings, "weekly report"):
        warehouse.connect(args.warehouse, read_only=True).close()
        summary = weekly_report(warehouse_path=args.warehouse, week=args.week, out=args.out)
    print(f"weekly report {summary['week']}: {summary['sources']} source(s), {summary['articles']} article(s)")
    for name, path in summary["files"].items():
        print(f"  {name:<13} {path}")
    return 0


def _lock(args: argparse.Namespace, settings: dict, purpose: str):
    """The warehouse lock, waiting with a message while another run or report holds it."""
    timeout = settings["run"]["lock_timeout_seconds"]
    return warehouse_lock(args.warehouse, purpose, timeout, on_wait=lambda message: print(message, file=sys.stderr))


def _json_value(value):
    return value if isinstance(value, (int, float, str, bool)) or value is None else str(value)


def _print_result(columns: list[str], rows: list[tuple], output: str) -> None:
    import csv
    import json

    if output == "csv":
        from tasks.report_files import neutralise_cell

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([neutralise_cell(v) for v in row] for row in rows)
    elif output == "json":
        print(json.dumps([{c: _json_value(v) for c, v in zip(columns, row)} for row in rows], indent=2, ensure_ascii=False))
    else:
        print(_format_table(columns, rows))


def cmd_sql(args: argparse.Namespace, settings: dict) -> int:
    if (args.query is None) == (args.file is None):
        raise LookupError("give either a QUERY or --file FILE.sql")
    statement = Path(args.file).read_text(encoding="utf-8") if args.file else args.query
    # DuckDB refuses readers while a run writes; say so plainly instead of failing on the lock.
    if is_locked_by_other(args.warehouse):
        print(f"error: the warehouse is busy: {describe_holder(args.warehouse)} is using it; try again when it finishes",
              file=sys.stderr)
        return 3
    con = warehouse.connect(args.warehouse, read_only=True)
    try:
        columns, rows = warehouse.query(con, statement)
    except warehouse.QueryError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    finally:
        con.close()
    if not columns:
        print("(no result)")
        return 0
    _print_result(columns, rows, args.output)
    return 0


def _read_input_file(path: Path) -> tuple[str, str]:
    """(text, content_type) of one input file, decoded as a run would decode it."""
    from tasks.decoding import decode_bytes, normalise_text
    from tasks.inputs import CONTENT_TYPES_BY_SUFFIX

    text, _ = decode_bytes(path.read_bytes())
    return normalise_text(text), CONTENT_TYPES_BY_SUFFIX.get(path.suffix.lower(), "auto")


def cmd_clean(args: argparse.Namespace, settings: dict) -> int:
    from tasks.cleaning import clean

    text, content_type = _read_input_file(Path(args.file))
    cleaned = clean(text, content_type)
    print(f"== title: {cleaned.title or '-'}  ({cleaned.content_type})")
    print("== kept")
    print(cleaned.text if cleaned.text else f"(nothing kept: {cleaned.reason})")
    print(f"== removed ({len(cleaned.removed)} lines)")
    for segment in cleaned.removed:
        print(f"[{segment.category:<18}] line {segment.position + 1:>3}: {segment.text}")
    return 0


def _article_text(args: argparse.Namespace) -> tuple[str, str]:
    """(heading, clean text) for an input file path, or an article id, id prefix or input path in the warehouse."""
    from tasks.cleaning import clean

    candidate = Path(args.article)
    if candidate.is_file():
        text, content_type = _read_input_file(candidate)
        return f"file {candidate}", clean(text, content_type).text
    con = warehouse.connect(args.warehouse, read_only=True)
    try:
        _, rows = warehouse.run_named_query(con, "find_article", {"key": args.article})
    finally:
        con.close()
    if not rows:
        raise LookupError(f"no article matches {args.article!r}: give an article id (or its first characters) or an input path")
    if len(rows) > 1:
        raise LookupError(f"{len(rows)} articles match {args.article!r}; give more of the id")
    article_id, source, title, clean_text = rows[0]
    return f"article {article_id}\nsource: {source}   title: {title or '-'}", clean_text


def cmd_explain(args: argparse.Namespace, settings: dict) -> int:
    from tasks.explain import explain_lines
    from tasks.scoring import analyse

    heading, clean_text = _article_text(args)
    print(heading)
    print()
    print("\n".join(explain_lines(clean_text, analyse(clean_text), settings["weights"])))
    return 0


def cmd_serve(args: argparse.Namespace, settings: dict) -> int:
    from flows.serve import serve

    serve(settings)
    return 0


def cmd_config(args: argparse.Namespace, settings: dict) -> int:
    for section, keys in config.load_settings().items():
        for key, setting in keys.items():
            print(f"{section}.{key} = {setting.value!r}    ({setting.origin})")
    return 0


def _week(value: str) -> str:
    try:
        week_start_of(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return value


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError("must be a whole number of 1 or more")
    return number


def build_parser(settings: dict) -> argparse.ArgumentParser:
    paths, run_settings = settings["paths"], settings["run"]
    parser = argparse.ArgumentParser(prog="sourcescore", description="Score how well reported each news source is.")
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, handler, help_text: str, warehouse_option: bool = True) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        if warehouse_option:
            command.add_argument("--warehouse", default=paths["warehouse"], help=f"DuckDB file (default: {paths['warehouse']})")
        command.set_defaults(handler=handler)
        return command

    run = add("run", cmd_run, "clean and score the inputs into the warehouse")
    run.add_argument("--inputs", default=paths["inputs"], help=f"directory of input files and manifest.csv (default: {paths['inputs']})")
    run.add_argument("--batch-size", type=_positive, default=run_settings["batch_size"],
                     help=f"articles per Prefect task (default: {run_settings['batch_size']})")
    run.add_argument("--runner", choices=["processes", "dask"], default="processes",
                     help="processes: one worker process per core on this machine (default); dask: prefect-dask's DaskTaskRunner")
    run.add_argument("--dask-address", help="scheduler of an existing Dask cluster, e.g. tcp://HOST:8786 "
                     "(default with --runner dask: start a local cluster)")

    report = add("report", cmd_report, "write the weekly per-source CSV report")
    report.add_argument("--week", type=_week, help="ISO week YYYY-Www (default: the latest week with data)")
    report.add_argument("--out", help="CSV path (default: <warehouse dir>/reports/weekly-YYYY-Www.csv)")

    sql = add("sql", cmd_sql, "run ad-hoc SQL on a read-only connection and print a table")
    sql.add_argument("query", nargs="?", help="SQL, e.g. \"SELECT * FROM weekly_source_quality\"")
    sql.add_argument("--file", help="run the SQL in this file instead (e.g. sql/examples/01_best_sourced_sources.sql)")
    formats = sql.add_mutually_exclusive_group()
    formats.add_argument("--csv", dest="output", action="store_const", const="csv", help="print CSV")
    formats.add_argument("--json", dest="output", action="store_const", const="json", help="print a JSON array of objects")
    sql.set_defaults(output="table")

    clean = add("clean", cmd_clean, "show what cleaning keeps and removes in one input file, and why", warehouse_option=False)
    clean.add_argument("file", help="a .txt or .html input file")

    explain = add("explain", cmd_explain, "explain an article's scores sentence by sentence")
    explain.add_argument("article", help="an input file path, or an article id (or its first characters) or input path in the warehouse")

    add("serve", cmd_serve, "run the scoring and weekly report flows on their cron schedules (Prefect deployments)",
        warehouse_option=False)
    add("config", cmd_config, "show the settings in force and where each came from", warehouse_option=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        settings = config.values(config.load_settings())
    except config.ConfigError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    args = build_parser(settings).parse_args(argv)
    try:
        return args.handler(args, settings)
    # ValueError covers NotText, from decoding a file given on the command line.
    except (warehouse.WarehouseError, WarehouseBusy, FileNotFoundError, LookupError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
