"""What the store holds, for the landing overview and the sidebar caption: counts of articles, statements,
speakers and outlets, the date range (and how much is undated), the top speakers, the most-discussed
targets, and the newest articles and statements. Portable Cypher (Neo4j 5 and LadybugDB); the counts and
rankings read the rollups of graph/rollups.py."""
from __future__ import annotations

from collections import Counter

from graph.model import ANY_SPEAKER


def _one(store, cypher: str, params: dict | None = None) -> dict:
    rows = store.rows(cypher, params or {})
    return rows[0] if rows else {}


def summary(store) -> dict:
    """articles, outlets, first, last, undated_articles, statements, undated_statements, speakers (from the
    OutletMonth and EntityCount rollups, graph/rollups.py)."""
    a = _one(store, "MATCH (r:OutletMonth) RETURN sum(r.articles) AS articles, count(DISTINCT r.outlet) AS outlets, "
                    "min(r.first) AS first, max(r.last) AS last, "
                    "sum(CASE WHEN r.month = '' THEN r.articles ELSE 0 END) AS undated_articles, "
                    "sum(r.statements) AS statements, sum(r.undated_statements) AS undated_statements")
    sp = _one(store, "MATCH (r:EntityCount) WHERE r.said > 0 RETURN count(r) AS speakers")
    out = {"articles": 0, "outlets": 0, "first": None, "last": None, "undated_articles": 0,
           "statements": 0, "undated_statements": 0, "speakers": 0}
    for key, value in {**a, **sp}.items():
        if value is not None:
            out[key] = value if key in ("first", "last") else int(value)
    return out


def caption(facts: dict) -> str:
    """'20 articles from 4 outlets, dated 2025-02-10 to 2025-06-24 (2 undated)'."""
    n, m = facts.get("articles", 0), facts.get("outlets", 0)
    text = f"{n:,} article{'s' if n != 1 else ''} from {m:,} outlet{'s' if m != 1 else ''}"
    if facts.get("first"):
        first, last = (str(facts[k]).replace("-", "\u2011") for k in ("first", "last"))   # no break in a date
        text += f", dated {first}" if first == last else f", dated {first} to {last}"
    if facts.get("undated_articles"):
        text += f" ({facts['undated_articles']:,} undated)"
    return text


def top_speakers(store, limit: int = 10) -> list[dict]:
    return _top(store, "said", limit)


def top_targets(store, limit: int = 10) -> list[dict]:
    return _top(store, "about", limit)


def _top(store, column: str, limit: int) -> list[dict]:
    """Entities by statements they made (`said`) or that are about them (`about`), from EntityCount."""
    return store.rows(f"MATCH (r:EntityCount) WHERE r.{column} > 0 RETURN r.entity AS uid, r.entity_name AS name, "
                      f"r.entity_type AS type, r.{column} AS statements ORDER BY statements DESC, name LIMIT $limit",
                      {"limit": limit})


def newest_statements(store, limit: int = 8) -> list[dict]:
    return store.rows(f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement) WHERE s.date IS NOT NULL "
                      "WITH sp, s ORDER BY s.date DESC, s.uid LIMIT $limit "
                      "RETURN sp.uid AS uid, sp.name AS name, s.date AS date, s.text AS quote, "
                      "s.outlet AS outlet", {"limit": limit})


def newest_articles(store, limit: int = 8) -> list[dict]:
    """The newest dated articles, each with its most-quoted speaker (where the explorer can start)."""
    rows = store.rows("MATCH (a:Article) WHERE a.published IS NOT NULL "
                      "WITH a ORDER BY a.published DESC, a.title LIMIT $limit "
                      f"OPTIONAL MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[:REPORTED_IN]->(a) "
                      "RETURN a.title AS title, a.outlet AS outlet, a.published AS date, a.url AS url, "
                      "collect(sp.uid) AS speakers, collect(sp.name) AS names", {"limit": limit})
    for r in rows:
        uids = [u for u in r.pop("speakers") if u]
        names = dict(zip(uids, [n for n in r.pop("names")]))
        r["uid"] = Counter(uids).most_common(1)[0][0] if uids else ""
        r["name"] = names.get(r["uid"], "")
    return sorted(rows, key=lambda r: (r["date"] or "", r["title"] or ""), reverse=True)
