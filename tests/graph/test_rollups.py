"""Rollups (graph/rollups.py) on both engines, on the sample corpus: the saved queries and overview counts that
read them give the rows of their raw-graph form; a rebuild equals what the writes kept; writing the same
articles again changes nothing; every correction (and its undo) leaves them equal to a rebuild."""
from __future__ import annotations

import json

import pytest

from graph import curation, rollups
from graph.model import ROLLUP_LABELS
from loaders import SAMPLE_DIR
from loaders.ingest import ingest
from queries import name_anchor, overview

MONTH = "CASE WHEN s.date IS NULL THEN '' ELSE left(s.date, 7) END"
IN_RANGE = "(month >= left($since, 7) AND month <= left($until, 7)) OR ($undated AND month = '')"

# The raw-graph form of each saved query that reads a rollup: the same question over every statement.
RAW = {
    "top_speakers": f"""MATCH (sp)-[:SAID]->(s:Statement) WITH sp, s, {MONTH} AS month WHERE {IN_RANGE}
        WITH sp.uid AS uid, sp.name AS name, sp.type AS type, month, count(s) AS n, count(DISTINCT s.article) AS a
        RETURN uid AS speaker_uid, name AS speaker_name, type AS speaker_type, sum(n) AS statements,
               sum(a) AS articles ORDER BY statements DESC, speaker_name LIMIT $limit""",
    "busiest_outlets": f"""MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
        WITH s, a, CASE WHEN a.published IS NULL THEN '' ELSE left(a.published, 7) END AS month WHERE {IN_RANGE}
        OPTIONAL MATCH (sp)-[:SAID]->(s)
        RETURN a.outlet AS outlet, count(DISTINCT a) AS articles, count(DISTINCT s) AS statements,
               count(DISTINCT sp) AS speakers ORDER BY statements DESC, outlet""",
    "new_speakers": """MATCH (sp)-[:SAID]->(s:Statement) WHERE s.date IS NOT NULL
        WITH sp, min(s.date) AS first, count(s) AS statements WHERE first >= $since
        RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type, first, statements
        ORDER BY first, speaker_name LIMIT $limit""",
    "statements_per_month": f"""MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE t.name = $target
        RETURN {MONTH} AS month, count(s) AS statements, count(DISTINCT sp.uid) AS speakers ORDER BY month""",
    "who_said_what_about_whom": f"""MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WITH sp, s, t, {MONTH} AS month
        WHERE {IN_RANGE} WITH sp, t, count(s) AS statements WHERE statements >= $min_statements
        RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type, t.uid AS target_uid,
               t.name AS target_name, t.type AS target_type, statements
        ORDER BY statements DESC, speaker_name, target_name LIMIT $limit""",
    "stance_shift": """MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)
        -[r:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place)
        WITH sp, t, s, r, left(s.date, 7) < left($split, 7) AS early, left(s.date, 7) >= left($split, 7) AS late
        WITH sp, t, count(CASE WHEN early THEN 1 END) AS n_before, count(CASE WHEN late THEN 1 END) AS n_after,
             count(CASE WHEN early AND r.stance = 'support' THEN 1 END) AS sb,
             count(CASE WHEN early AND r.stance = 'oppose' THEN 1 END) AS ob,
             count(CASE WHEN late AND r.stance = 'support' THEN 1 END) AS sa,
             count(CASE WHEN late AND r.stance = 'oppose' THEN 1 END) AS oa,
             count(CASE WHEN s.date IS NULL THEN 1 END) AS undated
        WHERE n_before > 0 AND n_after > 0
        WITH sp, t, n_before, n_after, undated,
             CASE WHEN sb > ob THEN 'support' WHEN ob > sb THEN 'oppose' ELSE 'neutral' END AS before,
             CASE WHEN sa > oa THEN 'support' WHEN oa > sa THEN 'oppose' ELSE 'neutral' END AS after
        WHERE before <> after
        RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type, t.uid AS target_uid,
               t.name AS target_name, t.type AS target_type, before, after, n_before, n_after, undated
        ORDER BY speaker_name, target_name LIMIT $limit""",
    "unnamed_sources": f"""MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
        WITH s, a, CASE WHEN a.published IS NULL THEN '' ELSE left(a.published, 7) END AS month WHERE {IN_RANGE}
        WITH a.outlet AS outlet, count(DISTINCT a) AS articles, count(DISTINCT s) AS statements,
             count(DISTINCT CASE WHEN s.source_kind = 'anonymous' THEN s.uid ELSE NULL END) AS anonymous
        WHERE anonymous > 0
        RETURN outlet, articles, statements, anonymous ORDER BY anonymous DESC, statements DESC, outlet""",
    "who_talks_about": """MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)
        -[:ABOUT]->(t:Person|State|Organization|Alliance|ArmedGroup|Media|Place) WHERE t.name = $target
        RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type,
               t.uid AS target_uid, t.name AS target_name, t.type AS target_type,
               count(s) AS statements, count(DISTINCT s.outlet) AS outlets, min(s.date) AS first, max(s.date) AS last
        ORDER BY statements DESC, speaker_name LIMIT $limit""",
    "outlets_quoting": """MATCH (sp:Person|State|Organization|Alliance|ArmedGroup|Media)-[:SAID]->(s:Statement)
        WHERE sp.name = $speaker
        RETURN s.outlet AS outlet, count(s) AS statements, min(s.date) AS first, max(s.date) AS last
        ORDER BY statements DESC, outlet""",
}
VARIANTS = [{}, {"undated": False}, {"since": "2025-03-15", "until": "2025-05-02"}, {"limit": 3},
            {"min_statements": 1}, {"since": "2025-05-01"}, {"target": "Russia"},
            {"split": "2025-05-20"}, {"split": "2025-03"}, {"speaker": "Russia"}, {"speaker": "Anna Lindqvist"},
            {"target": "Norway"}, {"since": "2025-04-01", "until": "2025-04-30"},
            {"since": "2000-01-01", "until": "2099-12-31", "undated": False, "limit": 5}]

