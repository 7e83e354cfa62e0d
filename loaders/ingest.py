"""The ingest pipeline: read → skip duplicates → extract (batched, optionally in worker processes) →
build the graph fragment → write it, in transactions of whole articles (`write_batch` at a time).

One bad article never stops the batch: what fails to read, extract or write is collected in the `Summary`
as one `Failure(source, stage, reason)` each. Only a store that stops answering altogether ends the run early.
"""
from __future__ import annotations

import os
import sys
import threading
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
        batches = _batches(articles, batch_size)
        batch = next(batches, None)
        while batch:
            done = extract_batch(extractor, batch)
            batch = next(batches, None)    # the next articles' duplicate look-up before these go to the writer,
            yield from done                # so it does not wait behind their write on the store's lock
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
    store rejects is retried article by article, so a bad article fails alone and none is half-written.

    The writes run in one background thread, one batch at a time, while the caller extracts the next
    articles (the store's engine and driver release the GIL while they work). Everything else stays on the
    caller's thread and in input order, exactly as if each batch were written when it filled: a batch's
    outcomes (written, failed, the progress ticks, `on_article`) are taken into the summary before whatever
    the caller reported after that batch (`failed`: an extraction failure), and once the store has failed
    `MAX_STORE_FAILURES_IN_A_ROW` times in a row nothing later is written or counted. `flush()` writes what
    is left and waits; store errors other than StoreError are raised there, or at the next `add`."""

    def __init__(self, store: GraphStore, summary: Summary, size: int, on_article, bar):
        self.store, self.summary, self.size = store, summary, max(1, size)
        self.on_article, self.bar = on_article, bar
        self.pending: list[tuple[Article, Fragment]] = []
        self.failures_in_a_row = 0
        self.job: Optional[_WriteJob] = None
        self.later: list = []         # reported while a batch was being written: taken in after its outcomes

    def add(self, article: Article, fragment: Fragment, warnings: Iterable[str] = ()) -> None:
        """An extracted article (with its extraction's warnings) to write."""
        self._report([(article.source, w) for w in warnings])
        if not self.summary.aborted:
            self.pending.append((article, fragment))
            if len(self.pending) >= self.size:
                self._submit()

    def failed(self, failure: Failure) -> None:
        """An article that failed before the write (e.g. extraction), counted in its place in the order."""
        self._report([failure])

    def _report(self, items: list) -> None:
        self._collect(wait=False)
        if self.summary.aborted:
            return
        if self.job is not None:
            self.later += items
        else:
            self._record(items)

    def flush(self) -> None:
        """Write what is pending and wait until every batch is written and counted."""
        self._collect(wait=True)
        if self.pending and not self.summary.aborted:
            self._submit()
            self._collect(wait=True)
        self.pending = []

    def _submit(self) -> None:
        self._collect(wait=True)                 # one batch at a time, in order
        batch, self.pending = self.pending, []
        if batch and not self.summary.aborted:
            self.job = _WriteJob(self.store, batch, self.failures_in_a_row)

    def _collect(self, wait: bool) -> None:
        if self.job is None or not (wait or self.job.done()):
            return
        job, self.job = self.job, None
        for article, error in job.outcomes():
            if error is None:
                self._done(article)
            else:
                self._failed(article, error)
        later, self.later = self.later, []
        if not self.summary.aborted:
            self._record(later)

    def _done(self, article: Article) -> None:
        self.failures_in_a_row = 0
        self.summary.written += 1
        self.summary.words += len(article.text.split())
        self.tick()

    def _failed(self, article: Article, exc: StoreError) -> None:
        self.summary.failed.append(Failure(article.source, "write", f"not written: {exc}"))
        self.failures_in_a_row += 1
        if self.failures_in_a_row >= MAX_STORE_FAILURES_IN_A_ROW:
            self.summary.aborted = f"the store failed {self.failures_in_a_row} times in a row: {exc}"
        self.tick()

    def _record(self, items: list) -> None:
        """Failures (each counted as done) and (source, warning) pairs, in order."""
        for item in items:
            if isinstance(item, Failure):
                self.summary.failed.append(item)
                self.tick()
            else:
                self.summary.warnings.append(item)

    def wait(self) -> None:
        """Wait for the batch being written, if any, without taking in its outcomes (the run stopped)."""
        if self.job is not None:
            self.job.thread.join()
            self.job = None

    def tick(self) -> None:
        if self.bar is not None:
            self.bar.update(1)
        if self.on_article:
            self.on_article(self.summary)


class _WriteJob:
    """One batch written in a background thread: the whole batch in one transaction, else (the store
    rejected it) article by article, stopping once the store has failed `MAX_STORE_FAILURES_IN_A_ROW`
    times in a row (counting from `in_a_row`). Only the store is touched there; `outcomes()` waits and
    gives (article, None | StoreError) in order."""

    def __init__(self, store: GraphStore, batch: list[tuple[Article, Fragment]], in_a_row: int):
        self.store, self.batch, self.in_a_row = store, batch, in_a_row
        self.results: list[tuple[Article, Optional[StoreError]]] = []
        self.error: Optional[BaseException] = None
        self.thread = threading.Thread(target=self._run, name="whosaid-writer")
        self.thread.start()

    def done(self) -> bool:
        return not self.thread.is_alive()

    def outcomes(self) -> list[tuple[Article, Optional[StoreError]]]:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.results

    def _run(self) -> None:
        try:
            self.results = self._write()
        except BaseException as exc:      # surfaced on the caller's thread by outcomes()
            self.error = exc

    def _write(self) -> list[tuple[Article, Optional[StoreError]]]:
        try:
            self.store.write([f for _, f in self.batch])
            return [(article, None) for article, _ in self.batch]
        except StoreError as exc:
            if len(self.batch) == 1:
                return [(self.batch[0][0], exc)]
        out: list[tuple[Article, Optional[StoreError]]] = []
        in_a_row = self.in_a_row
        for article, fragment in self.batch:
            try:
                self.store.write(fragment)
                out.append((article, None))
                in_a_row = 0
            except StoreError as exc:
                out.append((article, exc))
                in_a_row += 1
                if in_a_row >= MAX_STORE_FAILURES_IN_A_ROW:
                    break
        return out


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
    try:
        for article, outcome in _extracted(articles, model, batch_size, workers, extractor):
            if isinstance(outcome, Failure):
                writer.failed(outcome)
            else:
                extraction, fragment = outcome
                writer.add(article, fragment, extraction.warnings)
            if summary.aborted:
                break
        writer.flush()
    finally:
        writer.wait()            # nothing is left writing in the background, whatever stopped the run
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
