"""Workbench analytics on a large graph: time to read the actor projection, rank key actors and find
camps, for the whole store and for filters (a date range, an outlet, a topic), per engine (target: key
actors and camps for a filter in <= 2 s; the page caches each filter's answer, so a repeat is a look-up).

The graph is built from the synthetic corpus's truth (no NLP), as in bench/query_latency.py. With --path
the embedded store is kept in that folder and reused when it already holds the graph (a 100k build is the
long part); with --lock FILE the build and the timings take the machine's heavy-job lock.

    python bench/analytics.py [--articles 100000] [--stores ladybug,neo4j] [--path DIR] [--lock FILE]
"""
from __future__ import annotations

import argparse
import time

from common import machine, open_bench_store
from query_latency import build
from scale_out import heavy

from queries import analytics

TARGET_S = 2.0


def scopes(store) -> dict[str, analytics.Scope]:
    outlet = store.rows("MATCH (a:Article) RETURN a.outlet AS o, count(*) AS c ORDER BY c DESC LIMIT 1")[0]["o"]
    topic = store.rows("MATCH (:Statement)-[:ABOUT]->(n) RETURN n.uid AS uid, count(*) AS c "
                       "ORDER BY c DESC LIMIT 1")[0]["uid"]
    return {"whole store": analytics.Scope(), "one quarter": analytics.Scope("2024-04-01", "2024-06-30"),
            "one outlet": analytics.Scope(outlet=outlet), "top topic": analytics.Scope(topic=topic)}


def measure(store) -> None:
    print(f"{'scope':12} {'actors':>7} {'pairs':>7} {'read s':>7} {'rank s':>7} {'camps s':>8} {'total s':>8}")
    for name, scope in scopes(store).items():
        t0 = time.perf_counter()
        actors = analytics.actor_graph(store, scope)
        t1 = time.perf_counter()
        analytics.key_actors(actors)
        t2 = time.perf_counter()
        analytics.camps(actors)
        t3 = time.perf_counter()
        verdict = "met" if t3 - t0 <= TARGET_S else "NOT met"
        print(f"{name:12} {len(actors.actors):7d} {len(actors.edges):7d} {t1 - t0:7.2f} {t2 - t1:7.2f} "
              f"{t3 - t2:8.2f} {t3 - t0:8.2f}  (target <= {TARGET_S:.0f} s: {verdict})", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--stores", default="ladybug,neo4j")
    ap.add_argument("--bulk", type=int, default=500, help="articles per write transaction while building")
    ap.add_argument("--path", default=None, help="embedded store folder to keep (reused if already built)")
    ap.add_argument("--lock", default=None, help="take this flock file while building and measuring")
    args = ap.parse_args()
    print(machine())
    for engine in args.stores.split(","):
        path = args.path if engine == "ladybug" else None
        with heavy(args.lock, engine), open_bench_store(engine, path=path, keep=bool(path)) as store:
            held = store.counts().get("Article", 0)
            if held != args.articles:
                if held:
                    store.clear()
                build(store, args.articles, args.bulk)
            else:
                print(f"(reusing the {held}-article graph in {path})")
            print(f"\n{engine}, {args.articles} articles")
            measure(store)


if __name__ == "__main__":
    main()
