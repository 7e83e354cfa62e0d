"""The uid forms of the name-anchored saved queries (queries/by_uid/, run by queries/name_anchor.py) give the
saved query's own rows on both engines: for the sample's speakers and targets, undated statements, hostile
and unknown names, a name of the wrong kind, and a name two entities share (which runs the saved query)."""
from __future__ import annotations

import json

import pytest

from graph.model import ANY_ENTITY
from graph.readonly import guard
from queries import hub_cuts, name_anchor
from queries.library import engine_form

QUERIES = ("direct_quotes", "statements_by_about", "how_connected", "mentioned_with", "statements_per_month")
HOSTILE = ["", " ", "'", '"; MATCH (n) DETACH DELETE n //', "$speaker", "a\\b", "Ünïcødé Ñame", "Nobody At All",
           "' OR 1=1 OR n.name = '", "%", ".*"]
FORMS = QUERIES + ("alliance_members_on",)       # its rows: tests/queries/test_hub_queries.py
TWIN = "Twin Name"


def _canon(rows):
    return sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)


@pytest.fixture(scope="module")
def store(sample_each):
    """The sample with undated statements by its busiest speaker (SAID's date copy 'undated', as the writer
    sets it) and one name held by two entities, a Person and an Organization, each with statements."""
    s = sample_each
    busiest = s.rows("MATCH (p)-[r:SAID]->(:Statement) RETURN p.uid AS uid, count(r) AS c ORDER BY c DESC, uid LIMIT 2")
    for row in busiest:
        s.transact(lambda run, uid=row["uid"]: run(
            "MATCH (p {uid: $uid})-[r:SAID]->(st:Statement) WITH r, st ORDER BY st.uid LIMIT 3 "
            "SET st.date = NULL, r.date = 'undated' RETURN count(*) AS n", {"uid": uid}))
    s.transact(lambda run: run(
        "MATCH (a {uid: $a}), (b {uid: $b}) SET a.name = $twin, b.name = $twin RETURN count(*) AS n",
        {"a": busiest[1]["uid"], "b": _other_kind(s, busiest[1]["uid"]), "twin": TWIN}))
    return s


def _other_kind(s, uid):
    kind = uid.split(":")[0]
    return s.rows("MATCH (p)-[:SAID]->(:Statement) WHERE NOT p.uid STARTS WITH $kind "
                  "RETURN p.uid AS uid, count(*) AS c ORDER BY c DESC, uid LIMIT 1", {"kind": kind + ":"})[0]["uid"]


def _names(store):
    speakers = [r["name"] for r in store.rows(
        "MATCH (p)-[:SAID]->(:Statement) RETURN p.name AS name, count(*) AS c ORDER BY c DESC, name LIMIT 6")]
    targets = [r["name"] for r in store.rows(
        f"MATCH (:Statement)-[:ABOUT]->(t:{ANY_ENTITY}) RETURN t.name AS name, count(*) AS c "
        "ORDER BY c DESC, name LIMIT 5")]
    places = [r["name"] for r in store.rows("MATCH (p:Place) RETURN p.name AS name ORDER BY name LIMIT 1")]
    return speakers, targets + places, [speakers[0].lower(), speakers[0] + " "]


def _check(store, query, values, used):
    expected = store.query(query.cypher, values)
    got = name_anchor.by_uid(store, query, values, cap=5000)
    fast = engine_form(store, query, values)
    used_here = got is not None and (store.config.engine == "neo4j" or query.name in name_anchor.ROLLUP_FORMS)
    if fast is not None and not used_here:                      # the embedded store's date cuts (hub_cuts.py)
        assert query.name in hub_cuts.FORMS and fast.columns == expected.columns
        assert _canon(fast.rows) == _canon(expected.rows), (query.name, values)
    else:
        assert (_canon(fast.rows) if fast else None) == (_canon(got.rows) if used_here else None)
    if got is None:
        return
    used.append(query.name)
    assert got.columns == expected.columns, query.name
    assert _canon(got.rows) == _canon(expected.rows), (query.name, values)
    keys = [(r.get("date") or "", r.get("quote") or "") for r in got.rows]
    assert keys == [(r.get("date") or "", r.get("quote") or "") for r in expected.rows], (query.name, values)


