"""Corrections survive a kill -9 during ingest: an analyst merges two people and flags a statement, an
ingest of more editions of the same articles is killed mid-run, and after the rerun the merge and the
flag still hold (the merged person never comes back, the flagged statement stays out of every query)."""
from __future__ import annotations

import os
import random

from graph import curation
from graph.ladybug_store import LadybugStore
from graph.store import StoreConfig
from loaders import SAMPLE_DIR
from loaders.ingest import ingest
from tests.hostile.test_kill_resume import SEED, _cli_ingest, _corpus, _kill_after


def _open(path) -> LadybugStore:
    return LadybugStore(StoreConfig(path=str(path)))


def _person(store, name: str) -> list[str]:
    return [r["u"] for r in store.rows("MATCH (n:Person) WHERE n.name = $n RETURN n.uid AS u", {"n": name})]


def test_corrections_survive_kill_9_and_the_rerun(tmp_path, extractor):
    db = tmp_path / "db"
    store = _open(db)
    try:
        ingest([SAMPLE_DIR], store, extractor=extractor, progress=False)
        keep, gone = _person(store, "Dmitry Polevoy")[0], _person(store, "Rafik Tashmurov")[0]
        curation.merge(store, keep, gone, by="analyst")
        flagged = store.rows("MATCH (:Person {uid: $u})-[:SAID]->(s:Statement) RETURN s.uid AS sid ORDER BY sid LIMIT 1",
                             {"u": keep})[0]["sid"]
        curation.flag(store, flagged, by="analyst")
    finally:
        store.close()

    folder = tmp_path / "corpus"
    folder.mkdir()
    _corpus(folder, copies=2)
    env = {**os.environ, "WHOSAID_DB": str(db)}
    env.pop("NEO4J_URI", None)
    proc = _cli_ingest(folder, env, quiet=False)
    at = random.Random(f"{SEED}-curation").randrange(4, 20)
    _kill_after(proc, at)
    rerun = _cli_ingest(folder, env)
    _out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err[-2000:]

    store = _open(db)
    try:
        assert _person(store, "Rafik Tashmurov") == [], f"the merged person came back (WHOSAID_KILL_SEED={SEED})"
        aliases = store.rows("MATCH (n:Person {uid: $u}) RETURN n.aliases AS a", {"u": keep})[0]["a"]
        assert "Rafik Tashmurov" in aliases
        assert not store.rows("MATCH (s:Statement {uid: $s}) RETURN s.uid", {"s": flagged})
        assert [(h["op"], h["status"]) for h in curation.history(store)] == [("flag", "active"), ("merge", "active")]
        editions = store.rows("MATCH (a:Article) RETURN count(a) AS n")[0]["n"]
        assert editions > 20      # the editions landed, their Tashmurov mentions on the survivor
    finally:
        store.close()
