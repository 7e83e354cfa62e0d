"""Curation on both engines, on the sample corpus: merge then re-ingest leaves one node; every correction
undone restores the graph exactly (every node's and relationship's properties); flagged statements leave
every query and do not come back on re-ingest; corrected speakers stay corrected; the log exported and
imported elsewhere gives the same graph, and importing twice changes nothing."""
from __future__ import annotations

import json

import pytest

from graph import curation
from graph.curation_log import export, import_file
from graph.model import NODES, RELATIONSHIPS, entity_uid
from loaders import SAMPLE_DIR
from loaders.ingest import ingest
from tests.conftest import make_store


def _reingest(store, extractor) -> None:
    """Write every sample article again (the ingest CLI skips known articles; re-writing is the hard case)."""
    from graph.fragment import build_fragment
    from loaders.readers import read_paths
    articles = [a for a in read_paths([SAMPLE_DIR]) if not isinstance(a, Exception) and hasattr(a, "text")]
    for article, extraction in zip(articles, extractor.extract_many(articles)):
        store.write(build_fragment(article, extraction))


def dump(store) -> set[str]:
    """Every node with all its properties and every relationship with its ends and properties."""
    out = set()
    for label, spec in NODES.items():
        if label == "Correction":
            continue
        cols = ", ".join(f"n.{p} AS {p}" for p in spec.properties)
        out |= {json.dumps(r, sort_keys=True, default=str) for r in store.rows(f"MATCH (n:{label}) RETURN {cols}")}
    for rel, spec in RELATIONSHIPS.items():
        props = "".join(f", r.{p} AS {p}" for p in spec.properties)
        out |= {json.dumps([rel, r], sort_keys=True, default=str) for r in
                store.rows(f"MATCH (a)-[r:{rel}]->(b) RETURN a.uid AS a, b.uid AS b{props}")}
    return out


@pytest.fixture
def sample(store, extractor):
    ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
    return store


def uid(store, name: str) -> str:
    rows = store.rows("MATCH (n) WHERE n.name = $name AND n.type <> 'Correction' RETURN n.uid AS uid", {"name": name})
    assert rows, name
    return rows[0]["uid"]


def said_by(store, name: str) -> int:
    return store.rows("MATCH (p {name: $name})-[:SAID]->(s:Statement) RETURN count(s) AS n", {"name": name})[0]["n"]


def test_merge_survives_reingest_and_undo_restores_everything(sample, extractor):
    store = sample
    before = dump(store)
    keep, gone = uid(store, "Dmitry Polevoy"), uid(store, "Rafik Tashmurov")
    said = said_by(store, "Dmitry Polevoy") + said_by(store, "Rafik Tashmurov")
    curation.merge(store, keep, gone, by="tester")
    assert said_by(store, "Dmitry Polevoy") == said and not store.rows(
        "MATCH (n:Person {uid: $u}) RETURN n.uid AS u", {"u": gone})
    aliases = store.rows("MATCH (n:Person {uid: $u}) RETURN n.aliases AS a", {"u": keep})[0]["a"]
    assert "Rafik Tashmurov" in aliases
    _reingest(store, extractor)
    assert not store.rows("MATCH (n:Person {uid: $u}) RETURN n.uid AS u", {"u": gone})   # still one node
    assert said_by(store, "Dmitry Polevoy") == said
    curation.undo(store)
    assert dump(store) == before
    assert [h["status"] for h in curation.history(store)] == ["undone"]


@pytest.mark.parametrize("operation", ["rename", "retype", "split", "flag", "speaker"])
def test_each_correction_undone_restores_the_graph(sample, operation):
    store = sample
    before = dump(store)
    person = uid(store, "Dmitry Polevoy")
    statement = store.rows("MATCH (p:Person {uid: $u})-[:SAID]->(s:Statement) RETURN s.uid AS sid ORDER BY sid LIMIT 1",
                           {"u": person})[0]["sid"]
    if operation == "rename":
        curation.rename(store, person, "Dmitri A. Polevoy")
        assert store.rows("MATCH (n:Person {uid: $u}) RETURN n.name AS n", {"u": person})[0]["n"] == "Dmitri A. Polevoy"
    elif operation == "retype":
        curation.retype(store, person, "Organization")   # AFFILIATED_WITH cannot follow: undo brings it back
        assert said_by(store, "Dmitry Polevoy") > 0
    elif operation == "split":
        node = store.rows("MATCH (n:Person) WHERE size(n.aliases) > 0 RETURN n.uid AS u, n.aliases AS a "
                          "ORDER BY u LIMIT 1")[0]
        curation.split_alias(store, node["u"], node["a"][0])
        assert entity_uid("Person", node["a"][0]) in {r["u"] for r in store.rows("MATCH (n:Person) RETURN n.uid AS u")}
    elif operation == "flag":
        n = said_by(store, "Dmitry Polevoy")
        curation.flag(store, statement, reason="misattributed")
        assert said_by(store, "Dmitry Polevoy") == n - 1
        assert not store.rows("MATCH (s:Statement {uid: $s}) RETURN s.uid", {"s": statement})
    else:
        other = uid(store, "Rafik Tashmurov")
        curation.set_speaker(store, statement, other)
        assert store.rows("MATCH (p)-[:SAID]->(s:Statement {uid: $s}) RETURN p.uid AS p", {"s": statement}) == [{"p": other}]
    assert dump(store) != before
    curation.undo(store)
    assert dump(store) == before


def test_flag_and_speaker_corrections_survive_reingest(sample, extractor):
    store = sample
    person, other = uid(store, "Dmitry Polevoy"), uid(store, "Rafik Tashmurov")
    ids = [r["sid"] for r in store.rows("MATCH (:Person {uid: $u})-[:SAID]->(s:Statement) RETURN s.uid AS sid "
                                      "ORDER BY sid LIMIT 2", {"u": person})]
    curation.flag(store, ids[0])
    curation.set_speaker(store, ids[1], other)
    _reingest(store, extractor)
    assert not store.rows("MATCH (s:Statement {uid: $s}) RETURN s.uid", {"s": ids[0]})
    assert store.rows("MATCH (p)-[:SAID]->(s:Statement {uid: $s}) RETURN p.uid AS p", {"s": ids[1]}) == [{"p": other}]


def test_undo_refuses_when_a_newer_correction_touches_the_same_node(sample):
    store = sample
    person = uid(store, "Dmitry Polevoy")
    first = curation.rename(store, person, "Dmitri Polevoy")
    curation.rename(store, person, "D. Polevoy")
    with pytest.raises(curation.CurationError, match="newer correction"):
        curation.undo(store, first["uid"])
    with pytest.raises(curation.CurationError, match="merge the two instead"):
        curation.rename(store, person, "Rafik Tashmurov")


def test_exported_log_replays_on_another_store(sample, extractor, request, tmp_path):
    store = sample
    curation.merge(store, uid(store, "Dmitry Polevoy"), uid(store, "Rafik Tashmurov"), by="analyst one")
    curation.retype(store, uid(store, "Collective Security Treaty Organization"), "Organization")
    log = export(store)
    assert [json.loads(x)["by"] for x in log.splitlines()][0] == "analyst one"
    other = make_store("ladybug", tmp_path / "second", request)
    try:
        ingest([SAMPLE_DIR], other, progress=False, extractor=extractor)
        assert import_file(other, log) == (2, [])
        assert import_file(other, log) == (0, [])
        assert dump(other) == dump(store)
        applied, problems = import_file(other, "not json\n")
        assert applied == 0 and problems and problems[0].startswith("corrections file line 1:")
    finally:
        other.close()
