"""Store write throughput: rows (nodes + relationships) per second into each store, one article per
transaction (what ingest does) and in bulk (a batch of articles per transaction). No NLP: the fragments
come from the synthetic corpus's own truth.

    python bench/store_writes.py [--articles 2000] [--bulk 500] [--stores ladybug,neo4j] [--runs 3]
"""
from __future__ import annotations

import argparse
import time

from common import machine, median, open_bench_store

from graph.fragment import build_fragment, merge_fragments
from synthetic import Generator


def fragments(n: int):
    return [build_fragment(a, t) for a, t in Generator(seed=7).articles(n)]


def rows(frags) -> int:
    return sum(sum(f.counts()) for f in frags)


def run(engine: str, frags, bulk: int) -> tuple[float, float]:
    with open_bench_store(engine) as store:
        started = time.perf_counter()
        for frag in frags:
            store.write(frag)
        per_article = time.perf_counter() - started
        store.clear()
        batches = [merge_fragments(frags[i:i + bulk]) for i in range(0, len(frags), bulk)]
        started = time.perf_counter()
        for batch in batches:
            store.write(batch)
        bulk_s = time.perf_counter() - started
    return per_article, bulk_s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--bulk", type=int, default=500)
    ap.add_argument("--stores", default="ladybug,neo4j")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    frags = fragments(args.articles)
    total = rows(frags)
    print(machine())
    print(f"{args.articles} synthetic articles, {total} rows (nodes + relationships, before MERGE dedup)")
    for engine in args.stores.split(","):
        results = [run(engine, frags, args.bulk) for _ in range(args.runs)]
        one, bulk = median(r[0] for r in results), median(r[1] for r in results)
        print(f"{engine}: one article per transaction {total / one:,.0f} rows/s "
              f"({args.articles / one:,.1f} articles/s); bulk {args.bulk} articles per transaction "
              f"{total / bulk:,.0f} rows/s ({args.articles / bulk:,.1f} articles/s)  [median of {args.runs}]")


if __name__ == "__main__":
    main()
