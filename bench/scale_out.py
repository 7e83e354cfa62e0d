"""Scale-out figures: the same synthetic corpus into Neo4j four ways — serial `ingest`, `ingest --workers 2`,
the Spark job on local[2], and the bulk CSV path (`loaders bulk` + `neo4j-admin database import full`) —
each as the command a user runs (model loading and process start included), timed from outside, with the
peak memory of its whole process tree (Python workers and the Spark JVM included), sampled from /proc.

Prints articles/s per path, the Spark job's overhead against --workers 2 (target: within 25 %), its
per-partition throughput and transaction retries, and checks every path built the same graph: the counts,
every entity's label, uid and name, and every relationship (as a digest per type); where two differ it
names what differs. With --lock FILE each path takes the machine's heavy-job lock (flock) for its own run
only, so other heavy jobs can run between the paths of a long benchmark.

    python bench/scale_out.py [--articles 1000] [--partitions 6] [--skip serial,workers,spark,bulk]
                              [--lock /tmp/whosaid-heavy.lock] [--graphs FILE] [--timeout S]

With --graphs FILE the graphs of the paths run are added to FILE (JSON) and the paths FILE already holds
join the same-graph check, so a long benchmark can run its paths in separate invocations.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from common import heavy, machine
from ingest_throughput import corpus

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def tree_rss_mb(root: int) -> float:
    """Resident memory of `root` and all its descendants, in MB."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    family, grew = {root}, True
    while grew:
        more = {p for p, pp in parents.items() if pp in family} - family
        family |= more
        grew = bool(more)
    total = 0
    for pid in family:
        try:
            with open(f"/proc/{pid}/status") as handle:
                total += next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
        except OSError:
            continue
    return total / 1024


TIMEOUT = [None]                    # --timeout: seconds a path may take before it is stopped


def timed(command: list[str], env: dict) -> tuple[float, float, str]:
    """(seconds, peak tree RSS in MB, stdout) of one command; its whole process group is stopped (and
    RuntimeError raised) after --timeout seconds, so a path never holds the shared lock too long."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    peak = [0.0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            time.sleep(0.25)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=TIMEOUT[0])
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise RuntimeError(f"{' '.join(command[:4])} stopped after {TIMEOUT[0]} s (--timeout)") from None
    took = time.perf_counter() - started
    sampler.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command[:4])} failed ({proc.returncode}):\n{err[-3000:]}")
    return took, peak[0], out


def written(out: str) -> int:
    return int(re.search(r"wrote (\d+)", out).group(1))


def empty(store) -> None:
    """Delete the previous path's graph: relationships first, then nodes, in small transactions (a
    DETACH DELETE of 10,000 nodes with their relationships exceeded the test server's memory pool at
    10,000 articles)."""
    with store.driver.session(database=store.config.database) as session:
        for cypher in ("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
                       "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS"):
            session.run(cypher).consume()


def snapshot(store) -> dict:
    """What the same-graph check compares: counts, (label, uid) -> name of every entity, and a digest of
    every relationship type's sorted (from uid, to uid) pairs."""
    from graph.model import ENTITY_LABELS, RELATIONSHIPS
    entities = {(label, r["uid"]): r["name"] for label in ENTITY_LABELS
                for r in store.rows(f"MATCH (n:{label}) RETURN n.uid AS uid, n.name AS name")}
    rels = {}
    for rel_type in RELATIONSHIPS:
        pairs = sorted(f"{r['a']}>{r['b']}" for r in store.rows(
            f"MATCH (a)-[:{rel_type}]->(b) RETURN a.uid AS a, b.uid AS b"))
        rels[rel_type] = hashlib.sha1("\n".join(pairs).encode()).hexdigest()
    return {"counts": store.counts(), "entities": entities, "rels": rels}