OVERVIEW_RAW = {
    "summary": [
        "MATCH (a:Article) RETURN count(a) AS articles, count(DISTINCT a.outlet) AS outlets, min(a.published) AS first, "
        "max(a.published) AS last, sum(CASE WHEN a.published IS NULL THEN 1 ELSE 0 END) AS undated_articles",
        "MATCH (s:Statement) RETURN count(s) AS statements, "
        "sum(CASE WHEN s.date IS NULL THEN 1 ELSE 0 END) AS undated_statements",
        "MATCH (sp)-[:SAID]->(:Statement) RETURN count(DISTINCT sp) AS speakers"],
    "top_speakers": "MATCH (sp)-[:SAID]->(s:Statement) RETURN sp.uid AS uid, sp.name AS name, sp.type AS type, "
                    "count(s) AS statements ORDER BY statements DESC, name LIMIT $limit",
    "top_targets": "MATCH (s:Statement)-[:ABOUT]->(t) RETURN t.uid AS uid, t.name AS name, t.type AS type, "
                   "count(s) AS statements ORDER BY statements DESC, name LIMIT $limit",
}


def _canon(rows):
    return [json.dumps(r, sort_keys=True, default=str) for r in rows]


@pytest.fixture
def sample(sample_each):
    return sample_each


def test_saved_queries_read_the_rollups_and_give_the_raw_rows(sample, library):
    for name, raw in RAW.items():
        query = library[name]
        assert any(f":{label})" in query.cypher for label in ROLLUP_LABELS), f"{name} should read a rollup"
        seen, found = set(), 0
        for variant in VARIANTS:
            given = {k: v for k, v in variant.items() if k in {p.name for p in query.params}}
            values = query.values(given)
            if json.dumps(values, sort_keys=True) in seen:
                continue
            seen.add(json.dumps(values, sort_keys=True))
            got = sample.query(query.cypher, values, user=True).rows       # the guarded path, as the app runs it
            want = sample.rows(raw, {k: v for k, v in values.items() if "$" + k in raw})
            assert _canon(got) == _canon(want), (name, values)
            assert got or name in ("statements_per_month", "unnamed_sources") or values.get("speaker") == "Anna Lindqvist" \
                or values.get("target") == "Norway", (name, values)
            found += bool(got)
        assert found, f"{name}: no variant found a row"