def test_uid_forms_give_the_saved_rows(store, library):
    speakers, targets, odd = _names(store)
    undated = store.rows("MATCH (s:Statement) WHERE s.date IS NULL RETURN count(s) AS c")[0]["c"]
    assert undated >= 3
    used = []
    for name in speakers + targets + odd + HOSTILE + [TWIN]:
        for limit in (1, 3, 100):
            _check(store, library["direct_quotes"], library["direct_quotes"].values({"speaker": name, "limit": limit}), used)
    for first in speakers + odd[:1] + HOSTILE[:4] + [TWIN, targets[-1]]:
        for second in targets + speakers[:2] + HOSTILE[:2]:
            for limit in (2, 100):
                _check(store, library["statements_by_about"],
                       library["statements_by_about"].values({"speaker": first, "target": second, "limit": limit}), used)
                _check(store, library["how_connected"],
                       library["how_connected"].values({"first": first, "second": second, "limit": limit}), used)
    query = library["mentioned_with"]
    for name in targets + speakers[:3] + HOSTILE[:3] + [TWIN]:
        for newest in (1, 3, 1000):
            _check(store, query, query.values({"name": name, "newest": newest, "limit": 20}), used)
    query = library["statements_per_month"]
    for name in targets + speakers + odd + HOSTILE + [TWIN]:
        _check(store, query, query.values({"target": name}), used)
    for name in QUERIES:                             # the uid forms ran, not only the saved queries
        assert used.count(name) > (5 if name == "statements_per_month" else 20), name


def test_a_name_resolves_to_one_entity_or_to_none(store):
    speaker = _names(store)[0][0]
    assert name_anchor.resolve(store, speaker) == store.rows(
        f"MATCH (n:{ANY_ENTITY}) WHERE n.name = $n RETURN n.uid AS uid", {"n": speaker})[0]["uid"]
    for name in [TWIN, speaker.lower(), speaker + " ", None, 3] + HOSTILE:
        assert name_anchor.resolve(store, name) is None, name


def test_one_look_up_resolves_every_name(store):
    speakers, targets, odd = _names(store)
    names = speakers + [speakers[0], None] + targets + odd + HOSTILE + [TWIN, 3]
    expected = [None if not isinstance(n, str) else (lambda uids: uids[0] if len(uids) == 1 else None)(
        [r["uid"] for r in store.rows(f"MATCH (n:{ANY_ENTITY}) WHERE n.name = $n RETURN n.uid AS uid", {"n": n})])
        for n in names]
    assert sum(uid is not None for uid in expected) >= 5 and None in expected
    assert name_anchor.resolve_all(store, names) == expected
    assert store.read(lambda reader: name_anchor.resolve_all(reader, names)) == expected


def test_undated_statements_of_a_hub_come_first_in_its_uid_form(store, library):
    speaker = _names(store)[0][0]
    rows = name_anchor.by_uid(store, library["direct_quotes"], library["direct_quotes"].values({"speaker": speaker}), 100)
    dates = [r["date"] for r in rows.rows]
    assert None in dates and dates[:dates.count(None)] == [None] * dates.count(None)


def test_each_uid_form_is_its_query_with_names_as_uids(library):
    for name in FORMS:
        saved, form = library[name], name_anchor.form(name)
        assert form is not None, name
        anchors = name_anchor.anchors(form)
        assert anchors and all(a in {p.name for p in saved.params if p.type == "string"} for a in anchors)
        rest = [(p.name, p.type, p.default) for p in form.params if not p.name.endswith(name_anchor.SUFFIX)]
        assert rest == [(p.name, p.type, p.default) for p in saved.params if p.name not in anchors], name
    assert name_anchor.form("top_speakers") is None


def test_uid_forms_pass_the_guarded_path(store, library):
    """They are in the allow-listed subset (as an analyst could run them) and give the same rows there."""
    uid = name_anchor.resolve(store, _names(store)[0][0])
    for name in FORMS:
        form = name_anchor.form(name)
        values = {p.name: uid if p.name.endswith(name_anchor.SUFFIX) else p.default for p in form.params}
        assert guard(form.cypher, store.config.engine, values, row_cap=100)
        assert store.query(form.cypher, values, user=True).rows == store.query(form.cypher, values).rows
