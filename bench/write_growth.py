"""Does a write cost more as the graph grows? One fixed batch of new synthetic articles written through the
writer into a given embedded store (a copy: the store is changed), with the time of every statement.

Build stores of two sizes once (`python bench/query_latency.py --articles N --stores ladybug --build-only
--db DIR`), copy each, and compare:

    python bench/write_growth.py COPY_OF_SMALL_STORE [--articles 64]
    python bench/write_growth.py COPY_OF_LARGE_STORE [--articles 64]

A statement whose time grows with the store is a write step against the project's rules.
"""
from __future__ import annotations

import argparse
import collections
import time

from synthetic import Generator

from graph.fragment import build_fragment, merge_fragments
from graph.ladybug_store import LadybugStore
from graph.store import StoreConfig


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", help="an embedded store folder (it is written to: use a copy)")
    ap.add_argument("--articles", type=int, default=64)
    ap.add_argument("--seed", type=int, default=901, help="the batch: articles no store of this corpus holds")
    ap.add_argument("--top", type=int, default=8, help="statements to list, slowest first")
    args = ap.parse_args()
    generator = Generator(seed=args.seed)
    batch = merge_fragments([build_fragment(*generator.article(300_000 + args.seed + i))
                             for i in range(args.articles)])
    store = LadybugStore(StoreConfig(path=args.db, create=False))
    spent, calls = collections.defaultdict(float), collections.Counter()
    plain_run = store._run

    def timed_run(cypher, params=None):
        started = time.perf_counter()
        try:
            return plain_run(cypher, params)
        finally:
            key = " ".join(cypher.split())[:100]
            spent[key] += time.perf_counter() - started
            calls[key] += 1

    store._run = timed_run
    articles = store.rows("MATCH (a:Article) RETURN count(a) AS c")[0]["c"]
    started = time.perf_counter()
    store.write(batch)
    took = time.perf_counter() - started
    store.close()
    print(f"{args.articles} new articles in one write into a store of {articles:,} articles: {took * 1000:.0f} ms")
    for key, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"  {seconds * 1000:8.1f} ms  x{calls[key]:<3d} {key}")


if __name__ == "__main__":
    main()
