"""Hub plans: whether a name-anchored list about frequently mentioned actors is read by walking the newest
articles (a `walk` uid form, queries/by_uid/<name>.walk.cypher) or from the actors, chosen from the mention
counts the rollups keep (EntityCount, graph/rollups.py).

`mentioned_with` wants an entity's `newest` newest articles and `how_connected` the `limit` newest articles
that mention two actors. Read from the actors, that costs every article of theirs: 94,272 for the most
mentioned entity at 100k articles, sorted by date. Neo4j can instead walk its Article(published) index
newest first and check each article's MENTIONS from the article's side (an article has a few dozen), so the
cost is the number of articles walked: about `want * articles / mentions` for one entity, and
`want * articles**2 / (mentions_x * mentions_y)` for two when their mentions are independent. One walked
article costs about WALK_COST articles read from the actor (measured at 100k: 113k database hits for the
1,132 articles the hub's walk read, against 376k for its 94k articles), so the walk is chosen when the
expected walk costs under half the read from the actors. It is given `scan` = that read's cost in walked
articles: a walk that finds fewer than it wants within `scan` articles (the mentions were not spread as
expected) reads from the actors in the same query, so a walk costs at most about twice the other plan.
"""
from __future__ import annotations

from typing import Optional

from graph.model import ANY_ENTITY

WALK_COST = 16
COUNTS = ("MATCH (a:Article) WITH count(a) AS articles UNWIND $uids AS uid "
          "OPTIONAL MATCH (c:EntityCount {uid: 'entitycount:' + uid}) RETURN articles, uid, c.mentions AS mentions")
# name_anchor's look-up of names with the counts a plan needs, in one statement (Neo4j: the count store,
# the name indexes, EntityCount's uid)
RESOLVE_COUNTED = ("MATCH (a:Article) WITH count(a) AS articles UNWIND $names AS name "
                   f"MATCH (n:{ANY_ENTITY}) WHERE n.name = name "
                   "OPTIONAL MATCH (c:EntityCount {uid: 'entitycount:' + n.uid}) "
                   "RETURN name, n.uid AS uid, articles, c.mentions AS mentions")


def mentions(store, uids: list[str]) -> tuple[int, dict[str, int]]:
    """The number of articles, and the mention count of each entity in `uids` (0 without a rollup row)."""
    return counted(store.rows(COUNTS, {"uids": list(uids)}))


def counted(rows: list[dict]) -> tuple[int, dict[str, int]]:
    """(articles, mentions by uid) from the rows of COUNTS or RESOLVE_COUNTED."""
    return (rows[0]["articles"] if rows else 0), {r["uid"]: r["mentions"] or 0 for r in rows}


def expected_walk(name: str, params: dict, articles: int, counts: dict[str, int]) -> Optional[tuple[float, int]]:
    """(articles the walk is expected to read, articles read from the actors) for built-in query `name`
    with uid `params`, or None when it has no walk."""
    if name == "mentioned_with":
        m = counts.get(params["name_uid"], 0)
        return (params["newest"] * articles / m if m else float("inf")), m
    if name == "how_connected":
        mx, my = counts.get(params["first_uid"], 0), counts.get(params["second_uid"], 0)
        return (params["limit"] * articles * articles / (mx * my) if mx and my else float("inf")), min(mx, my)
    return None


def walk_scan(store, name: str, params: dict, counts: Optional[tuple[int, dict[str, int]]] = None) -> Optional[int]:
    """The `scan` to run the walk form of `name` with, or None when reading from the actors is cheaper;
    from `counts` (articles, mentions by uid) when given, else read."""
    articles, by_uid = counts or mentions(store, [v for k, v in params.items() if k.endswith("_uid")])
    expected = expected_walk(name, params, articles, by_uid)
    if expected is None:
        return None
    walk, direct = expected
    scan = direct // WALK_COST
    return scan if 2 * walk <= scan else None