def test_statements_per_month_by_uid_reads_target_month_and_gives_the_raw_rows(sample, library):
    """The library's path (the uid form, on both engines) for every target, the hub first."""
    from queries.library import engine_form
    query, raw = library["statements_per_month"], RAW["statements_per_month"]
    targets = [r["name"] for r in sample.rows("MATCH (:Statement)-[:ABOUT]->(t) RETURN t.name AS name, "
                                              "count(*) AS c ORDER BY c DESC, name")]
    assert len(targets) > 5 and ":TargetMonth)" in name_anchor.form("statements_per_month").cypher
    for target in targets:
        got = engine_form(sample, query, query.values({"target": target}))
        if got is None:                                 # a name several entities hold: the saved query runs
            assert name_anchor.resolve(sample, target) is None, target
            continue
        assert _canon(got.rows) == _canon(sample.rows(raw, {"target": target})), target
    assert any(r["month"] == "" for r in rollups.dump(sample)["TargetMonth"]) or not sample.rows(
        "MATCH (s:Statement)-[:ABOUT]->() WHERE s.date IS NULL RETURN s.uid AS uid LIMIT 1")


def test_overview_counts_equal_the_raw_graph(sample):
    want = {}
    for cypher in OVERVIEW_RAW["summary"]:
        want.update({k: v if k in ("first", "last") else int(v or 0) for k, v in sample.rows(cypher)[0].items()})
    assert overview.summary(sample) == want
    assert want["statements"] > 0 and want["speakers"] > 0
    for name in ("top_speakers", "top_targets"):
        assert _canon(getattr(overview, name)(sample, 10)) == _canon(sample.rows(OVERVIEW_RAW[name], {"limit": 10}))


UNDATED = ("Nordic Council spokeswoman Anna Lindqvist said on Tuesday that the talks with Norway had failed. "
           "\"We will not return to the table while Norway refuses to listen,\" Lindqvist told reporters.\n")


def test_undated_statements_are_included_unless_asked_not_to(sample, library, extractor, tmp_path):
    """Every saved query with a date range has `undated` (default true); an undated article counts."""
    for query in library.values():
        names = {p.name: p for p in query.params}
        if "until" in names or ("since" in names and query.name != "new_speakers"):
            assert names.get("undated") and names["undated"].type == "bool" and names["undated"].default is True, \
                query.name
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    ingest([str(tmp_path)], sample, progress=False, extractor=extractor)
    assert overview.summary(sample)["undated_statements"] > 0
    for name in ("top_speakers", "busiest_outlets", "who_said_what_about_whom"):
        query = library[name]
        values = query.values({"min_statements": 1} if name == "who_said_what_about_whom" else {})
        with_undated = sample.query(query.cypher, values, user=True).rows
        without = sample.query(query.cypher, {**values, "undated": False}, user=True).rows
        assert sum(r["statements"] for r in with_undated) > sum(r["statements"] for r in without), name
    said = library["outlets_quoting"]                      # no date range: undated statements are counted
    rows = sample.query(said.cypher, said.values({"speaker": "Anna Lindqvist"}), user=True).rows
    assert rows and rows[0]["statements"] >= 1 and rows[0]["first"] is None, rows
    about = library["who_talks_about"]
    rows = sample.query(about.cypher, about.values({"target": "Norway"}), user=True).rows
    assert any(r["speaker_name"] == "Anna Lindqvist" and r["first"] is None for r in rows), rows
    test_saved_queries_read_the_rollups_and_give_the_raw_rows(sample, library)
    test_statements_per_month_by_uid_reads_target_month_and_gives_the_raw_rows(sample, library)
    test_overview_counts_equal_the_raw_graph(sample)


def _matches_rebuild(store) -> None:
    kept = rollups.dump(store)
    rollups.rebuild(store)
    rebuilt = rollups.dump(store)
    for label in kept:
        assert _canon(kept[label]) == _canon(rebuilt[label]), label
    assert rebuilt["SpeakerMonth"] and rebuilt["PairMonth"] and rebuilt["OutletMonth"] and rebuilt["EntityCount"]
    assert rebuilt["TargetMonth"] and sum(r["speakers"] for r in rebuilt["TargetMonth"]) == len(rebuilt["PairMonth"])


def test_rebuild_equals_what_the_writes_kept_and_rewriting_changes_nothing(sample, extractor):
    _matches_rebuild(sample)
    before = rollups.dump(sample)
    from tests.graph.test_curation import _reingest
    _reingest(sample, extractor)
    assert rollups.dump(sample) == before


