"""A large synthetic graph for Neo4j in minutes: the corpus of bench/query_latency.py (same seed, truth as
fragments, no NLP) written as bulk CSV (loaders/bulk_export.py) and loaded by `neo4j-admin database import
full`, then a server started on it. A 100k-article MERGE build into Neo4j takes over half an hour here.

The rollup rows are not recomputed on Neo4j: --rollups-from DIR copies them from an embedded store built
from the same corpus by the writer (bench/query_latency.py --db DIR), so they are the rows the write path
keeps; without them the first `rollups.ensure` on the server rebuilds them.

    python bench/bulk_synthetic.py --articles 100000 --out DIR       # export the graph (no server)
    python bench/bulk_synthetic.py --out DIR --rollups-from DIR      # add the embedded store's rollup rows
    python bench/bulk_synthetic.py --out DIR --serve                 # import and serve until killed
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time

from synthetic import Generator

from graph.fragment import build_fragment
from graph.model import NODES, ROLLUP_LABELS
from loaders.bulk_export import BulkWriter, neo4j_import_command


def export(articles: int, out: str) -> None:
    started = time.perf_counter()
    writer = BulkWriter(out)
    for i, (article, truth) in enumerate(Generator(seed=11).articles(articles), start=1):
        writer.add(build_fragment(article, truth))
        if i % 10000 == 0:
            print(f"  {i} articles exported ({time.perf_counter() - started:.0f} s)", flush=True)
    nodes, rels = writer.close()
    with open(os.path.join(out, "import.command"), "w") as handle:
        handle.write("\n".join(neo4j_import_command(writer)[1:]))
    print(f"exported {nodes} nodes, {rels} relationships in {time.perf_counter() - started:.0f} s")


def add_rollups(out: str, source: str) -> None:
    """The rollup rows of the embedded store `source` (same corpus) as node files beside the export."""
    from graph import rollups
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    store = LadybugStore(StoreConfig(path=source))
    writer = BulkWriter(os.path.join(out, "rollups"))
    try:
        rollups.ensure(store)
        for label in ROLLUP_LABELS:
            cols = ", ".join(f"r.{p} AS {p}" for p in NODES[label].properties)
            sink = writer._sink(label, NODES[label].properties)
            for row in store.rows(f"MATCH (r:{label}) RETURN {cols}"):
                sink.write(row)
    finally:
        store.close()
    writer.close()
    with open(os.path.join(out, "import.command"), "a") as handle:
        handle.write("".join(f"\n--nodes={label}={path}" for label, path in writer.files()[0]))
    print(f"rollup rows added: {[(label, writer.sinks[label].rows) for label in ROLLUP_LABELS]}")


def import_fresh(out: str) -> str:
    """`neo4j-admin database import` of the exported files into a new server folder; its path."""
    from tests.neo4j_server.server import CACHE, classpath
    args = open(os.path.join(out, "import.command")).read().split("\n")
    home = tempfile.mkdtemp(prefix="neo4j-import-", dir=CACHE)
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    started = time.perf_counter()
    subprocess.run([java, "-Xmx2g", "-cp", classpath(), "org.neo4j.cli.AdminTool", *args,
                    f"--report-file={out}/import.report"], env={**os.environ, "NEO4J_HOME": home}, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"imported in {time.perf_counter() - started:.0f} s", flush=True)
    return home


def serve(out: str) -> None:
    from tests.neo4j_server.server import start
    home = import_fresh(out)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))       # kill PID: stop the server, drop its folder
    server = start(home=home)
    print(f"NEO4J_URI={server.uri} NEO4J_PASSWORD={server.password}", flush=True)
    try:
        while server.process.poll() is None:
            time.sleep(1)
    finally:
        server.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--rollups-from")
    ap.add_argument("--serve", action="store_true", help="import the exported files and serve them until killed")
    args = ap.parse_args()
    if args.serve:
        serve(args.out)
    elif args.rollups_from:
        add_rollups(args.out, args.rollups_from)
    else:
        export(args.articles, args.out)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
