"""Hostile queries through the one guarded path, on both engines (the `store` fixture is Neo4j and the
embedded store): writes, file reads, admin procedures, saved queries and their suggestion lists. Each probe
must be refused and leave the graph as it was; the engines' own read-only modes are checked underneath by
running writes past the parser straight into the query process."""
from __future__ import annotations

import pytest

from graph.fragment import build_fragment
from graph.readonly import QueryRejected
from graph.sandbox import SandboxError, run
from graph.store import StoreError
from queries import library
from tests.graph.test_readonly import ADMIN, COST, FILES, WRITES
from tests.graph.test_stores import sample

PASSWD_MARK = "root:"


def _filled(store):
    article, ext = sample()
    store.write(build_fragment(article, ext))
    return store.counts()


def _refused(store, probes):
    before = store.counts()
    for cypher in probes:
        with pytest.raises((QueryRejected, StoreError)) as info:
            store.query(cypher, {"n": 10 ** 9}, user=True)
        assert PASSWD_MARK not in str(info.value), cypher
        assert "\n" not in str(info.value), cypher
    assert store.counts() == before


def test_write_spellings_are_refused(store):
    _filled(store)
    _refused(store, WRITES)
    names = store.query("MATCH (p:Person) RETURN p.name AS name", user=True).rows
    assert names == [{"name": "Emomali Rahmonov"}]


def test_file_network_and_extension_access_is_refused(store):
    _filled(store)
    _refused(store, FILES)


def test_admin_procedures_are_refused_and_schema_listing_is_neo4j_only(store):
    _filled(store)
    _refused(store, ADMIN)
    if store.config.engine == "neo4j":
        labels = {r["label"] for r in store.query("CALL db.labels() YIELD label RETURN label", user=True).rows}
        assert "Person" in labels
    else:
        with pytest.raises(QueryRejected):
            store.query("CALL show_tables() RETURN *", user=True)


def test_costly_shapes_are_refused_before_running(store):
    _filled(store)
    _refused(store, COST)


def test_engine_refuses_writes_even_past_the_parser(store):
    """The second line of defence: the query process's handle is read-only on both engines."""
    before = _filled(store)
    for cypher in ("MATCH (n:Person) SET n.name = 'x' RETURN n.name AS n", "MATCH (n) DETACH DELETE n",
                   "CREATE (:Person {uid: 'evil'})"):
        with pytest.raises(SandboxError) as info:
            run(store.sandbox_spec(), cypher, {}, limit=10, timeout=10, memory_mb=2048, max_value=1000)
        assert "read-only" in str(info.value)
    assert store.counts() == before


def test_engine_errors_are_the_real_error_in_one_line(store):
    _filled(store)
    for cypher in ("RETURN date('2020-13-45') AS d", "RETURN substring('abc', 'x', 1) AS s"):
        with pytest.raises(StoreError) as info:
            store.query(cypher, user=True)
        text = str(info.value)
        assert "No active transaction" not in text and "\n" not in text and len(text) < 500, text
        assert "time limit" not in text, text


def test_saved_query_with_a_hostile_suggestion_header_changes_nothing(store, tmp_path):
    before = _filled(store)
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "innocent.cypher").write_text(
        "// title: Innocent\n// param: x: string = a\n// suggest: x: MATCH (n) DETACH DELETE n\n"
        "MATCH (p:Person) RETURN p.name AS name LIMIT 100000SET p.name = 'x'\n")
    (folder / "glued.cypher").write_text("MATCH ()-[r]->() RETURN r LIMIT 100000000DELETE r\n")
    (folder / "reader.cypher").write_text("MATCH (p:Person) RETURN p.name AS x LIMIT 1 "
                                          "UNION LOAD FROM '/etc/passwd' RETURN *\n")
    queries, problems = library.load(str(folder))
    for name in ("innocent", "glued", "reader"):
        query = queries[name]
        with pytest.raises((QueryRejected, StoreError)):
            library.run(store, query, query.values())
        for param in query.params:
            with pytest.raises((QueryRejected, StoreError)):
                library.suggestions(store, param.suggest)
    assert store.counts() == before


def test_saving_a_query_that_starts_like_a_header_is_refused(tmp_path):
    query = library.SavedQuery(name="sneaky", title="Sneaky", builtin=False,
                               cypher="// suggest: x: MATCH (n) DETACH DELETE n\nMATCH (n) RETURN n")
    with pytest.raises(library.QueryError):
        library.save_user_query(query, folder=str(tmp_path))
    assert not list(tmp_path.iterdir())


def test_saved_queries_run_guarded_with_the_row_cap(store):
    _filled(store)
    queries, _ = library.load()
    result = library.run(store, queries["top_speakers"], queries["top_speakers"].values(), limit=1)
    assert len(result.rows) <= 1 and result.stats["seconds"] > 0
