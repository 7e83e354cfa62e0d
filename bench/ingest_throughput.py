"""End-to-end ingest throughput (read → extract → write) against the bare spaCy pipeline on the same
texts in the same run: articles/s, words/s, their ratio (target >= 0.8), and peak memory per run.

Each measurement runs in its own process (so peak RSS is that run's); medians of --runs.

    python bench/ingest_throughput.py [--articles 1000] [--stores ladybug,neo4j] [--runs 3] [--workers 1]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from common import machine, median, open_bench_store, peak_rss_mb

HERE = os.path.dirname(os.path.abspath(__file__))


def corpus(n: int) -> str:
    path = os.path.join(tempfile.gettempdir(), f"whosaid-synthetic-{n}.jsonl")
    if not os.path.exists(path):
        from synthetic import write_jsonl
        write_jsonl(n, path)
    return path


def one_bare(path: str) -> dict:
    from loaders.extraction import load_model
    from loaders.readers import read_paths
    texts = [a.text for a in read_paths([path])]
    nlp = load_model()
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    took = time.perf_counter() - started
    return {"seconds": took, "articles": len(texts), "words": sum(len(t.split()) for t in texts),
            "rss_mb": peak_rss_mb()}


def one_ingest(path: str, engine: str, workers: int) -> dict:
    from loaders.extraction import Extractor
    from loaders.ingest import ingest
    # the model is loaded before the clock starts, as for the bare pipeline; with workers, each worker
    # process loads its own inside the timed run
    extractor = Extractor() if workers <= 1 else None
    with open_bench_store(engine) as store:
        summary = ingest([path], store, workers=workers, progress=False, extractor=extractor)
    assert not summary.failed, summary.failed[:3]
    return {"seconds": summary.seconds, "articles": summary.written, "words": summary.words,
            "rss_mb": peak_rss_mb()}


def spawn(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", *args], capture_output=True, text=True,
                         check=True, cwd=os.path.dirname(HERE))     # the checkout's root: its code, not an install
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--stores", default="ladybug,neo4j")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        kind, path, *rest = args.one
        result = one_bare(path) if kind == "bare" else one_ingest(path, rest[0], int(rest[1]))
        print(json.dumps(result))
        return
    path = corpus(args.articles)
    print(machine())
    print(f"corpus: {args.articles} synthetic articles ({path}); workers={args.workers}; median of {args.runs}")
    bare = [spawn("bare", path) for _ in range(args.runs)]
    bare_wps = median(r["words"] / r["seconds"] for r in bare)
    print(f"bare spaCy pipeline: {bare_wps:,.0f} words/s, "
          f"{median(r['articles'] / r['seconds'] for r in bare):.1f} articles/s, "
          f"peak RSS {max(r['rss_mb'] for r in bare):.0f} MB")
    for engine in args.stores.split(","):
        runs = [spawn("ingest", path, engine, str(args.workers)) for _ in range(args.runs)]
        wps = median(r["words"] / r["seconds"] for r in runs)
        print(f"ingest into {engine}: {wps:,.0f} words/s, "
              f"{median(r['articles'] / r['seconds'] for r in runs):.1f} articles/s, "
              f"ratio to bare spaCy {wps / bare_wps:.2f} (target >= 0.8), "
              f"peak RSS {max(r['rss_mb'] for r in runs):.0f} MB")


if __name__ == "__main__":
    main()
