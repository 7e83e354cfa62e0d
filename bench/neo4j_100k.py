"""The Neo4j latency table on the 100k-article graph in one command: export once, import fresh, rebuild the
rollups and the hub index, time, stop the server.

    python3 bench/neo4j_100k.py --dir /tmp/neo100k [--articles 100000] [QUERY_LATENCY ARGS...]
    python3 bench/neo4j_100k.py --dir /tmp/neo100k --only 'statements_per_month|alliance_members_on'

1. Export (only when DIR has no import.command yet; kept for the next run, about 10 minutes at 100k):
   bench/bulk_synthetic.py's CSV files of the synthetic corpus (seed 11, the graph bench/query_latency.py
   builds), niced: it times nothing.
2. Under the heavy lock (`--lock`, default /tmp/whosaid-heavy.lock, '' for none; held from here to the end,
   since the import, the server and the rebuild load both cores): `neo4j-admin database import` into a new
   server folder, a server on it (heap and page cache: WHOSAID_NEO4J_HEAP / WHOSAID_NEO4J_PAGECACHE_MB,
   default here 2g / 2048 MB), its indexes awaited, every rollup rebuilt from the raw graph
   (`rollups.rebuild`, what `python -m loaders rollups --rebuild` runs, about 90 s) and SAID's hub-index
   copies checked (`hub_index.ensure`; the export writes them). With `--keep-rollups` the rebuild is skipped:
   for a DIR to which `bulk_synthetic.py --out DIR --rollups-from EMBEDDED` added the rollup rows the write
   path kept in the embedded store built from the same corpus (bench/query_latency.py --build-only --db).
3. `bench/query_latency.py --stores neo4j --skip-build --articles N` against it, with the arguments this
   script does not know passed through (default `--ranks 0,20,100 --runs 10`); then the server stops and
   its folder is removed.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def prepare(uri: str, password: str, rebuild: bool = True) -> None:
    """Indexes online, every rollup rebuilt (or, without `rebuild`, filled where missing), the hub index
    filled where missing."""
    from graph import hub_index, rollups
    from graph.neo4j_store import Neo4jStore
    from graph.store import StoreConfig
    store = Neo4jStore(StoreConfig(uri=uri, password=password))
    try:
        store.rows("CALL db.awaitIndexes(1200)")
        started = time.perf_counter()
        rows = rollups.rebuild(store) if rebuild else rollups.ensure(store)
        print(f"rollups {'rebuilt' if rebuild else 'ensured'} in {time.perf_counter() - started:.0f} s: {rows}", flush=True)
        started = time.perf_counter()
        filled = hub_index.ensure(store)
        print(f"hub index {'filled' if filled else 'present'} ({time.perf_counter() - started:.0f} s)", flush=True)
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", required=True, help="folder of the exported CSV files (made once, then kept)")
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--lock", default="/tmp/whosaid-heavy.lock")
    ap.add_argument("--keep-rollups", action="store_true",
                    help="no rebuild: DIR holds rollup rows (bulk_synthetic.py --rollups-from an embedded store)")
    args, rest = ap.parse_known_args()
    sys.path.insert(0, HERE)
    from common import heavy
    if not os.path.exists(os.path.join(args.dir, "import.command")):
        subprocess.run(["nice", "-n", "19", sys.executable, os.path.join(HERE, "bulk_synthetic.py"),
                        "--articles", str(args.articles), "--out", args.dir], check=True)
    os.environ.setdefault("WHOSAID_NEO4J_HEAP", "2g")
    os.environ.setdefault("WHOSAID_NEO4J_PAGECACHE_MB", "2048")
    from bulk_synthetic import import_fresh
    from tests.neo4j_server.server import start
    with heavy(args.lock, "import, rollups, timing"):
        server = start(home=import_fresh(args.dir))
        try:
            prepare(server.uri, server.password, rebuild=not args.keep_rollups)
            timing = rest or ["--ranks", "0,20,100", "--runs", "10"]
            subprocess.run([sys.executable, os.path.join(HERE, "query_latency.py"), "--stores", "neo4j",
                            "--skip-build", "--articles", str(args.articles), *timing],
                           env={**os.environ, "NEO4J_URI": server.uri, "NEO4J_PASSWORD": server.password}, check=True)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
