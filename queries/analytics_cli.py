"""Graph analytics from the shell, the same answers as the page's workbench.

    python -m queries actors [--since D] [--until D] [--outlet O] [--topic NAME] [--limit 25] [--format F]
    python -m queries camps  [same filters]
    python -m queries path FROM TO [same filters]

Names are matched like the page's search: the exact name or alias first (case- and accent-insensitive).
"""
from __future__ import annotations

import argparse
import sys

from graph.model import ANY_ENTITY, normalise_name

COMMANDS = ("actors", "camps", "path")


def find_uid(store, name: str) -> str | None:
    """The uid of the entity named `name` (or with it as an alias), the most mentioned if several."""
    key = normalise_name(name)
    rows = store.rows(f"MATCH (n:{ANY_ENTITY}) WHERE n.search CONTAINS $key "
                      "OPTIONAL MATCH (n)<-[m:MENTIONS]-() "
                      "RETURN n.uid AS uid, n.search AS search, count(m) AS mentions", {"key": key})
    exact = [r for r in rows if key in r["search"].split(" | ")]
    best = sorted(exact, key=lambda r: (-r["mentions"], r["uid"]))
    return best[0]["uid"] if best else None


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m queries", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=COMMANDS)
    ap.add_argument("names", nargs="*", help="for path: FROM and TO")
    ap.add_argument("--since", default="", help="statements dated on or after (YYYY-MM-DD)")
    ap.add_argument("--until", default="", help="statements dated on or before (YYYY-MM-DD)")
    ap.add_argument("--outlet", default="", help="statements reported by this outlet")
    ap.add_argument("--topic", default="", help="statements about this entity")
    ap.add_argument("--limit", type=int, default=25, help="rows for `actors`")
    ap.add_argument("--format", "-f", choices=("table", "json", "csv"), default="table")
    return ap


def main(argv: list[str]) -> int:
    from graph.engines import open_store
    from graph.store import StoreConfig, StoreError
    from queries import analytics, export
    args = _parser().parse_args(argv)
    if args.command == "path" and len(args.names) != 2:
        print("error: path needs two names: FROM TO", file=sys.stderr)
        return 2
    try:
        store = open_store(StoreConfig.from_env())
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        names = [*args.names, *([args.topic] if args.topic else [])]
        uids = {n: find_uid(store, n) for n in names}
        missing = [n for n, u in uids.items() if u is None]
        if missing:
            print(f"error: no entity named {', '.join(missing)}", file=sys.stderr)
            return 2
        scope = analytics.Scope(args.since, args.until, args.outlet, uids.get(args.topic, "") if args.topic else "")
        actors = analytics.actor_graph(store, scope)
        if args.command == "actors":
            rows = analytics.key_actors(actors, args.limit)
        elif args.command == "camps":
            rows = [{"camp": c["camp"], "size": c["size"], "statements": c["statements"],
                     "members": ", ".join(m["name"] for m in c["members"])} for c in analytics.camps(actors)]
        else:
            rows = analytics.path(store, actors, uids[args.names[0]], uids[args.names[1]], scope) or []
            if not rows:
                print("no chain of statements joins them within these filters", file=sys.stderr)
    except (StoreError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    columns = list(rows[0]) if rows else []
    writer = {"table": export.rows_table, "json": export.rows_json, "csv": export.rows_csv}[args.format]
    sys.stdout.write(writer(columns, rows) if rows else "")
    return 0
