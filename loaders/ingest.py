"""The ingest pipeline: read → skip duplicates → extract (batched, optionally in worker processes) →
build the graph fragment → write it, in transactions of whole articles (`write_batch` at a time).

One bad article never stops the batch: what fails to read, extract or write is collected in the `Summary`
as one `Failure(source, stage, reason)` each. Only a store that stops answering altogether ends the run early.
"""
from __future__ import annotations

import os
import sys
import time
import types
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator, Optional

from graph.fragment import Fragment, build_fragment
from graph.model import article_uid
from graph.records import Article, Failure
from graph.store import GraphStore, StoreError
from loaders import SAMPLE_DIR
from loaders.readers import read_paths

MAX_STORE_FAILURES_IN_A_ROW = 3


@dataclass
class Summary:
    read: int = 0
    written: int = 0
    duplicates: int = 0
    failed: list[Failure] = field(default_factory=list)
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
        out += [f"failed: {failure}" for failure in self.failed]
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


def extract_each(extractor, batch: list[Article], batch_size: int = 32) -> list:
    """Extractions of a batch, in order; an article over its time budget gives a Failure ("extraction
    failed: over the time budget ...") in its place and the batch goes on; if the batch fails otherwise,
    each article again on its own, and an article that still fails gives the Failure "extraction failed:
    <one line>" in its place."""
    try:
        return list(extractor.extract_many(batch, batch_size=batch_size, report_over_budget=True))
    except Exception:  # any failure of one article must not end the run
        pass
    out: list = []
    for article in batch:
        try:
            out.append(extractor.extract(article))
        except Exception as exc:
            reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:280]
            out.append(Failure(article.source, "extract", f"extraction failed: {reason}"))
    return out


def extract_batch(extractor, batch: list[Article]) -> list[tuple[Article, object]]:
    """(article, (Extraction, Fragment) | Failure) pairs, in order. Pure: usable on any worker."""
    return [(a, e if isinstance(e, Failure) else (e, build_fragment(a, e)))
            for a, e in zip(batch, extract_each(extractor, batch, len(batch) or 1))]


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
    with _main_hidden():
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(model,))
    with pool:
        for results in pool.imap(_worker_batch, _batches(articles, batch_size)):
            yield from results


@contextmanager
def _main_hidden():
    """While the worker processes start, `__main__` is a bare module: a spawned worker re-runs the parent's
    main script by path, and when that is not a command line but a script run inside this process (a
    Streamlit page, a test runner's app script) its top-level code would run, or fail, in every worker,
    and the pool would restart failing workers for ever. The workers need nothing from it."""
    saved = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = saved


# ---- the pipeline ---------------------------------------------------------------------------

class _Writer:
    """Writes extracted articles in batches of whole articles (one transaction per batch); a batch the
    store rejects is retried article by article, so a bad article fails alone and none is half-written."""

    def __init__(self, store: GraphStore, summary: Summary, size: int, on_article, bar):
        self.store, self.summary, self.size = store, summary, max(1, size)
        self.on_article, self.bar = on_article, bar
        self.pending: list[tuple[Article, Fragment]] = []
        self.failures_in_a_row = 0

    def add(self, article: Article, fragment: Fragment) -> None:
        self.pending.append((article, fragment))
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        if not batch or self.summary.aborted:
            return
        try:
            self.store.write([f for _, f in batch])
            self._done(batch)
            return
        except StoreError as exc:
            if len(batch) == 1:
                self._failed(batch[0][0], exc)
                return
        for article, fragment in batch:
            if self.summary.aborted:
                return
            try:
                self.store.write(fragment)
                self._done([(article, fragment)])
            except StoreError as exc:
                self._failed(article, exc)

    def _done(self, batch) -> None:
        self.failures_in_a_row = 0
        for article, _ in batch:
            self.summary.written += 1
            self.summary.words += len(article.text.split())
            self.tick()

    def _failed(self, article: Article, exc: StoreError) -> None:
        self.summary.failed.append(Failure(article.source, "write", f"not written: {exc}"))
        self.failures_in_a_row += 1
        if self.failures_in_a_row >= MAX_STORE_FAILURES_IN_A_ROW:
            self.summary.aborted = f"the store failed {self.failures_in_a_row} times in a row: {exc}"
        self.tick()

    def tick(self) -> None:
        if self.bar is not None:
            self.bar.update(1)
        if self.on_article:
            self.on_article(self.summary)


def collection_of(source: str, given: Optional[str] = None) -> Optional[str]:
    """An article's collection: the one given, else "sample" for the bundled corpus, else None (the
    fragment's default, "loaded")."""
    if given:
        return given[:80]
    sample = os.path.join(os.path.realpath(SAMPLE_DIR), "")
    return "sample" if os.path.realpath(source.split("#")[0]).startswith(sample) else None


def _new_articles(paths: list[str], store: GraphStore, summary: Summary, chunk: int,
                  collection: Optional[str] = None) -> Iterator[Article]:
    """Readable articles not yet in the store (nor earlier in this run); errors go to the summary."""
    seen: set[str] = set()
    for items in _batches(read_paths(paths), chunk):
        articles = []
        for item in items:
            if isinstance(item, Failure):
                summary.failed.append(item)
            else:
                summary.read += 1
                articles.append((article_uid(item.text), item))
        stored = store.existing_articles([uid for uid, _ in articles])
        for uid, article in articles:
            if uid in seen or uid in stored:
                summary.duplicates += 1
                continue
            seen.add(uid)
            article.collection = article.collection or collection_of(article.source, collection)
            yield article


def ingest(paths: list[str], store: GraphStore, *, model: Optional[str] = None, batch_size: int = 32,
           workers: int = 1, write_batch: int = 64, progress: bool = True, extractor=None,
           on_article: Optional[Callable[[Summary], None]] = None, collection: Optional[str] = None) -> Summary:
    """Read, extract and write `paths`; every article is tagged with its collection (`collection_of`)."""
    summary = Summary()
    started = time.perf_counter()
    before = store.counts()
    bar = _progress_bar(progress)
    writer = _Writer(store, summary, write_batch, on_article, bar)
    articles = _new_articles(paths, store, summary, batch_size, collection)
    for article, outcome in _extracted(articles, model, batch_size, workers, extractor):
        if isinstance(outcome, Failure):
            summary.failed.append(outcome)
            writer.tick()
        else:
            extraction, fragment = outcome
            summary.warnings += [(article.source, w) for w in extraction.warnings]
            writer.add(article, fragment)
        if summary.aborted:
            break
    writer.flush()
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
