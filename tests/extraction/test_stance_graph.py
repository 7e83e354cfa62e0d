"""Stance in the graph: the `stance` property on ABOUT and TO (and on TO the addressee rule, `pattern`), the saved queries opponents_of, supporters_of
and stance_shift on the embedded store (tests/queries/test_parity.py runs them on Neo4j too), undated
statements kept visible, and a store created before the property existed upgraded on open."""
import os

import ladybug
import pytest

from graph.fragment import build_fragment
from graph.ladybug_store import DB_FILE, LadybugStore
from graph.model import ADDED_LATER, NODES, RELATIONSHIPS, ladybug_schema
from graph.records import Article, Entity, Extraction, Statement
from graph.store import StoreConfig


def _undated_extraction():
    art = Article(source="undated.txt", text="Ola Nordvik said Ruritania is a threat and thanked Freedonia.")
    ex = Extraction(source=art.source, entities=[Entity(name="Ola Nordvik", type="Person"),
                                                 Entity(name="Ruritania", type="State"),
                                                 Entity(name="Freedonia", type="State")],
                    statements=[Statement(speaker="Ola Nordvik", addressee="Freedonia", text="Ruritania is a threat",
                                          start=16, end=37, about=["Ruritania"], date=None,
                                          stance={"Ruritania": "oppose", "Freedonia": "support"}, tone="negative",
                                          stance_rule={"Ruritania": "subject_of_evaluation", "Freedonia": "cue_thank"},
                                          addressee_pattern="told")])
    return art, ex


def test_fragment_carries_stance_on_about_and_to():
    art, ex = _undated_extraction()
    frag = build_fragment(art, ex)
    about = [row for (t, _, _), rows in frag.rels.items() if t == "ABOUT" for row in rows.values()]
    to = [row for (t, _, _), rows in frag.rels.items() if t == "TO" for row in rows.values()]
    assert [r["stance"] for r in about] == ["oppose"] and [r["stance"] for r in to] == ["support"]
    assert next(iter(frag.nodes["Statement"].values()))["tone"] == "negative"


def test_the_deciding_rule_is_on_about_and_to_in_both_stores(store):
    store.write(build_fragment(*_undated_extraction()))
    found = [(t, r["name"], r["s"], r["rule"]) for t in ("ABOUT", "TO") for r in store.rows(
        f"MATCH (:Statement)-[r:{t}]->(e) RETURN e.name AS name, r.stance AS s, r.stance_rule AS rule")]
    assert found == [("ABOUT", "Ruritania", "oppose", "subject_of_evaluation"), ("TO", "Freedonia", "support", "cue_thank")]
    # TO also says which addressee rule found the addressee (patterns.ADDRESSEE_RULES)
    assert [r["p"] for r in store.rows("MATCH (:Statement)-[r:TO]->() RETURN r.pattern AS p")] == ["told"]


def test_saved_stance_queries(sample_store, library):
    opp = sample_store.query(library["opponents_of"].cypher, library["opponents_of"].values()).rows
    assert opp and all(r["target_name"] == "Islamic State" and r["statements"] >= 1 for r in opp)
    sup = sample_store.query(library["supporters_of"].cypher, library["supporters_of"].values()).rows
    assert "Dmitry Polevoy" in {r["speaker_name"] for r in sup}
    shift = sample_store.query(library["stance_shift"].cypher, library["stance_shift"].values()).rows
    pairs = {(r["speaker_name"], r["target_name"]): (r["before"], r["after"]) for r in shift}
    assert pairs.get(("Dmitry Polevoy", "Collective Security Treaty Organization")) == ("neutral", "support")
    assert all(r["before"] != r["after"] and r["n_before"] > 0 and r["n_after"] > 0 for r in shift)
    stances = sample_store.rows("MATCH (:Statement)-[r:ABOUT]->() RETURN DISTINCT r.stance AS s")
    assert {r["s"] for r in stances} == {"support", "oppose", "neutral"}


def test_undated_statements_stay_visible(tmp_path, library):
    store = LadybugStore(StoreConfig(path=str(tmp_path / "graph")))
    try:
        store.write(build_fragment(*_undated_extraction()))
        q = library["opponents_of"]
        rows = store.query(q.cypher, q.values({"target": "Ruritania"})).rows
        assert [(r["speaker_name"], r["statements"], r["undated"], r["first"]) for r in rows] == \
            [("Ola Nordvik", 1, 1, None)]
    finally:
        store.close()


def test_a_store_from_before_stance_is_upgraded_on_open(tmp_path):
    path = tmp_path / "graph"
    os.makedirs(path)
    old = [d for d in ladybug_schema() if not d.startswith("ALTER")]
    for table, prop in ADDED_LATER:
        kind = (NODES.get(table) or RELATIONSHIPS[table]).properties[prop]
        old = [d.replace(f", {prop} {kind}", "") if f" {table}(" in d else d for d in old]
    assert not any("stance" in d for d in old)
    conn = ladybug.Connection(db := ladybug.Database(os.path.join(path, DB_FILE)))
    for d in old:
        conn.execute(d)
    del conn, db
    store = LadybugStore(StoreConfig(path=str(path)))
    try:
        store.write(build_fragment(*_undated_extraction()))
        assert store.rows("MATCH ()-[r:ABOUT]->() RETURN r.stance AS s") == [{"s": "oppose"}]
    finally:
        store.close()


def test_stance_panel_lookups(sample_store):
    from views import stance as panel
    from tests.queries.conftest import uid_of
    columns, rows = panel.matrix(sample_store, "oppose")
    assert columns[0] == "speaker" and "Islamic State" in columns
    assert all(sum(v for k, v in r.items() if k != "speaker") >= 1 for r in rows)
    with pytest.raises(ValueError):
        panel.matrix(sample_store, "hostile'")
    cst = uid_of(sample_store, "Collective Security Treaty Organization")
    grouped = panel.about_by_stance(sample_store, cst)
    assert {r["stance"] for r in grouped} >= {"support", "neutral"}
    polevoy = uid_of(sample_store, "Dmitry Polevoy")
    assert cst in {t["uid"] for t in panel.targets_of(sample_store, polevoy)}
    months = panel.over_time(sample_store, polevoy, cst)
    assert [m["month"] for m in months] == sorted(m["month"] for m in months)
    assert any(m["support"] for m in months) and any(m["neutral"] for m in months)


def test_undated_statements_have_their_own_month(tmp_path):
    from views import stance as panel
    store = LadybugStore(StoreConfig(path=str(tmp_path / "graph")))
    try:
        store.write(build_fragment(*_undated_extraction()))
        sp = store.rows("MATCH (p:Person) RETURN p.uid AS uid")[0]["uid"]
        target = store.rows("MATCH (t:State) WHERE t.name = 'Ruritania' RETURN t.uid AS uid")[0]["uid"]
        assert panel.over_time(store, sp, target) == [{"month": "undated", "oppose": 1, "support": 0, "neutral": 0}]
    finally:
        store.close()
