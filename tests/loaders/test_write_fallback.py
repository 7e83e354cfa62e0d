"""Promises of the ingest writer and of worker processes, on the embedded store:
a batch the store rejects because of one bad article is written again article by article (the bad one
fails alone, with its reason, and leaves nothing of itself); `--workers 2` builds the same graph as
`--workers 1`; batches written in the background are counted in input order, with an abort exact."""
from __future__ import annotations

import copy
import os
import sys
import threading
import types

import pytest

from graph.fragment import build_fragment, merge_fragments
from graph.ladybug_store import LadybugStore
from graph.model import NODES, RELATIONSHIPS
from graph.records import Article, Failure
from graph.store import StoreConfig, StoreError
from loaders import SAMPLE_DIR
from loaders.ingest import Summary, _Writer, ingest


def _store(path) -> LadybugStore:
    return LadybugStore(StoreConfig(path=str(path)))


def _graph(store) -> tuple:
    """Every node with its properties and every relationship by type and endpoints, canonically ordered."""
    nodes = sorted(repr(sorted(r.items())) for label, spec in NODES.items()
                   for r in store.rows(f"MATCH (n:{label}) RETURN " +
                                       ", ".join(f"n.{p} AS {p}" for p in ["uid", *[q for q in spec.properties
                                                                                   if q != "uid"]]), {}))
    rels = sorted((t, r["a"], r["b"]) for t in RELATIONSHIPS
                  for r in store.rows(f"MATCH (a)-[:{t}]->(b) RETURN a.uid AS a, b.uid AS b", {}))
    return nodes, rels


@pytest.fixture(scope="module")
def four(extractor):
    names = sorted(n for n in os.listdir(SAMPLE_DIR) if n.endswith(".txt"))[:4]
    arts = [Article(source=n, text=open(os.path.join(SAMPLE_DIR, n), encoding="utf-8").read()) for n in names]
    return [(a, build_fragment(a, ex)) for a, ex in zip(arts, extractor.extract_many(arts))]


def test_a_rejected_batch_falls_back_to_one_article_at_a_time(four, tmp_path):
    (bad_article, bad), good = four[2], four[:2] + four[3:]
    next(iter(bad.nodes["Article"].values()))["words"] = 2 ** 70     # no store can hold this integer

    whole = _store(tmp_path / "whole")
    with pytest.raises(StoreError):                                  # the store rejects the whole batch...
        whole.write(merge_fragments([f for _, f in four]))
    assert whole.counts()["Article"] == 0                            # ...and keeps nothing of it
    whole.close()

    store, summary = _store(tmp_path / "batch"), Summary()
    writer = _Writer(store, summary, 4, None, None)
    for article, fragment in four:
        writer.add(article, fragment)                                # the fourth add writes the batch
    writer.flush()
    reference = _store(tmp_path / "reference")
    for _, fragment in good:
        reference.write(fragment)
    try:
        assert summary.written == 3 and [f.source for f in summary.failed] == [bad_article.source]
        assert summary.failed[0].reason.startswith("not written: ") and summary.aborted is None
        assert summary.failed[0].stage == "write"
        uids = [next(iter(f.nodes["Article"])) for _, f in four]
        assert store.existing_articles(uids) == set(uids) - {uids[2]}
        assert _graph(store) == _graph(reference)                    # nothing of the bad article remains
    finally:
        store.close()
        reference.close()


def _unwritable(article, fragment):
    bad = copy.deepcopy(fragment)
    next(iter(bad.nodes["Article"].values()))["words"] = 2 ** 70     # no store can hold this integer
    return Article(source="bad-" + article.source, text=article.text), bad


def test_background_writes_count_in_input_order_and_stop_exactly_at_an_abort(four, tmp_path):
    (good, good_fragment), late = four[0], four[3]
    bad = [_unwritable(*pair) for pair in four[1:]]
    store, summary, ticks = _store(tmp_path / "abort"), Summary(), []
    writer = _Writer(store, summary, 2, lambda s: ticks.append((threading.current_thread(), len(s.failed))), None)
    try:
        writer.add(good, good_fragment, ["a warning"])
        writer.add(*bad[0])                                          # a batch of two: the fallback writes one
        writer.failed(Failure("unreadable.txt", "extract", "extraction failed: x"))
        writer.add(*bad[1])
        writer.add(*bad[2])                                          # the third store failure in a row
        writer.add(*late, ["too late"])                              # after the abort: neither written
        writer.failed(Failure("later.txt", "extract", "extraction failed: y"))   # nor counted
        writer.flush()
        assert [f.source for f in summary.failed] == ["bad-" + four[1][0].source, "unreadable.txt",
                                                      "bad-" + four[2][0].source, "bad-" + four[3][0].source]
        assert summary.written == 1 and summary.warnings == [(good.source, "a warning")]
        assert summary.aborted.startswith("the store failed 3 times in a row: ")
        assert ticks and {t for t, _ in ticks} == {threading.main_thread()} and len(ticks) == 5
        assert store.existing_articles([good_fragment.article_uid, late[1].article_uid]) == {good_fragment.article_uid}
    finally:
        store.close()


def test_two_workers_build_the_same_graph_as_one(tmp_path, extractor, monkeypatch):
    # a main script run inside this process (as Streamlit runs the page) must not run in the workers
    page = tmp_path / "page.py"
    page.write_text("raise SystemExit('the page script ran in a worker')\n")
    main = types.ModuleType("__main__")
    main.__file__ = str(page)
    monkeypatch.setitem(sys.modules, "__main__", main)
    graphs = {}
    for workers in (1, 2):
        store = _store(tmp_path / f"w{workers}")
        try:
            summary = ingest([SAMPLE_DIR], store, workers=workers, batch_size=4, write_batch=8, progress=False,
                             extractor=extractor if workers == 1 else None)
            assert summary.failed == [] and summary.written == summary.read >= 20
            graphs[workers] = _graph(store)
        finally:
            store.close()
    assert graphs[1][0] and graphs[1][1]
    assert graphs[2] == graphs[1]
