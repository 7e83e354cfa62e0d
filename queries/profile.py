"""The entity page's data: what X said, what others said about X, whom X addressed, X's roles and
affiliations, the alliances X belongs to, and a timeline of X's statements. Same filters as the graph."""
from __future__ import annotations

from typing import Optional

from graph.model import ANY_ENTITY
from queries.explore import Filters, label_of, where

_QUOTE = ("s.date AS date, s.text AS quote, s.kind AS kind, s.outlet AS outlet, s.sentence AS sentence, "
          "a.title AS article, coalesce(a.url, '') AS url")


def page_cutoff(store, uid: str, filters: Filters, limit: int, about: bool = False) -> tuple[str, dict]:
    """A condition `s.date >= $cutoff` (undated kept) that page 1 of X's statements (or of statements about
    X) cannot reach below: the newest month at which X's monthly counts in the SpeakerMonth (PairMonth)
    rollup add up to `limit`, counting only months wholly inside the date filter. A hub's page then sorts
    a few months of statements, not all of them. ('', {}) when there is no such month or an outlet is set."""
    if filters.outlet:
        return "", {}
    rows = store.rows("MATCH (r:PairMonth) WHERE r.target = $uid AND r.speaker <> $uid AND r.month <> '' "
                      "RETURN r.month AS month, sum(r.statements) AS n ORDER BY month DESC" if about else
                      "MATCH (r:SpeakerMonth) WHERE r.speaker = $uid AND r.month <> '' "
                      "RETURN r.month AS month, r.statements AS n ORDER BY month DESC", {"uid": uid})
    lo, hi, total = filters.date_from, filters.date_to, 0
    for r in rows:
        month = r["month"]
        whole = (not lo or month > lo[:7] or lo in (month, month + "-01")) and (not hi or month < hi[:7])
        total += r["n"] if whole else 0
        if total >= limit:
            return "(s.date IS NULL OR s.date >= $cutoff)", {"cutoff": month}
    return "", {}


def said_by(store, uid: str, filters: Optional[Filters] = None, limit: int = 500) -> list[dict]:
    """X's statements with the addressee and what they were about (one row per statement). The page of
    statements is chosen first and only its rows are expanded: anchored on X, every hop stays small. Only
    the months the page can reach (`page_cutoff`) are read, through SAID's copies of the speaker and the date
    (graph/hub_index.py): on Neo4j the SAID(speaker, date) index, read newest first and only until the page
    is full (ordered by the index's own keys), so a hub's page costs what anyone's does; the embedded store
    walks X's SAID edges and compares their dates. (The addressees and
    targets are labelled: an unlabelled end made LadybugDB 0.22 take 0.2 s for a page of 500 at 100k.)"""
    filters = filters or Filters()
    cutoff = page_cutoff(store, uid, filters, limit)[1].get("cutoff", "")
    rows = store.rows(
        f"MATCH (x:{label_of(uid)} {{uid: $uid}})-[r:SAID]->(s:Statement) "
        f"{where('r.speaker = $uid AND r.date >= $cutoff', filters.condition())}"
        "WITH s, r ORDER BY r.speaker DESC, r.date DESC, s.text LIMIT $limit "        # = s.date DESC, s.text
        f"OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) OPTIONAL MATCH (s)-[:TO]->(to:{ANY_ENTITY}) "
        f"WITH s, a, collect(DISTINCT to.name) AS addressee OPTIONAL MATCH (s)-[:ABOUT]->(t:{ANY_ENTITY}) "
        f"RETURN s.uid AS uid, {_QUOTE}, addressee, collect(DISTINCT t.name) AS about "
        "ORDER BY date DESC, quote",
        {"uid": uid, "limit": limit, "cutoff": cutoff, **filters.params()})
    for r in rows:
        r["addressee"] = ", ".join(sorted(n for n in r["addressee"] if n))
        r["about"] = ", ".join(sorted(n for n in r["about"] if n))
    return rows


def said_about(store, uid: str, filters: Optional[Filters] = None, limit: int = 500) -> list[dict]:
    """What others said about X (or to X), newest first (ABOUT pages cut as in `said_by`), with the stance
    of each statement toward X."""
    rows, filters = [], filters or Filters()
    for rel, how in (("ABOUT", "about"), ("TO", "to")):
        cutoff, extra = page_cutoff(store, uid, filters, limit, about=True) if rel == "ABOUT" else ("", {})
        rows += store.rows(
            f"MATCH (sp)-[:SAID]->(s:Statement)-[r:{rel}]->(x:{label_of(uid)} {{uid: $uid}}) "
            f"{where('sp.uid <> $uid', filters.condition(), cutoff)}"
            "WITH sp, s, r.stance AS stance ORDER BY s.date DESC, s.text LIMIT $limit "
            "OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) "
            f"RETURN sp.name AS speaker, sp.type AS speaker_type, '{how}' AS relation, stance, {_QUOTE} "
            "ORDER BY date DESC, quote",
            {"uid": uid, "limit": limit, **filters.params(), **extra})
    rows.sort(key=lambda r: r["quote"] or "")                     # newest first, then quote A-Z, as said_by
    rows.sort(key=lambda r: r["date"] or "", reverse=True)
    return rows[:limit]


