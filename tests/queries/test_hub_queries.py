"""The saved queries anchored on one actor give, on both engines, the rows the question asks for, worked
out here from one-hop reads (LadybugDB 0.22 lost rows of `alliance_members_on` when it joined the alliance's
members with statements about a target of any type: 681 of 3,761 at 100k articles; the sample is too small
to make it choose that join, so this guards the rows, and bench/query_latency.py shows the 100k counts);
its uid form (queries/by_uid/alliance_members_on.cypher) gives the same rows."""
from __future__ import annotations

import json

from graph.model import ANY_ENTITY
from queries import name_anchor

ROW = ("speaker_uid", "speaker_name", "speaker_type", "member", "target_uid", "target_name", "target_type",
       "date", "quote", "outlet")


def _canon(rows):
    return sorted({json.dumps([r[k] for k in ROW], default=str) for r in rows})


def _alliance_members_on(store, alliance: str, target: str) -> list[dict]:
    """Every row the question asks for, with the statement's uid, the member's uid and which part
    (members, or people affiliated with them) it comes from, for paging."""
    members = store.rows("MATCH (m)-[:MEMBER_OF]->(al:Alliance) WHERE al.name = $a "
                         "RETURN DISTINCT m.uid AS uid, m.name AS name", {"a": alliance})
    rows = []
    for m in members:
        people = [{"uid": m["uid"], "member": m["name"] or "", "part": 0}] + [
            {"uid": p["uid"], "member": m["name"], "part": 1} for p in store.rows(
                "MATCH (p:Person)-[:AFFILIATED_WITH]->(m) WHERE m.uid = $m RETURN p.uid AS uid", {"m": m["uid"]})]
        for who in people:
            for r in store.rows(
                    f"MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t:{ANY_ENTITY}) WHERE sp.uid = $uid "
                    "RETURN sp.uid AS speaker_uid, sp.name AS speaker_name, sp.type AS speaker_type, t.uid AS target_uid, "
                    "t.name AS target_name, t.type AS target_type, s.date AS date, s.text AS quote, s.outlet AS outlet, "
                    "s.uid AS statement", {"uid": who["uid"]}):
                if r["target_name"] == target:
                    rows.append({**r, "member": who["member"], "part": who["part"], "member_uid": m["uid"]})
    return rows


def _page(rows: list[dict], limit: int) -> list[dict]:
    """Each part's newest `limit` rows: by date, newest first with undated first (as ORDER BY date DESC
    orders nulls on both engines), then by statement uid and member uid."""
    out = []
    for part in (0, 1):
        mine = sorted((r for r in rows if r["part"] == part), key=lambda r: (r["statement"], r["member_uid"]))
        out += sorted(mine, key=lambda r: (r["date"] is None, r["date"] or ""), reverse=True)[:limit]
    return out


def test_alliance_members_on_gives_every_member_and_affiliate_statement(sample_each, library):
    query = library["alliance_members_on"]
    checked = paged = by_uid = 0
    for alliance in ("Collective Security Treaty Organization", "Shanghai Cooperation Organisation"):
        for target in ("Taliban", "Russia", "Tajikistan", "Afghanistan"):
            expected = _alliance_members_on(sample_each, alliance, target)
            for limit in (1, 2, 100000):
                got = sample_each.rows(query.cypher, {"alliance": alliance, "target": target, "limit": limit})
                assert _canon(got) == _canon(_page(expected, limit)), (alliance, target, limit)
                fast = name_anchor.by_uid(sample_each, query, query.values(
                    {"alliance": alliance, "target": target, "limit": limit}), cap=100000)   # its uid form
                if fast is not None:
                    assert _canon(fast.rows) == _canon(got), (alliance, target, limit)
                    by_uid += 1
            checked += len(expected)
            paged += len(expected) > 2
    assert checked > 3 and paged and by_uid >= 12
