"""The graph does not depend on how articles are batched into transactions: ingest's batches of 64, of 2,
and article by article give the same graph in the real Neo4j. Entity identity is resolved article by
article in input order inside a batch; resolving a batch at once gave another graph (namesakes: a surname
alone joined neither or the wrong person), so `ingest`, the Spark job and the bulk path disagreed."""
from __future__ import annotations

from graph.neo4j_store import Neo4jStore
from loaders.ingest import ingest
from tests.scale.conftest import snapshot, write_namesakes


def test_write_batches_give_the_graph_of_one_article_at_a_time(neo4j_config, extractor, tmp_path):
    write_namesakes(tmp_path / "in")
    graphs = {}
    with Neo4jStore(neo4j_config) as store:
        try:
            for size in (1, 2, 64):
                store.clear()
                summary = ingest([str(tmp_path / "in")], store, extractor=extractor, write_batch=size,
                                 progress=False)
                assert summary.written == 3 and not summary.failed
                graphs[size] = snapshot(store)
        finally:
            store.clear()
    people = sorted((name, aliases) for (name, aliases, _roles) in graphs[1]["entities"].values())
    assert ("Marta Olsen", ["olsen"]) in people and ("Erik Olsen", []) in people
    assert not any(name == "Olsen" for name, _ in people)        # the surname joined the first Olsen
    assert graphs[2] == graphs[1]
    assert graphs[64] == graphs[1]
