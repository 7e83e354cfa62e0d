"""Query latency of every saved query and of the explorer's own queries on a large graph: p50 and p95 per
store (targets: Neo4j p95 <= 100 ms, embedded p95 <= 300 ms).

The graph is built from the synthetic corpus's truth (no NLP), in bulk transactions through the writer
(so the rollups of graph/rollups.py are kept as ingest keeps them). String parameters get the
most-mentioned valid value (the hub case, the slow one), then the 20th (an actor in 10k-40k of 100k
articles: too many to read cheaply from the actor, too few for a walk of the newest articles to find its
page quickly) and the 100th (a typical well-covered actor), dates their defaults. Search is timed on the first 3 letters and on a misspelling of the names
of 10 entities from that rank on.

    python bench/query_latency.py [--articles 100000] [--stores ladybug,neo4j] [--runs 20] [--profile]

A 100k store is built once and kept: embedded with `--build-only --db DIR`, then `--skip-build --db DIR`;
Neo4j by bench/bulk_synthetic.py (bulk import, rollup rows from that embedded store), then with NEO4J_URI
set, `--stores neo4j --skip-build`.
"""
from __future__ import annotations

import argparse
import re
import time

from common import machine, open_bench_store, percentile

from graph import hub_index, rollups
from graph.fragment import build_fragment, merge_fragments
from graph.store import StoreError
from queries import explore, library, profile
from queries.search import search
from synthetic import Generator


def build(store, articles: int, bulk: int) -> None:
    started, batch, rows = time.perf_counter(), [], 0
    for i, (article, truth) in enumerate(Generator(seed=11).articles(articles), start=1):
        batch.append(build_fragment(article, truth))
        if len(batch) == bulk or i == articles:
            merged = merge_fragments(batch)
            rows += sum(merged.counts())
            store.write(merged)
            batch = []
            if i % (bulk * 10) == 0:
                print(f"  {i} articles written ({time.perf_counter() - started:.0f} s)", flush=True)
    took = time.perf_counter() - started
    print(f"built {articles} articles in {took:.0f} s: {articles / took:.0f} articles/s, {rows / took:,.0f} rows/s")


def hub_params(store, query, rank: int = 0) -> dict:
    """Defaults, with string parameters set to the valid value at `rank` by activity (speakers for
    speaker-like parameters, most-mentioned entities otherwise): rank 0 is the hub case."""
    speakers = store.rows("MATCH (n)-[:SAID]->(:Statement) RETURN n.name AS name, count(*) AS c "
                          "ORDER BY c DESC LIMIT 3000")
    mentioned = store.rows("MATCH (:Article)-[:MENTIONS]->(n) RETURN n.name AS name, count(*) AS c "
                           "ORDER BY c DESC LIMIT 3000")
    values = query.values()
    taken = set()
    for param in query.params:
        if param.type == "string" and param.suggest:
            popular = speakers if param.name in ("speaker", "first") else mentioned
            order = {r["name"]: i for i, r in enumerate(popular)}
            options = [r["value"] for r in store.rows(param.suggest) if r.get("value") is not None]
            options = sorted((o for o in options if o not in taken), key=lambda o: order.get(o, 10 ** 9))
            if options:
                pick = options[min(rank, len(options) - 1)]
                values[param.name] = pick
                taken.add(pick)
    return values


def search_inputs(store, rank: int) -> dict[str, list[str]]:
    """What an analyst types: the first 3 letters and a misspelling (one letter dropped, two swapped) of the
    names of 10 entities from `rank` on by mentions."""
    names = [r["name"] for r in store.rows("MATCH (r:EntityCount) RETURN r.entity_name AS name "
                                           "ORDER BY r.mentions DESC, name SKIP $skip LIMIT 10", {"skip": rank})]
    longest = [max(n.split(), key=len) for n in names]
    return {"search: 3-letter prefix": [w[:3] for w in longest],
            "search: misspelling": [w[:2] + w[3:] if i % 2 else w[:2] + w[3] + w[2] + w[4:]
                                    for i, w in enumerate(longest) if len(w) >= 5]}


def saved_rows(store, query, params) -> list[dict]:
    """A saved query's rows as the library gets them: its engine form where it has one, else its text."""
    fast = library.engine_form(store, query, params)
    return fast.rows if fast is not None else store.rows(query.cypher, params)


