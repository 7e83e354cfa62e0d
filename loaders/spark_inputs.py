"""What the Spark job reads, as one RDD of keyed articles and read errors, de-duplicated by content.

Inputs are the same as `ingest`'s — files and folders of .txt/.html/.jsonl/.rss, read on the executors by
`loaders.readers` (so every file gives the same articles and the same one-line errors) — plus datasets
Spark reads itself: Parquet (`*.parquet`, or a folder of Parquet part files) and JSON (`*.json`, or a
folder of them, one object a line) with a text column. A dataset row's source is `PATH#row N`.

Every item is keyed: an article by its uid (its content), an error by its source. `reduceByKey` keeps, of
several copies of one article, the first in input order (as `ingest` does) and counts the rest as
duplicates; the shuffle also spreads articles evenly over the partitions.
"""
from __future__ import annotations

import glob
import os
from datetime import date, datetime
from typing import Iterator, Optional

from graph.model import article_uid
from graph.records import Article, Failure
from loaders.read_formats import _JSONL_TEXT, article_from_record, unreadable
from loaders.readers import article_files, checked, read_file

DATASET_FORMATS = {".parquet": "parquet", ".json": "json"}

# value of every keyed item: (order, kind, payload, copies); order = (input, file or row, item)
Keyed = tuple[str, tuple[tuple[int, int, int], str, object, int]]


def dataset_format(path: str) -> Optional[str]:
    """'parquet' or 'json' when Spark should read the path as a dataset, else None (ingest's readers)."""
    ext = os.path.splitext(path.rstrip("/"))[1].lower()
    if ext in DATASET_FORMATS:
        return DATASET_FORMATS[ext]
    if os.path.isdir(path):
        for ext, fmt in DATASET_FORMATS.items():
            if glob.glob(os.path.join(path, f"*{ext}")):
                return fmt
    return None


def _key(order, item) -> Keyed:
    if isinstance(item, Failure):
        return f"error:{item.source}", (order, "error", item, 1)
    return article_uid(item.text), (order, "article", item.model_dump(), 1)


def read_one_file(task: tuple[int, int, str]) -> Iterator[Keyed]:
    """Runs on an executor: one file's articles and errors, keyed."""
    number, file_number, path = task
    if not os.path.exists(path):
        yield _key((number, file_number, 0), unreadable(path, "no such file or folder"))
        return
    for index, item in enumerate(read_file(path)):
        yield _key((number, file_number, index), item)


def _plain(value):
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def row_item(number: int, path: str, text_fields: tuple[str, ...], row_and_index) -> Keyed:
    """Runs on an executor: one dataset row as a keyed article or error."""
    row, index = row_and_index
    record = {k: _plain(v) for k, v in row.asDict().items()}
    return _key((number, index, 0), checked(article_from_record(record, f"{path}#row {index + 1}",
                                                                text_fields)))


def keyed_items(spark, paths: list[str], partitions: int, text_column: Optional[str] = None):
    """One RDD of keyed items over every input, in `partitions` slices (not yet de-duplicated)."""
    sc = spark.sparkContext
    text_fields = (text_column,) if text_column else _JSONL_TEXT
    parts, file_tasks = [], []
    for number, path in enumerate(paths):
        fmt = dataset_format(path)
        if fmt is None:
            listed = list(article_files(path)) if os.path.exists(path) else [path]
            file_tasks += [(number, i, f) for i, f in enumerate(listed)]
            continue
        frame = getattr(spark.read, fmt)(path)
        parts.append(frame.rdd.zipWithIndex().map(
            lambda ri, n=number, p=path: row_item(n, p, text_fields, ri)))
    if file_tasks:
        parts.append(sc.parallelize(file_tasks, max(1, min(partitions, len(file_tasks))))
                     .flatMap(read_one_file))
    if not parts:
        return sc.emptyRDD()
    return parts[0] if len(parts) == 1 else sc.union(parts)


def first_copy(a, b):
    """reduceByKey: the copy first in input order, and how many copies there were."""
    keep = a if a[0] <= b[0] else b
    return keep[0], keep[1], keep[2], a[3] + b[3]


def unique_items(spark, paths: list[str], partitions: int, text_column: Optional[str] = None):
    """Keyed items, one per article or error, hash-partitioned by key into `partitions`."""
    return keyed_items(spark, paths, partitions, text_column).reduceByKey(first_copy, partitions)


def as_article(payload: dict) -> Article:
    return Article(**payload)
