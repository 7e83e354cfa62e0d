"""Page timings in headless Chromium through the real app (`streamlit run app.py`, embedded store):
page load → first graph and expand click → updated graph, on the sample corpus and on a store of N
synthetic articles built from `bench/synthetic.py`'s truth without NLP (as `bench/query_latency.py` builds
it). Each store opens on its most-quoted speaker and expands the first other speaker of that view.
Medians of fresh browser contexts, after one warm-up load.

    python bench/page_timings.py [--articles 1000] [--runs 3] [--sample-db FOLDER]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile

from explorer import OFFLINE_ARGS, load_and_expand, report
from query_latency import build

from tests.app.server import CHROMIUM, CHROMIUM_ARGS


def stores(work: str, articles: int, sample_db: str | None) -> dict[str, str]:
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from loaders import SAMPLE_DIR
    from loaders.ingest import ingest
    sample, synthetic = os.path.join(work, "sample"), os.path.join(work, "synthetic")
    if sample_db:
        shutil.copytree(sample_db, sample)
    else:
        store = LadybugStore(StoreConfig(path=sample))
        ingest([SAMPLE_DIR], store, progress=False)
        store.close()
    store = LadybugStore(StoreConfig(path=synthetic))
    build(store, articles, 200)
    store.close()
    return {"sample corpus": sample, f"{articles:,} synthetic articles": synthetic}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample-db", help="copy this store (sample corpus ingested) instead of ingesting")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright
    work = tempfile.mkdtemp(prefix="whosaid-bench-")
    results = {}
    try:
        folders = stores(work, args.articles, args.sample_db)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + OFFLINE_ARGS)
            for name, folder in folders.items():
                results.update(load_and_expand(browser, folder, name, args.runs))
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
