"""SAID's copies of its speaker's uid and its statement's date (graph/hub_index.py), on both engines: the
writer sets them, a store from before them gets them filled when it is opened, corrections keep them right,
and the entity page's "what X said", read through them, gives the rows of the plain query (its timeline,
read from the SpeakerMonth rollup, the raw counts)."""
from __future__ import annotations

import json

from graph import curation, hub_index
from queries import profile
from queries.explore import Filters, label_of
from tests.queries.conftest import uid_of

FILTERS = [Filters(), Filters(date_from="2025-03-15"), Filters(date_to="2025-05-02", undated=False),
           Filters(outlet="Caspian Wire")]
SPEAKERS = ("Dmitry Polevoy", "Rafik Tashmurov", "Russia")


def _plain_said_by(store, uid, filters, limit):
    """"What X said" as it was asked before the copies: every statement of X sorted."""
    cond = filters.condition()
    return store.rows(
        f"MATCH (x:{label_of(uid)} {{uid: $uid}})-[:SAID]->(s:Statement) {'WHERE ' + cond if cond else ''} "
        "RETURN s.uid AS uid, s.date AS date, s.text AS quote ORDER BY date DESC, quote LIMIT $limit",
        {"uid": uid, "limit": limit, **filters.params()})


def test_every_said_carries_its_speaker_and_date(sample_each):
    assert sample_each.rows("MATCH ()-[r:SAID]->() RETURN count(r) AS c")[0]["c"] > 50
    assert not hub_index.missing(sample_each)
    assert hub_index.wrong(sample_each) == 0


def test_what_x_said_gives_the_rows_of_the_plain_query(sample_each):
    compared = 0
    for name in SPEAKERS:
        uid = uid_of(sample_each, name)
        for filters in FILTERS:
            for limit in (1, 3, 500):
                got = [{k: r[k] for k in ("uid", "date", "quote")} for r in profile.said_by(sample_each, uid, filters, limit)]
                assert got == _plain_said_by(sample_each, uid, filters, limit), (name, filters, limit)
                compared += len(got)
    assert compared > 100


def test_the_timeline_from_the_rollup_equals_the_raw_one(sample_each):
    everything = Filters(date_from="0000", undated=False)       # keeps every dated statement: the raw path
    for name in SPEAKERS:
        uid = uid_of(sample_each, name)
        fast = profile.timeline(sample_each, uid)
        assert fast == profile.timeline(sample_each, uid, everything), name
        assert sum(r["by"] for r in fast) > 0


def test_a_store_from_before_gets_them_filled_when_opened(sample_each):
    sample_each.transact(lambda run: run("MATCH ()-[r:SAID]->() SET r.speaker = NULL, r.date = NULL", {}))
    assert hub_index.missing(sample_each) and hub_index.wrong(sample_each) > 50
    assert hub_index.ensure(sample_each) is True
    assert hub_index.wrong(sample_each) == 0
    assert hub_index.ensure(sample_each) is False


def test_a_fill_cut_short_is_resumed(sample_each):
    """Only the first SAID a scan meets is read on open; it is filled last, so a partial fill shows."""
    probe = hub_index._probe(sample_each)
    sample_each.transact(lambda run: run("MATCH (a)-[r:SAID]->(b:Statement) WHERE a.uid = $a AND b.uid = $b "
                                         "SET r.speaker = NULL, r.date = NULL", probe))
    assert hub_index.missing(sample_each) and hub_index.wrong(sample_each) == 1
    assert hub_index.ensure(sample_each) is True and hub_index.wrong(sample_each) == 0


def test_corrections_keep_them_right(sample_each):
    store = sample_each
    survivor, merged = uid_of(store, "Dmitry Polevoy"), uid_of(store, "Rafik Tashmurov")
    statement = store.rows("MATCH (p:Person {uid: $uid})-[:SAID]->(s:Statement) RETURN s.uid AS uid LIMIT 1",
                           {"uid": survivor})[0]["uid"]
    before = json.dumps(profile.said_by(store, survivor), sort_keys=True)
    curation.set_speaker(store, statement, merged)
    assert hub_index.wrong(store) == 0
    curation.merge(store, survivor, merged)
    assert hub_index.wrong(store) == 0
    assert store.rows("MATCH ()-[r:SAID]->() WHERE r.speaker = $uid RETURN count(r) AS c", {"uid": merged})[0]["c"] == 0
    curation.undo(store)
    curation.undo(store)
    assert hub_index.wrong(store) == 0
    assert json.dumps(profile.said_by(store, survivor), sort_keys=True) == before
