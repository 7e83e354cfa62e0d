"""Shared fixtures: a real Neo4j 5.26 started for the session (unless NEO4J_URI points at one), and a
`store` fixture parametrised over both engines, so store tests run on Neo4j and on the embedded store."""
from __future__ import annotations

import os
import sys

import pytest

from graph.store import StoreConfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # the project folder


@pytest.fixture(scope="session")
def neo4j_config():
    if os.environ.get("NEO4J_URI"):
        yield StoreConfig.from_env()
        return
    from tests.neo4j_server.server import start
    server = start()
    print(f"\nNeo4j 5.26 started in {server.started_in:.1f}s at {server.uri}", file=sys.stderr)
    yield StoreConfig(uri=server.uri, user="neo4j", password=server.password)
    server.stop()


def make_store(engine: str, tmp_path, request):
    if engine == "ladybug":
        from graph.ladybug_store import LadybugStore
        return LadybugStore(StoreConfig(path=str(tmp_path / "graph")))
    from graph.neo4j_store import Neo4jStore
    store = Neo4jStore(request.getfixturevalue("neo4j_config"))
    store.clear()
    return store


@pytest.fixture(params=["ladybug", "neo4j"])
def store(request, tmp_path):
    s = make_store(request.param, tmp_path, request)
    yield s
    s.close()


@pytest.fixture(scope="session")
def extractor():
    from loaders.extraction import Extractor
    return Extractor()


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, extractor):
    """The bundled sample corpus ingested once into an embedded store, for tests that only read it."""
    from graph.ladybug_store import LadybugStore
    from graph.store import StoreConfig
    from loaders import SAMPLE_DIR
    from loaders.ingest import ingest
    store = LadybugStore(StoreConfig(path=str(tmp_path_factory.mktemp("sample") / "graph")))
    ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
    yield store
    store.close()


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def sample_each(request, tmp_path_factory, extractor):
    """The sample corpus ingested into a fresh store of each engine, once per test module (tests may change it)."""
    from loaders import SAMPLE_DIR
    from loaders.ingest import ingest
    store = make_store(request.param, tmp_path_factory.mktemp(request.param), request)
    ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
    yield store
    store.close()


@pytest.fixture(scope="session")
def library():
    """The built-in saved queries (no user folder)."""
    from queries.library import load
    queries, problems = load(user_folder="/nonexistent")
    assert problems == []
    return queries
