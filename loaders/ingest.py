"""The ingest pipeline: read → skip duplicates → extract (batched, optionally in worker processes) →
build the graph fragment → write it, one article per transaction.

One bad article never stops the batch: read errors, extraction errors and write errors are collected
with their reasons in the `Summary`. Only a store that stops answering altogether ends the run early.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional

from graph.fragment import build_fragment
from graph.model import article_uid
from graph.records import Article
from graph.store import GraphStore, StoreError
from loaders.readers import ReadError, read_paths

MAX_STORE_FAILURES_IN_A_ROW = 3


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    nodes_written: int = 0
    relationships_written: int = 0
    words: int = 0
    seconds: float = 0.0
    aborted: Optional[str] = None

    def lines(self) -> list[str]:
        rate = self.written / self.seconds if self.seconds else 0.0
        out = [f"read {self.read} articles, wrote {self.written}, skipped {self.duplicates} duplicates, "
               f"{len(self.failed)} failed",
               f"nodes written {self.nodes_written}, relationships written {self.relationships_written}",
               f"{self.seconds:.1f} s, {rate:.2f} articles/s, "
               f"{self.words / self.seconds if self.seconds else 0:.0f} words/s"]
        out += [f"failed: {source}: {reason}" for source, reason in self.failed]
        out += [f"warning: {source}: {reason}" for source, reason in self.warnings]
        if self.aborted:
            out.append(f"stopped early: {self.aborted}")
        return out


# ---- extraction, in this process or in workers -------------------------------------------------

_WORKER_EXTRACTOR = None


def _init_worker(model: Optional[str]) -> None:
    global _WORKER_EXTRACTOR
    from loaders.extraction import Extractor
    _WORKER_EXTRACTOR = Extractor(model)


def extract_batch(extractor, batch: list[Article]) -> list[tuple[Article, object]]:
    """Extract a batch; if the batch fails, retry article by article so one bad one stays alone.

    Returns (article, Fragment | error message) pairs, in order. Pure: usable on any worker.
    """
    try:
        extractions = list(extractor.extract_many(batch))
        return [(a, (e, build_fragment(a, e))) for a, e in zip(batch, extractions)]
    except Exception:
        pass
    out = []
    for article in batch:
        try:
            extraction = extractor.extract(article)
            out.append((article, (extraction, build_fragment(article, extraction))))
        except Exception as exc:
            out.append((article, f"extraction failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:300]))
    return out


def _worker_batch(batch: list[Article]):
    return extract_batch(_WORKER_EXTRACTOR, batch)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _extracted(articles: Iterable[Article], model: Optional[str], batch_size: int, workers: int,
               extractor=None):
    if workers <= 1:
        if extractor is None:
            from loaders.extraction import Extractor
            extractor = Extractor(model)
        for batch in _batches(articles, batch_size):
            yield from extract_batch(extractor, batch)
        return
    import multiprocessing as mp
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        for results in pool.imap(_worker_batch, _batches(articles, batch_size)):
            yield from results


# ---- the pipeline ---------------------------------------------------------------------------

def ingest(paths: list[str], store: GraphStore, *, model: Optional[str] = None, batch_size: int = 32,
           workers: int = 1, progress: bool = True, extractor=None,
           on_article: Optional[Callable[[Summary], None]] = None) -> Summary:
    summary = Summary()
    started = time.perf_counter()
    before = store.counts()
    seen: set[str] = set()

    def new_articles() -> Iterator[Article]:
        for item in read_paths(paths):
            if isinstance(item, ReadError):
                summary.failed.append((item.source, item.reason))
                continue
            summary.read += 1
            uid = article_uid(item.text)
            if uid in seen or store.has_article(uid):
                summary.duplicates += 1
                continue
            seen.add(uid)
            yield item

    bar = _progress_bar(progress)
    store_failures = 0
    for article, outcome in _extracted(new_articles(), model, batch_size, workers, extractor):
        if isinstance(outcome, str):
            summary.failed.append((article.source, outcome))
        else:
            extraction, fragment = outcome
            summary.warnings += [(article.source, w) for w in extraction.warnings]
            try:
                store.write(fragment)
                summary.written += 1
                summary.words += len(article.text.split())
                store_failures = 0
            except StoreError as exc:
                summary.failed.append((article.source, f"not written: {exc}"))
                store_failures += 1
                if store_failures >= MAX_STORE_FAILURES_IN_A_ROW:
                    summary.aborted = f"the store failed {store_failures} times in a row: {exc}"
                    break
        if bar is not None:
            bar.update(1)
        if on_article:
            on_article(summary)
    if bar is not None:
        bar.close()
    summary.seconds = time.perf_counter() - started
    after = store.counts()
    summary.nodes_written = sum(after[k] - before[k] for k in after if not k.startswith(":"))
    summary.relationships_written = sum(after[k] - before[k] for k in after if k.startswith(":"))
    return summary


def _progress_bar(enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm
    return tqdm(unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
