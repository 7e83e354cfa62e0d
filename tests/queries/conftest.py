"""Fixtures for the query tests: the bundled sample corpus ingested once into an embedded store."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, extractor):
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from loaders.__main__ import SAMPLE_DIR
    from loaders.ingest import ingest
    store = LadybugStore(StoreConfig(path=str(tmp_path_factory.mktemp("sample") / "graph")))
    ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
    yield store
    store.close()


@pytest.fixture(scope="session")
def library():
    from queries.library import load
    queries, problems = load(user_folder="/nonexistent")
    assert problems == []
    return queries


def uid_of(store, name: str) -> str:
    rows = store.rows("MATCH (n) WHERE n.name = $name RETURN n.uid AS uid", {"name": name})
    assert rows, f"{name} is not in the sample corpus"
    return rows[0]["uid"]
