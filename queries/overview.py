"""What the store holds, for the landing overview and the sidebar caption: counts of articles, statements,
speakers and outlets, the date range (and how much is undated), the top speakers, the most-discussed
targets, and the newest articles and statements. Portable Cypher (Neo4j 5 and LadybugDB); the counts and
rankings read the rollups of graph/rollups.py."""
from __future__ import annotations

from collections import Counter

from graph.model import ANY_ENTITY, ANY_SPEAKER


def _one(store, cypher: str, params: dict | None = None) -> dict:
    rows = store.rows(cypher, params or {})
    return rows[0] if rows else {}


def _in(alias: str, collection: str, joiner: str = "WHERE") -> str:
    """The collection condition on a node (`$collection`), or nothing when no collection is chosen."""
    return f"{joiner} {alias}.collection = $collection " if collection else ""


def summary(store, collection: str = "") -> dict:
    """articles, outlets, first, last, undated_articles, statements, undated_statements, speakers (from the
    OutletMonth and EntityCount rollups, graph/rollups.py; for one collection, counted from the articles)."""
    if collection:
        p = {"collection": collection}
        a = _one(store, f"MATCH (a:Article) {_in('a', collection)}RETURN count(a) AS articles, "
                        "count(DISTINCT a.outlet) AS outlets, min(a.published) AS first, max(a.published) AS last, "
                        "sum(CASE WHEN a.published IS NULL THEN 1 ELSE 0 END) AS undated_articles", p)
        a.update(_one(store, f"MATCH (s:Statement) {_in('s', collection)}RETURN count(s) AS statements, "
                             "sum(CASE WHEN s.date IS NULL THEN 1 ELSE 0 END) AS undated_statements", p))
        sp = _one(store, f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement) {_in('s', collection)}"
                         "RETURN count(DISTINCT sp) AS speakers", p)
    else:
        a = _one(store, "MATCH (r:OutletMonth) RETURN sum(r.articles) AS articles, "
                        "count(DISTINCT r.outlet) AS outlets, min(r.first) AS first, max(r.last) AS last, "
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


def _params(limit: int, collection: str) -> dict:
    return {"limit": limit, **({"collection": collection} if collection else {})}


_PATTERNS = {"said": f"(e:{ANY_SPEAKER})-[:SAID]->(s:Statement)", "about": f"(s:Statement)-[:ABOUT]->(e:{ANY_ENTITY})"}


def top_speakers(store, limit: int = 10, collection: str = "") -> list[dict]:
    return _ranked(store, "said", limit, collection)


def top_targets(store, limit: int = 10, collection: str = "") -> list[dict]:
    return _ranked(store, "about", limit, collection)


def _ranked(store, column: str, limit: int, collection: str) -> list[dict]:
    """The whole store from the rollup; one collection counted from its statements."""
    if not collection:
        return _top(store, column, limit)
    return store.rows(f"MATCH {_PATTERNS[column]} {_in('s', collection)}"
                      "RETURN e.uid AS uid, e.name AS name, e.type AS type, count(s) AS statements "
                      "ORDER BY statements DESC, name LIMIT $limit", _params(limit, collection))


def _top(store, column: str, limit: int) -> list[dict]:
    """Entities by statements they made (`said`) or that are about them (`about`), from EntityCount."""
    return store.rows(f"MATCH (r:EntityCount) WHERE r.{column} > 0 RETURN r.entity AS uid, r.entity_name AS name, "
                      f"r.entity_type AS type, r.{column} AS statements ORDER BY statements DESC, name LIMIT $limit",
                      {"limit": limit})


def newest_statements(store, limit: int = 8, collection: str = "") -> list[dict]:
    return store.rows(f"MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement) WHERE s.date IS NOT NULL "
                      f"{_in('s', collection, 'AND')}WITH sp, s ORDER BY s.date DESC, s.uid LIMIT $limit "
                      "RETURN sp.uid AS uid, sp.name AS name, s.date AS date, s.text AS quote, "
                      "s.outlet AS outlet", _params(limit, collection))


def newest_articles(store, limit: int = 8, collection: str = "") -> list[dict]:
    """The newest dated articles, each with its most-quoted speaker (where the explorer can start)."""
    rows = store.rows("MATCH (a:Article) WHERE a.published IS NOT NULL "
                      f"{_in('a', collection, 'AND')}WITH a ORDER BY a.published DESC, a.title LIMIT $limit "
                      f"OPTIONAL MATCH (sp:{ANY_SPEAKER})-[:SAID]->(s:Statement)-[:REPORTED_IN]->(a) "
                      "RETURN a.title AS title, a.outlet AS outlet, a.published AS date, a.url AS url, "
                      "collect(sp.uid) AS speakers, collect(sp.name) AS names", _params(limit, collection))
    for r in rows:
        uids = [u for u in r.pop("speakers") if u]
        names = dict(zip(uids, [n for n in r.pop("names")]))
        r["uid"] = Counter(uids).most_common(1)[0][0] if uids else ""
        r["name"] = names.get(r["uid"], "")
    return sorted(rows, key=lambda r: (r["date"] or "", r["title"] or ""), reverse=True)
