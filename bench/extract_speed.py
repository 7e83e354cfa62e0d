"""Extraction speed against the bare spaCy pipeline on the same texts (words/s, median of 3 runs).

    python bench/extract_speed.py [DIR_OR_FILES ...] [--limit N]

Default texts: the sample corpus in loaders/sample. Prints both throughputs and their ratio
(target: extraction >= 0.8 x bare pipeline).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path


from graph.records import Article
from loaders.extraction import Extractor, load_model


def texts_from(paths: list[str], limit: int | None) -> list[str]:
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    return [f.read_text(encoding="utf-8") for f in files[:limit]]


def timed(fn, words: int, runs: int = 3) -> float:
    rates = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        rates.append(words / max(1e-9, time.process_time() - t0))
    return statistics.median(rates)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(Path(__file__).resolve().parents[1] / "loaders" / "sample")])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    texts = texts_from(args.paths, args.limit)
    words = sum(len(t.split()) for t in texts)
    bare = load_model()
    extractor = Extractor()
    arts = [Article(source=str(i), text=t, language="en") for i, t in enumerate(texts)]
    list(extractor.extract_many(arts[:2]))  # warm up
    bare_rate = timed(lambda: list(bare.pipe(texts, batch_size=32)), words)
    ext_rate = timed(lambda: list(extractor.extract_many(arts, batch_size=32)), words)
    print(f"texts: {len(texts)}, words: {words}")
    print(f"bare spaCy pipeline : {bare_rate:8.0f} words/CPU-s")
    print(f"extraction          : {ext_rate:8.0f} words/CPU-s")
    print(f"ratio               : {ext_rate / bare_rate:.2f} (target >= 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