def _uid(store, name: str, label: str = "Person") -> str:
    return store.rows(f"MATCH (n:{label}) WHERE n.name = $name RETURN n.uid AS uid", {"name": name})[0]["uid"]


def test_corrections_and_their_undo_keep_the_rollups_right(sample):
    before = rollups.dump(sample)
    hub = sample.rows("MATCH (r:EntityCount) WHERE r.entity_type = 'Person' RETURN r.entity AS uid "
                      "ORDER BY r.said DESC, uid LIMIT 2")
    statement = sample.rows("MATCH (sp:Person {uid: $uid})-[:SAID]->(s:Statement) RETURN s.uid AS uid "
                            "ORDER BY uid LIMIT 2", {"uid": hub[0]["uid"]})
    curation.merge(sample, hub[0]["uid"], hub[1]["uid"])
    _matches_rebuild(sample)
    curation.flag(sample, statement[0]["uid"])
    _matches_rebuild(sample)
    curation.set_speaker(sample, statement[1]["uid"], _uid(sample, "Russia", "State"))
    _matches_rebuild(sample)
    curation.rename(sample, hub[0]["uid"], "A New Name For The Hub")
    _matches_rebuild(sample)
    assert any(r["speaker_name"] == "A New Name For The Hub" for r in rollups.dump(sample)["SpeakerMonth"])
    curation.retype(sample, _uid(sample, "Russia", "State"), "Organization")
    _matches_rebuild(sample)
    for _ in range(5):
        curation.undo(sample)
        _matches_rebuild(sample)
    assert rollups.dump(sample) == before


def test_a_store_without_rollups_gets_them_on_open_and_the_command_rebuilds_them(tmp_path, extractor):
    import os
    import subprocess
    import sys
    from graph.model import ROLLUP_LABELS
    from graph.engines import open_store
    from graph.store import StoreConfig
    config = StoreConfig(path=str(tmp_path / "db"))
    store = open_store(config)
    ingest([SAMPLE_DIR], store, progress=False, extractor=extractor)
    kept = rollups.dump(store)
    for label in ROLLUP_LABELS:                       # as a store written before the rollups existed
        store.transact(lambda run, label=label: run(f"MATCH (r:{label}) DELETE r", {}))
    assert not any(rollups.dump(store).values())
    store.close()
    store = open_store(config)
    assert rollups.dump(store) == kept
    store.transact(lambda run: run("MATCH (r:OutletMonth) SET r.anonymous = NULL", {}))   # rows from before it
    store.close()
    store = open_store(config)
    assert rollups.dump(store) == kept and any(r["anonymous"] for r in kept["OutletMonth"])
    for label in ("SpeakerTotal", "PairTotal"):         # month tables from before the totals existed
        store.transact(lambda run, label=label: run(f"MATCH (r:{label}) DELETE r", {}))
    store.close()
    store = open_store(config)
    assert rollups.dump(store) == kept and kept["PairTotal"] and any(r["polar"] for r in kept["PairTotal"])
    store.transact(lambda run: run("MATCH (r:PairTotal) SET r.running = NULL", {}))   # totals from before it
    store.close()
    store = open_store(config)
    assert rollups.dump(store) == kept and any(len(r["running"]) > 2 for r in kept["PairTotal"])
    store.transact(lambda run: run("MATCH (r:TargetMonth) DELETE r", {}))        # from before TargetMonth
    store.close()
    store = open_store(config)
    assert rollups.dump(store) == kept and kept["TargetMonth"]
    store.transact(lambda run: run("MATCH (r:SpeakerOutlet) DELETE r", {}))      # from before the outlet rollups
    for label in ("PairMonth", "PairTotal"):
        store.transact(lambda run, label=label: run(
            f"MATCH (r:{label}) SET r.outlets = NULL, r.first_date = NULL, r.last_date = NULL", {}))
    store.close()
    store = open_store(config)
    assert rollups.dump(store) == kept and kept["SpeakerOutlet"] and any(r["outlets"] for r in kept["PairTotal"])
    store.close()
    done = subprocess.run([sys.executable, "-m", "loaders", "rollups", "--rebuild"], capture_output=True, text=True,
                          env={**{k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}, "WHOSAID_DB": config.path}, timeout=300,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert done.returncode == 0, done.stderr
    assert f"EntityCount\t{len(kept['EntityCount'])}" in done.stdout
