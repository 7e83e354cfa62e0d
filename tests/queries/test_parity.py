"""Every shipped query returns the same rows on Neo4j 5 and on the embedded store (sample corpus, defaults);
so do the explorer's own queries (neighbourhood, entity page)."""
import json

import pytest

from loaders import SAMPLE_DIR
from loaders.ingest import ingest
from tests.conftest import make_store


def _canon(rows):
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


@pytest.fixture(scope="module")
def both(request, tmp_path_factory, extractor):
    stores = {}
    for engine in ("ladybug", "neo4j"):
        store = make_store(engine, tmp_path_factory.mktemp(engine), request)
        ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
        stores[engine] = store
    yield stores
    for store in stores.values():
        store.close()


def test_same_corpus_in_both(both):
    assert both["ladybug"].counts() == both["neo4j"].counts()


def test_every_saved_query_gives_the_same_rows(both, library):
    """...and some rows: with its default parameters every saved query finds something in the sample."""
    empty = []
    for name, query in library.items():
        results = {engine: store.query(query.cypher, query.values()) for engine, store in both.items()}
        assert results["ladybug"].columns == results["neo4j"].columns, name
        assert _canon(results["ladybug"].rows) == _canon(results["neo4j"].rows), name
        for p in query.params:
            if p.suggest:
                assert _canon(both["ladybug"].rows(p.suggest)) == _canon(both["neo4j"].rows(p.suggest)), name
        if not results["ladybug"].rows or not results["neo4j"].rows:
            empty.append(name)
    assert empty == [], f"defaults should find something in the sample corpus: {empty}"


def test_explorer_queries_give_the_same_answers(both):
    from queries import explore, profile
    from tests.queries.conftest import uid_of
    uid = uid_of(both["ladybug"], "Russia")
    answers = {}
    for engine, store in both.items():
        view = explore.neighbourhood(store, uid, depth=2)
        answers[engine] = (
            _canon(view.nodes.values()), _canon(view.edges.values()),
            _canon(explore.view_statements(store, view)), _canon(explore.search_options(store)),
            *[_canon(f(store, uid)) for f in (profile.said_by, profile.said_about, profile.addressed,
                                              profile.affiliations, profile.alliances, profile.timeline)])
    assert answers["ladybug"] == answers["neo4j"]