def addressed(store, uid: str, filters: Optional[Filters] = None) -> list[dict]:
    """Whom X addressed, and how often."""
    return store.rows(
        f"MATCH (x:{label_of(uid)} {{uid: $uid}})-[:SAID]->(s:Statement)-[:TO]->(t) "
        f"{where((filters or Filters()).condition())}"
        "RETURN t.name AS addressee, t.type AS type, count(s) AS statements, max(s.date) AS last "
        "ORDER BY statements DESC, addressee", {"uid": uid, **(filters or Filters()).params()})


def affiliations(store, uid: str) -> list[dict]:
    """X's affiliations and leadership (outgoing) and the people affiliated with X (incoming)."""
    label = label_of(uid)
    rows = store.rows(f"MATCH (x:{label} {{uid: $uid}})-[r:AFFILIATED_WITH]->(g) "
                      "RETURN 'affiliated with' AS relation, g.name AS name, g.type AS type, r.role AS role "
                      "ORDER BY name", {"uid": uid})
    rows += store.rows(f"MATCH (x:{label} {{uid: $uid}})-[:LEADS]->(g) "
                       "RETURN 'leads' AS relation, g.name AS name, g.type AS type, '' AS role "
                       "ORDER BY name", {"uid": uid})
    rows += store.rows(f"MATCH (p)-[r:AFFILIATED_WITH]->(x:{label} {{uid: $uid}}) "
                       "RETURN 'has affiliate' AS relation, p.name AS name, p.type AS type, r.role AS role "
                       "ORDER BY name", {"uid": uid})
    return rows


def alliances(store, uid: str) -> list[dict]:
    """Alliances and organisations X is a member of, and X's own members."""
    label = label_of(uid)
    rows = store.rows(f"MATCH (x:{label} {{uid: $uid}})-[:MEMBER_OF]->(g) "
                      "RETURN 'member of' AS relation, g.name AS name, g.type AS type ORDER BY name",
                      {"uid": uid})
    rows += store.rows(f"MATCH (m)-[:MEMBER_OF]->(x:{label} {{uid: $uid}}) "
                       "RETURN 'has member' AS relation, m.name AS name, m.type AS type ORDER BY name",
                       {"uid": uid})
    return rows


def undated(store, uid: str) -> int:
    """Statements by or about X that have no date (the timeline cannot place them)."""
    label = label_of(uid)
    return sum(store.rows(f"MATCH {pattern} WHERE s.date IS NULL RETURN count(s) AS n", {"uid": uid})[0]["n"]
               for pattern in (f"(x:{label} {{uid: $uid}})-[:SAID]->(s:Statement)",
                               f"(s:Statement)-[:ABOUT]->(x:{label} {{uid: $uid}})"))


def timeline(store, uid: str, filters: Optional[Filters] = None) -> list[dict]:
    """Statements by X and about X per month. Without filters, X's own come from the SpeakerMonth rollup
    (a hub's are not counted again on every visit)."""
    filters = filters or Filters()
    label, params = label_of(uid), {"uid": uid, **filters.params()}
    patterns = {"by": f"(x:{label} {{uid: $uid}})-[:SAID]->(s:Statement)",
                "about": f"(s:Statement)-[:ABOUT]->(x:{label} {{uid: $uid}})"}
    counts: dict[str, dict] = {}
    for column, pattern in patterns.items():
        if column == "by" and not filters.condition():
            cypher = ("MATCH (r:SpeakerMonth) WHERE r.speaker = $uid AND r.month <> '' "
                      "RETURN r.month AS month, r.statements AS n")
        else:
            cypher = (f"MATCH {pattern} {where('s.date IS NOT NULL', filters.condition())}"
                      "RETURN left(s.date, 7) AS month, count(s) AS n")
        for r in store.rows(cypher, params):
            counts.setdefault(r["month"], {"month": r["month"], "by": 0, "about": 0})[column] = r["n"]
    return [counts[m] for m in sorted(counts)]