def timed(fn, runs: int) -> list[float]:
    fn()                                                   # warm-up (plan caches, page cache)
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def measure(store, runs: int, rank: int = 0, only: str = "") -> list[tuple[str, float, float, int]]:
    queries, _ = library.load()
    wanted = re.compile(only).search if only else (lambda name: True)
    results = []
    for name, query in queries.items():
        if not wanted(name):
            continue
        params = hub_params(store, query, rank)
        try:
            rows = saved_rows(store, query, params)
        except StoreError as exc:
            print(f"  {name}: failed: {exc}")
            continue
        lat = timed(lambda: saved_rows(store, query, params), runs)
        results.append((name, percentile(lat, 50), percentile(lat, 95), len(rows)))
    top = store.rows("MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p.uid AS uid, count(s) AS c "
                     "ORDER BY c DESC LIMIT $n", {"n": rank + 1})[-1]["uid"]
    for name, typed in search_inputs(store, rank).items():
        if not wanted(name):
            continue
        lat = [ms for text in typed for ms in timed(lambda: search(store, text), max(3, runs // 4))]
        results.append((name, percentile(lat, 50), percentile(lat, 95), len(typed)))
    for name, fn in [("explorer: search options", lambda: explore.search_options(store)),
                     ("explorer: neighbourhood of the speaker", lambda: explore.neighbourhood(store, top)),
                     ("explorer: neighbourhood, one quarter", lambda: explore.neighbourhood(store, top, filters=QUARTER)),
                     ("entity page: what X said", lambda: profile.said_by(store, top)),
                     ("entity page: said about X", lambda: profile.said_about(store, top)),
                     ("entity page: timeline", lambda: profile.timeline(store, top)),
                     ("overview: counts and top lists", lambda: overview_facts(store))]:
        if not wanted(name):
            continue
        lat = timed(fn, max(5, runs // 4))
        results.append((name, percentile(lat, 50), percentile(lat, 95), -1))
    return results


QUARTER = explore.Filters(date_from="2024-04-01", date_to="2024-06-30")     # a filtered view reads raw statements


def overview_facts(store) -> None:
    from queries import overview
    overview.summary(store), overview.top_speakers(store), overview.top_targets(store)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--stores", default="ladybug,neo4j")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--bulk", type=int, default=1000)
    ap.add_argument("--db", help="embedded store folder to keep (with --skip-build: reuse it)")
    ap.add_argument("--skip-build", action="store_true", help="measure the graph already in the store")
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--ranks", default="0,20,100", help="activity ranks of the string parameters (0: the hub)")
    ap.add_argument("--only", default="", help="time only the rows whose name matches this regular expression")
    args = ap.parse_args()
    print(machine())
    for engine in args.stores.split(","):
        target = 100 if engine == "neo4j" else 300
        with open_bench_store(engine, args.db, keep=args.skip_build) as store:
            if not args.skip_build:
                build(store, args.articles, args.bulk)
            else:                                      # as open_store does: fill rollups the store predates
                started = time.perf_counter()
                if engine == "neo4j":                  # a bulk-imported store builds its indexes on open
                    store.rows("CALL db.awaitIndexes(1200)")
                print(f"rollups.ensure: {'filled' if rollups.ensure(store) else 'nothing to do'} "
                      f"in {time.perf_counter() - started:.1f} s", flush=True)
                started = time.perf_counter()
                print(f"hub_index.ensure (SAID's speaker and date): "
                      f"{'filled' if hub_index.ensure(store) else 'nothing to do'} "
                      f"in {time.perf_counter() - started:.1f} s", flush=True)
            print({k: v for k, v in store.counts().items() if v})
            if args.build_only:
                continue
            results = {rank: measure(store, args.runs, rank, args.only) for rank in map(int, args.ranks.split(","))}
        for rank, rows_ in results.items():
            case = "the hub" if rank == 0 else f"the entity ranked {rank} by activity"
            print(f"\n{engine}, {args.articles} articles, parameters: {case}; p50 / p95 ms over {args.runs} runs "
                  f"(target p95 <= {target} ms, search <= 50 ms)")
            for name, p50, p95, rows in rows_:
                flag = "" if p95 <= (50 if name.startswith("search:") else target) else "  MISSED"
                print(f"  {name:48s} {p50:8.1f} {p95:8.1f}  rows={rows if rows >= 0 else '-'}{flag}")


if __name__ == "__main__":
    main()
