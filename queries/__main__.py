"""Saved queries from the shell, the same library and output the explorer uses.

    python -m queries list                                  name, title and parameters of every query
    python -m queries show NAME                             the query file (header and Cypher)
    python -m queries run NAME [--param k=v ...] [--format table|json|csv|html|png] [--out FILE]
    python -m queries actors|camps|path ...                 graph analytics (see queries/analytics_cli.py)

`html` writes the result's graph as a standalone, offline HTML file; `png` screenshots that file in
headless Chromium. The store comes from the environment (NEO4J_URI…, else WHOSAID_DB), as for the app.
"""
from __future__ import annotations

import argparse
from dataclasses import replace
import sys

FORMATS = ("table", "json", "csv", "html", "png")


def _list(queries) -> int:
    for name, q in queries.items():
        params = ", ".join(f"{p.name}: {p.type}" + (f" = {p.default}" if p.default is not None else "")
                           for p in q.params)
        print(f"{name}{'' if q.builtin else ' (user)'}\n    {q.title}\n    params: {params or '-'}")
    return 0


def _run(args, queries) -> int:
    from graph.settings import SettingsError
    from graph.engines import open_store
    from graph.store import StoreConfig, StoreError
    from queries import export
    from queries.explore import add_mentions
    from queries.library import QueryError, parse_assignments, run
    from queries.viewmodel import from_rows, render_html
    query = queries.get(args.name)
    if query is None:
        print(f"error: no query named {args.name} (see `python -m queries list`)", file=sys.stderr)
        return 2
    try:
        values = query.values(parse_assignments(args.param or []))
    except QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        store = open_store(replace(StoreConfig.from_env(), create=False))
        try:
            result = run(store, query, values, limit=args.max_rows)
            view = from_rows(result.rows, query.edges)
            add_mentions(store, view)
        finally:
            store.close()
    except (StoreError, SettingsError, ValueError) as exc:
        print(f"error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", file=sys.stderr)
        return 1
    if args.format in ("html", "png"):
        title = f"{query.title} ({', '.join(f'{k}={v}' for k, v in values.items())})"
        if not args.out:
            print(f"error: --format {args.format} needs --out FILE", file=sys.stderr)
            return 2
        try:
            data = render_html(view, title=title) if args.format == "html" else export.view_png(view, title)
        except Exception as exc:                          # no Chromium / playwright: one line, what to install
            print(f"error: {export.png_problem(exc)}", file=sys.stderr)
            return 1
        with open(args.out, "w" if args.format == "html" else "wb",
                  **({"encoding": "utf-8"} if args.format == "html" else {})) as f:
            f.write(data)
        print(f"wrote {args.out}: {len(view.nodes)} nodes, {len(view.edges)} edges", file=sys.stderr)
        return 0
    text = {"table": export.rows_table, "json": export.rows_json, "csv": export.rows_csv}[args.format](
        result.columns, result.rows)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    if result.truncated:
        print(f"note: stopped at {args.max_rows} rows", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    from queries.analytics_cli import COMMANDS, main as analytics_main
    from queries.library import load
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        return analytics_main(argv)
    parser = argparse.ArgumentParser(prog="python -m queries", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="the saved queries and their parameters")
    show = sub.add_parser("show", help="print a query file")
    show.add_argument("name")
    run = sub.add_parser("run", help="run a saved query")
    run.add_argument("name")
    run.add_argument("--param", "-p", action="append", metavar="K=V", help="a parameter (repeatable)")
    run.add_argument("--format", "-f", choices=FORMATS, default="table")
    run.add_argument("--out", "-o", help="write to FILE instead of standard output")
    run.add_argument("--max-rows", type=int, default=10_000, help="stop after this many rows")
    args = parser.parse_args(argv)
    from graph.settings import SettingsError, settings
    try:
        settings()                                  # every variable checked once, before any work
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    queries, problems = load()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.command == "list":
        return _list(queries)
    if args.command == "show":
        if args.name not in queries:
            print(f"error: no query named {args.name}", file=sys.stderr)
            return 2
        sys.stdout.write(queries[args.name].to_text())
        return 0
    return _run(args, queries)


if __name__ == "__main__":
    sys.exit(main())
