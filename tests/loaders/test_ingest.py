"""The whole path on both stores: the sample corpus ingested gives the same counts on Neo4j and on the
embedded store, and a second ingest changes nothing."""
from __future__ import annotations

import pytest

from loaders import SAMPLE_DIR
from loaders.ingest import ingest
from tests.conftest import make_store

_counts: dict[str, dict] = {}


@pytest.mark.parametrize("engine", ["ladybug", "neo4j"])
def test_sample_corpus_ingests_idempotently(engine, tmp_path, request, extractor):
    store = make_store(engine, tmp_path, request)
    try:
        first = ingest([SAMPLE_DIR], store, extractor=extractor, progress=False)
        assert first.failed == [] and first.written == first.read >= 20
        counts = store.counts()
        assert counts["Article"] == first.written
        assert counts["Statement"] > 40 and counts[":SAID"] > 40 and counts[":MEMBER_OF"] >= 3
        again = ingest([SAMPLE_DIR], store, extractor=extractor, progress=False)
        assert again.duplicates == first.read and again.written == 0
        assert store.counts() == counts
        _counts[engine] = counts
    finally:
        store.close()


def test_both_stores_hold_the_same_graph():
    if len(_counts) < 2:
        pytest.fail("run together with test_sample_corpus_ingests_idempotently on both engines")
    assert _counts["ladybug"] == _counts["neo4j"]


def test_read_errors_are_reported_and_the_batch_goes_on(tmp_path, extractor):
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Minister Anna Berg said the talks would resume on Monday.")
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "fake.txt").write_bytes(b"%PDF-1.7\n%binary")
    store = LadybugStore(StoreConfig(path=str(tmp_path / "db")))
    try:
        summary = ingest([str(tmp_path / "in"), str(tmp_path / "missing.txt")], store,
                         extractor=extractor, progress=False)
    finally:
        store.close()
    reasons = {f.source: f.reason for f in summary.failed}
    assert summary.written == 1
    assert reasons[str(tmp_path / "in" / "empty.txt")] == "empty file"
    assert "PDF" in reasons[str(tmp_path / "in" / "fake.txt")]
    assert reasons[str(tmp_path / "missing.txt")] == "no such file or folder"
    assert {f.stage for f in summary.failed} == {"read"}
    assert f"failed: {tmp_path / 'in' / 'empty.txt'}: empty file" in summary.lines()