def differences(a: dict, b: dict) -> list[str]:
    """What differs between two snapshots, in a few lines."""
    out = [f"count {k}: {a['counts'].get(k)} vs {b['counts'].get(k)}"
           for k in sorted(set(a["counts"]) | set(b["counts"])) if a["counts"].get(k) != b["counts"].get(k)]
    only_a = sorted(f"{k[0]} {v}" for k, v in a["entities"].items() if k not in b["entities"])
    only_b = sorted(f"{k[0]} {v}" for k, v in b["entities"].items() if k not in a["entities"])
    renamed = sorted(f"{v!r} vs {b['entities'][k]!r}" for k, v in a["entities"].items()
                     if k in b["entities"] and b["entities"][k] != v)
    for what, items in (("entities only in the first", only_a), ("entities only in the second", only_b),
                        ("entities named differently", renamed)):
        if items:
            out.append(f"{what} ({len(items)}): " + "; ".join(items[:6]))
    types = [t for t in a["rels"] if a["rels"][t] != b["rels"].get(t)]
    if types:
        out.append("relationships differ: " + ", ".join(types))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--partitions", type=int, default=6)
    ap.add_argument("--skip", default="", help="paths not to run: serial, workers, spark, bulk")
    ap.add_argument("--lock", default=None, help="take this flock file for each path's run (not in between)")
    ap.add_argument("--graphs", default=None, help="JSON file of earlier runs' graphs: compared, then extended")
    ap.add_argument("--timeout", type=float, default=None, help="stop a path's command after this many s")
    args = ap.parse_args()
    TIMEOUT[0] = args.timeout
    from graph.neo4j_store import Neo4jStore
    from graph.store import StoreConfig
    from tests.neo4j_server.server import start

    path = corpus(args.articles)
    print(machine())
    print(f"corpus: {args.articles} synthetic articles ({path}); each path is the user's command, timed "
          "end to end (process start and model loading included)")
    server = start()
    config = StoreConfig(uri=server.uri, password=server.password)
    env = {**os.environ, "NEO4J_URI": server.uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": server.password}
    py = [sys.executable, "-m", "loaders"]
    results, counts = {}, {}
    try:
        for key, name, command in [
                ("spark", "spark local[2]", py + ["spark", path, "--master", "local[2]",
                                                  "--partitions", str(args.partitions)]),
                ("workers", "ingest --workers 2", py + ["ingest", path, "--quiet", "--workers", "2"]),
                ("serial", "ingest (serial)", py + ["ingest", path, "--quiet"])]:
            if key in args.skip:
                continue
            with heavy(args.lock, name):
                with Neo4jStore(config) as store:
                    cleared = time.perf_counter()
                    empty(store)
                    print(f"  [database emptied in {time.perf_counter() - cleared:.1f} s: "
                          f"{sum(store.counts().values())} nodes and relationships left]", flush=True)
                try:
                    took, rss, out = timed(command, env)
                except RuntimeError as exc:
                    print(f"  {name}: not measured: {exc}", flush=True)
                    continue
                results[name] = (written(out) / took, rss, out)
                print(f"  {name}: {took:.1f} s, {results[name][0]:.2f} articles/s, peak {rss:.0f} MB", flush=True)
                if key == "spark":
                    print("  " + out.strip().splitlines()[-1], flush=True)
                with Neo4jStore(config) as store:
                    counts[name] = snapshot(store)
    finally:
        server.stop()

    if "bulk" not in args.skip:
        with heavy(args.lock, "bulk"):
            try:
                bulk(path, results, counts)
            except RuntimeError as exc:
                print(f"  bulk: not measured: {exc}", flush=True)
    report(results, counts)
    if args.graphs:
        counts = kept_graphs(args.graphs, counts)
    same_graph(counts)


def kept_graphs(path: str, counts: dict) -> dict:
    """The graphs in `path` (earlier runs), then this run's, which are saved into `path` too."""
    earlier = {}
    if os.path.exists(path):
        with open(path) as handle:
            for name, snap in json.load(handle).items():
                snap["entities"] = {tuple(k.split("\t", 1)): v for k, v in snap["entities"].items()}
                earlier[name] = snap
    merged = {**earlier, **counts}
    with open(path, "w") as handle:
        json.dump({name: {**snap, "entities": {"\t".join(k): v for k, v in snap["entities"].items()}}
                   for name, snap in merged.items()}, handle)
    return merged


def bulk(path: str, results: dict, counts: dict) -> None:
    """Export (2 extraction workers) + neo4j-admin import into an empty database, then count."""
    from graph.neo4j_store import Neo4jStore
    from graph.store import StoreConfig
    from tests.neo4j_server.server import CACHE, classpath, start
    py = [sys.executable, "-m", "loaders"]
    out_dir = tempfile.mkdtemp(prefix="whosaid-bulk-")
    took, rss, out = timed(py + ["bulk", path, "--out", out_dir, "--workers", "2"], dict(os.environ))
    command = out.strip().splitlines()[-1].split()
    home = tempfile.mkdtemp(prefix="neo4j-import-", dir=CACHE)
    java = [os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"]
    import_took, import_rss, _ = timed(java + ["-Xmx1g", "-cp", classpath(), "org.neo4j.cli.AdminTool",
                                               *command[1:], f"--report-file={out_dir}/import.report"],
                                       {**os.environ, "NEO4J_HOME": home})
    results["bulk CSV + neo4j-admin import"] = (written(out) / (took + import_took), max(rss, import_rss), out)
    server = start(home=home)
    try:
        with Neo4jStore(StoreConfig(uri=server.uri, password=server.password)) as store:
            counts["bulk CSV + neo4j-admin import"] = snapshot(store)
    finally:
        server.stop()

    print(f"  (bulk: export {took:.1f} s, import {import_took:.1f} s)")
    shutil.rmtree(out_dir, ignore_errors=True)


def report(results: dict, counts: dict) -> None:
    for name, (rate, rss, _out) in results.items():
        print(f"{name:32s} {rate:6.2f} articles/s   peak memory {rss:6.0f} MB")
    if "spark local[2]" not in results or "ingest --workers 2" not in results:
        return
    spark_rate, workers_rate = results["spark local[2]"][0], results["ingest --workers 2"][0]
    print(f"Spark job vs ingest --workers 2 on the same 2 cores: {100 * (1 - spark_rate / workers_rate):+.1f} % "
          "slower (target: within 25 %)")
    spark_out = results["spark local[2]"][2]
    print("Spark job: " + spark_out.strip().splitlines()[-1])


def same_graph(counts: dict) -> None:
    if not counts:
        return
    first, reference = next(iter(counts.items()))
    print(f"final counts: {dict(sorted(reference['counts'].items()))}")
    same = True
    for name, snap in counts.items():
        diff = differences(reference, snap)
        same = same and not diff
        for line in diff:
            print(f"  {first} vs {name}: {line}")
    print(f"same graph (counts, entities and their names, relationships) on every path: {same}")


if __name__ == "__main__":
    main()
